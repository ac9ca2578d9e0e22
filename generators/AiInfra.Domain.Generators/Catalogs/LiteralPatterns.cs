using System;
using System.Collections.Concurrent;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Validation.JsonSchemaStrings;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// Checks catalogue values of money, reporting periods and prices at build time with the patterns the generated schemas
/// publish, so that a malformed literal is an error at its line instead of a TypeInitializationException when the
/// catalogue is first used. <c>PatternAgreementTests</c> holds each pattern to the runtime reader that builds the value;
/// the one thing left to run time is an amount of money a <see cref="decimal"/> cannot hold (see <see cref="MoneyPattern"/>).
/// </summary>
internal static class LiteralPatterns
{
    private static readonly Lazy<EcmaRegex?> s_money = new(() => EcmaRegex.TryCreate(MoneyPattern.Pattern, out _));

    private static readonly Lazy<EcmaRegex?> s_reportingPeriod = new(() => EcmaRegex.TryCreate(ReportingPeriodPattern.Pattern, out _));

    private static readonly ConcurrentDictionary<string, EcmaRegex?> s_prices = new(StringComparer.Ordinal);

    /// <summary>False only when the money pattern rejects <paramref name="text"/>.</summary>
    public static bool IsMoney(string text) => Admits(s_money.Value, text);

    /// <summary>False only when the reporting-period pattern (no fiscal calendar given) rejects <paramref name="text"/>.</summary>
    public static bool IsReportingPeriod(string text) => Admits(s_reportingPeriod.Value, text);

    /// <summary>False only when the price pattern of <paramref name="quantity"/> rejects <paramref name="text"/>.</summary>
    public static bool IsPrice(QuantityModel quantity, string text)
    {
        if (s_prices.Count > 256)
        {
            s_prices.Clear();
        }

        return Admits(s_prices.GetOrAdd(quantity.FullName, key => EcmaRegex.TryCreate(PricePattern.For(quantity), out _)), text);
    }

    // A pattern that cannot be built or a match that times out decides nothing: the runtime reader still checks the value.
    private static bool Admits(EcmaRegex? pattern, string text) => pattern is null || pattern.Match(text) != EcmaMatch.NoMatch;
}
