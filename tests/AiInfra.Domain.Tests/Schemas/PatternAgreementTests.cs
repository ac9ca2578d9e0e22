using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Schemas;

/// <summary>
/// The patterns of the generated schemas (money, reporting periods, quantity units) judged by ajv against the .NET
/// readers on large tables of accepted and rejected texts, both ways: ajv must accept exactly what .NET accepts, except
/// money amounts a decimal cannot hold, which no pattern can tell (MoneyPattern's remarks).
/// </summary>
public class PatternAgreementTests
{
    [RequiresNodeFact]
    public void The_money_pattern_accepts_exactly_what_the_money_reader_accepts()
    {
        var texts = MoneyTexts().Distinct(StringComparer.Ordinal).ToList();
        var ajv = Judge(PatternOf("money"), texts);

        var disagreements = new List<string>();
        var accepted = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var dotnet = MoneyParser.TryParse(texts[i], CultureInfo.InvariantCulture, out _, out var failure);
            accepted += dotnet ? 1 : 0;
            var beyondDecimal = failure.Error is MoneyParseError.Overflow or MoneyParseError.TooManyDigits;
            if (dotnet != ajv[i] && !(beyondDecimal && ajv[i]))
            {
                disagreements.Add($"\"{JsonEncodedText.Encode(texts[i])}\": .NET {dotnet} ({failure.Error}), ajv {ajv[i]}");
            }
        }

        var beyond = texts.Count(t => !MoneyParser.TryParse(t, CultureInfo.InvariantCulture, out _, out var f) && f.Error is MoneyParseError.Overflow or MoneyParseError.TooManyDigits);
        Reliability.ReliabilityFigures.Write("money-pattern.txt", $"{texts.Count} texts, {accepted} accepted by both, {beyond} beyond a decimal (ajv accepts by design), {disagreements.Count} disagreements.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {texts.Count}:\n{string.Join("\n", disagreements.Take(40))}");
        Assert.InRange(accepted, 200, texts.Count - 1000);
    }

    [RequiresNodeFact]
    public void The_reporting_period_pattern_accepts_exactly_what_the_period_reader_accepts()
    {
        var texts = PeriodTexts().Distinct(StringComparer.Ordinal).ToList();
        var ajv = Judge(PatternOf("reportingPeriod"), texts);

        var disagreements = new List<string>();
        var accepted = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var dotnet = ReportingPeriodParser.TryParse(texts[i], null, out _, out var failure);
            accepted += dotnet ? 1 : 0;
            if (dotnet != ajv[i])
            {
                disagreements.Add($"\"{JsonEncodedText.Encode(texts[i])}\": .NET {dotnet} ({failure.Error}), ajv {ajv[i]}");
            }
        }

        Reliability.ReliabilityFigures.Write("period-pattern.txt", $"{texts.Count} texts, {accepted} accepted by both, {disagreements.Count} disagreements.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {texts.Count}:\n{string.Join("\n", disagreements.Take(40))}");
        Assert.InRange(accepted, 300, texts.Count - 1000);
    }

    /// <summary>
    /// The price pattern of the test Chip's hourPrice (per Duration) against the price reader: money texts (every
    /// tenth of the money table, so both valid and invalid money), then '/' with white space around it or not, then a
    /// unit of Duration in any letter case, a unit of another quantity, a unit with a slash, or nothing.
    /// </summary>
    [RequiresNodeFact]
    public void The_price_pattern_accepts_exactly_what_the_price_reader_accepts()
    {
        var duration = Quantity.Infos.Single(i => i.Name == "Duration");
        var units = duration.UnitInfos.SelectMany(u => u.Abbreviations).Where(a => a.Length > 0)
            .SelectMany(a => new[] { a, a.ToUpperInvariant(), a.ToLowerInvariant() })
            .Concat(["", "kWh", "W", "h/h", "hh", "ſ", "\u212Ah", "/h"]).Distinct(StringComparer.Ordinal).ToArray();
        string[] slashes = ["/", " / ", "\u00A0/", "/\t", "//", " "];
        var random = new Random(1207);
        var texts = MoneyTexts().Where((_, i) => i % 10 == 0)
            .Select(money => money + slashes[random.Next(slashes.Length)] + units[random.Next(units.Length)])
            .Concat(["0.12 USD/h", "USD 1/h", "1 USD/h/", "/h", "", "1 USD/", "1 USD/ h ", " 1 USD /h"])
            .Distinct(StringComparer.Ordinal).ToList();
        var ajv = Judge(PatternOf("price", quantity: "Duration"), texts);

        var disagreements = new List<string>();
        var accepted = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var dotnet = UnitPrice<Duration, AiInfra.Domain.Quantities.Units.DurationUnit>.TryParse(texts[i], CultureInfo.InvariantCulture, out _, out var reason);
            accepted += dotnet ? 1 : 0;
            var slash = texts[i].IndexOf('/', StringComparison.Ordinal);
            var beyondDecimal = slash > 0 && !MoneyParser.TryParse(texts[i].AsSpan(0, slash), CultureInfo.InvariantCulture, out _, out var moneyFailure)
                && moneyFailure.Error is MoneyParseError.Overflow or MoneyParseError.TooManyDigits;
            if (dotnet != ajv[i] && !(beyondDecimal && ajv[i]))
            {
                disagreements.Add($"\"{JsonEncodedText.Encode(texts[i])}\": .NET {dotnet} ({reason}), ajv {ajv[i]}");
            }
        }

        Reliability.ReliabilityFigures.Write("price-pattern.txt", $"{texts.Count} texts, {accepted} accepted by both, {disagreements.Count} disagreements.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {texts.Count}:\n{string.Join("\n", disagreements.Take(40))}");
        Assert.InRange(accepted, 50, texts.Count - 200);
    }

    [RequiresNodeFact]
    public void The_period_pattern_accepts_exactly_what_the_period_reader_accepts()
    {
        var texts = IsoPeriodTexts().Distinct(StringComparer.Ordinal).ToList();
        var ajv = Judge(PatternOf("period"), texts);

        var disagreements = new List<string>();
        var accepted = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var dotnet = AiInfra.Domain.Parsing.IsoPeriodText.TryParse(texts[i], out _, out var reason);
            accepted += dotnet ? 1 : 0;
            if (dotnet != ajv[i])
            {
                disagreements.Add($"\"{JsonEncodedText.Encode(texts[i])}\": .NET {dotnet} ({reason}), ajv {ajv[i]}");
            }
        }

        Reliability.ReliabilityFigures.Write("iso-period-pattern.txt", $"{texts.Count} texts, {accepted} accepted by both, {disagreements.Count} disagreements.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {texts.Count}:\n{string.Join("\n", disagreements.Take(40))}");
        Assert.InRange(accepted, 150, texts.Count - 1000);
    }

    /// <summary>
    /// Period texts: every choice of designators in every order (each absent, once or twice) with 0 to 8 digits, the
    /// limits, and random strings over the characters a period is made of and the ones it is mistaken for.
    /// </summary>
    private static IEnumerable<string> IsoPeriodTexts()
    {
        string[] numbers = ["", "0", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "9999", "10000", "0009"];
        var random = new Random(1206);
        foreach (var designators in new[] { "Y", "M", "W", "D", "YM", "YW", "YD", "MW", "MD", "WD", "YMW", "YMD", "YWD", "MWD", "YMWD", "MY", "DY", "WM", "YY", "DW", "YMWDY", "T", "H", "S", "YT", "DTH" })
        {
            for (var i = 0; i < 40; i++)
            {
                var text = new StringBuilder("P");
                foreach (var designator in designators)
                {
                    text.Append(numbers[random.Next(numbers.Length)]).Append(designator);
                }

                yield return text.ToString();
                yield return text.ToString().ToLowerInvariant();
            }
        }

        foreach (var text in new[] { "", "P", "P0D", "P9999Y99999M999999W9999999D", "P1.5Y", "P1,5Y", "PT1H", "P-1Y", "P+1Y", " P4Y", "P4Y ", "P4Y\n", "P\uff14Y", "P\u0664Y", "\u0420P4Y", "P4", "4Y" })
        {
            yield return text;
        }

        const string alphabet = "PYMWDTHS0123456789.,-+ p";
        for (var i = 0; i < 3000; i++)
        {
            var text = new StringBuilder(random.Next(3) == 0 ? string.Empty : "P");
            for (var length = random.Next(1, 10); length > 0; length--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            yield return text.ToString();
        }
    }

    /// <summary>
    /// Every unit of every quantity a schema uses, with each letter replaced by every character the reader's
    /// case-insensitive fallback (ordinal ignore-case) takes for it, and by the Unicode case-folding traps (long s, Kelvin
    /// and ohm signs, dotless i, micro and Greek mu, sharp s, the Angstrom sign) that it does not.
    /// </summary>
    [RequiresNodeFact]
    public void Every_unit_pattern_admits_exactly_the_units_the_reader_reads()
    {
        var patterns = QuantityPatterns();
        Assert.True(patterns.Count >= 15, $"only {patterns.Count} quantities have a pattern");
        var traps = "ſKΩıİµμΜßẞÅåkKsSiIoOmMwWℓ";
        var cases = new List<(QuantityInfo Quantity, string Text)>();
        foreach (var (name, _) in patterns)
        {
            var info = Quantity.Infos.Single(i => i.Name == name);
            foreach (var abbreviation in info.UnitInfos.SelectMany(u => u.Abbreviations).Where(a => a.Length > 0))
            {
                cases.Add((info, "1 " + abbreviation));
                cases.Add((info, "1 " + abbreviation.ToUpperInvariant()));
                cases.Add((info, "1 " + abbreviation.ToLowerInvariant()));
                for (var at = 0; at < abbreviation.Length; at++)
                {
                    var variants = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
                        .Where(c => !char.IsSurrogate(c) && string.Equals(c.ToString(), abbreviation[at].ToString(), StringComparison.OrdinalIgnoreCase))
                        .Concat(traps);
                    foreach (var variant in variants.Distinct())
                    {
                        cases.Add((info, "1 " + abbreviation[..at] + variant + abbreviation[(at + 1)..]));
                    }
                }
            }
        }

        var schemas = patterns.ToDictionary(p => p.Key, p => StringSchema(p.Key, p.Value));
        var (results, documents) = Ajv.Check(schemas, cases.Select(c => (c.Quantity.Name, JsonSerializer.Serialize(c.Text))).ToList());
        Assert.All(results, r => Assert.True(r.Value.Valid, string.Join("; ", r.Value.Errors)));

        var disagreements = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var dotnet = cases[i].Quantity.TryParseUntyped(cases[i].Text, CultureInfo.InvariantCulture, out _);
            if (dotnet != documents[i].Valid)
            {
                disagreements.Add($"{cases[i].Quantity.Name} \"{JsonEncodedText.Encode(cases[i].Text)}\": .NET {dotnet}, ajv {documents[i].Valid}");
            }
        }

        var accepted = documents.Count(d => d.Valid);
        Reliability.ReliabilityFigures.Write("unit-pattern.txt", $"{patterns.Count} quantities, {cases.Count} texts, {accepted} accepted by both, {disagreements.Count} disagreements.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {cases.Count}:\n{string.Join("\n", disagreements.Take(40))}");
    }

    [Fact]
    public void Every_generated_schema_names_the_librarys_meta_schema_which_declares_every_keyword_it_uses()
    {
        _ = typeof(Chip);
        var meta = JsonNode.Parse(AiInfraSchemas.MetaSchema)!.AsObject();
        Assert.Equal(AiInfraSchemas.MetaSchemaId, meta["$id"]!.GetValue<string>());
        Assert.False(meta["$vocabulary"]!["urn:aiinfra:vocab:annotations:2020-12"]!.GetValue<bool>());
        var declared = meta["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var file = File.ReadAllText(Path.Combine(Paths.RepositoryRoot(), "generators", "AiInfra.Domain.Generators", "Schemas", "aiinfra.meta.schema.json"));
        Assert.Equal(file, AiInfraSchemas.MetaSchema);

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, _, text) in AiInfraSchemas.All)
        {
            var schema = JsonNode.Parse(text)!.AsObject();
            Assert.Equal(AiInfraSchemas.MetaSchemaId, schema["$schema"]!.GetValue<string>());
            CollectKeywords(schema, used);
        }

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(declared));
    }

    private static void CollectKeywords(JsonNode? node, HashSet<string> keywords)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        keywords.Add(key);
                    }

                    CollectKeywords(value, keywords);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectKeywords(item, keywords);
                }

                break;
        }
    }

    private static IEnumerable<string> MoneyTexts()
    {
        string[] numbers = ["80", "0", "-5", "+5", "\u22125", "1.5", "1.", ".5", "1e3", "1E-3", "2.5e+2", "1e\u22122", "007", "1,000", "1'000", "1.2.3", "e5", ".", "-", "1e", "1e+", "١٢", "１２", "5-", "0e999999", "79228162514264337593543950335", "79228162514264337593543950336", "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1.0000000000000000000000000000000", "1e28", "1e29", "1e-28", "1e-29"];
        string[] scales = ["", "k", "M", "bn", "tn", "K", "m", "BN", "Bn", "thousand", "MILLION", "Billion", "trillion", "万", "萬", "亿", "億", "万亿", "萬億", "兆", "千", "bnk"];
        string[] currencies = ["USD", "EUR", "usd", "Usd", "XXX", "ANG", "ABC", "US", "USDX", "美元", "元", "人民币", "人民幣", "日元", "円", "港币", "新臺幣", "韓元", "$", "¥"];
        string[] spaces = ["", " ", "\u00A0", "\u3000", "\t", "\n"];
        var random = new Random(20261204);
        foreach (var number in numbers)
        {
            foreach (var scale in scales)
            {
                foreach (var currency in currencies)
                {
                    string Space() => spaces[random.Next(spaces.Length)];
                    yield return number + Space() + scale + Space() + currency;
                    yield return currency + Space() + number + Space() + scale;
                    yield return Space() + number + scale + currency + Space();
                }
            }
        }

        string[] extra = ["", " ", "USD", "80", "USD 80 EUR", "80 USD USD", "80 bn bn USD", "80 USD bn", "bn 80 USD", "1000亿美元", "3.5万亿元", "1000 亿 美元", "美元1000亿", "1000亿元人民币", "80 bnUSD", "80bn USD", "80 bn\u00A0USD", "USD80bn", "USD 80 bn EUR", "80\u0000 USD", "80 USD\u0000", "\uFEFF80 USD", "80 USD\u0085", "80 USD\u2028", "8 0 USD", "80 E", "80EUR", "80e3EUR", "80ex USD", "80 e USD", "80 万美元 USD", "80万 美元", "80 thousandUSD", "80 k美元", "80美元k", "千美元", "80 千美元"];
        foreach (var text in extra)
        {
            yield return text;
        }
    }

    private static IEnumerable<string> PeriodTexts()
    {
        string[] valid =
        [
            "3Q25", "25Q3", "2025Q3", "Q3 2025", "2025-Q3", "2025 年 Q3", "2025年第三季度", "2H26", "1H2026", "2026 H2", "2026-H2",
            "2026年下半年", "2025", "2025年", "25 年", "1Q-3Q25", "Q1-Q3 2025", "2025 年 Q1-Q3", "2025年前三季度", "9M25", "2025-YTD-Q3",
            "FY2Q25@Feb", "FY2026 Q4@Feb", "Q4 FY26@Jul", "FY2025@Apr", "FY2026-Q4@Feb", "FY2025@Apr/start-year", "FY2025@April/end-year",
            "Q3'25", "Q3’25", "３Ｑ２５", "ｑ３ ２０２５", "2025—Q3", "1Q~3Q25", "1-3Q25", "1-3季度 2025", "Q1 - Q3 2025 YTD", "3Q25 ytd",
            "2025 YTD Q3", "YTD Q3 2025", "2025年度", "2025全年", "全年 2025", "上半年 2025", "2025 第Q3", "2025 3季", "12M25", "03M25",
            "2025 9M", "2026财年第四季度@Jul", "2026財年Q4@Sept", "FY2026财年 Q4@jul", "2025 Q FY3@Feb", "全年 FY2025@Mar", "FYQ4 2026@Feb",
            "\u3000 3Q25 \u0085", "9998-Q4", "1000", "2025 3Q", "2025 1-3Q", "2025 第一季度-第三季度", "Q3 2025@Feb",
        ];
        string[] tokens =
        [
            "2025", "25", "1999", "9998", "9999", "0999", "3", "1", "2", "4", "5", "12", "9", "03", "６", "Q", "q", "Ｑ", "H", "h", "M", "m",
            "FY", "fy", "YTD", "ytd", "-", "–", "~", "@", "Feb", "Apr", "Sept", "september", "/", "start", "end", "year", "'", "’", "年",
            "年度", "全年", "财年", "財年", "第", "前", "季度", "季", "上半年", "下半年", "一", "三", "四", "五", "零", "两", "x", "Jan",
        ];
        string[] separators = ["", "", " ", "\u3000", "\t"];
        var random = new Random(20261205);
        foreach (var text in valid)
        {
            yield return text;
            yield return text.ToLowerInvariant();
            yield return " " + text + " ";
            yield return text.Replace(" ", "", StringComparison.Ordinal);
            yield return text.Replace("-", " - ", StringComparison.Ordinal);
            for (var i = 0; i < 40; i++)
            {
                yield return Mutate(text, random, tokens);
            }
        }

        for (var i = 0; i < 12000; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 8);
            for (var t = 0; t < count; t++)
            {
                builder.Append(tokens[random.Next(tokens.Length)]).Append(separators[random.Next(separators.Length)]);
            }

            yield return builder.ToString();
        }

        yield return "2025" + new string(' ', 58) + "Q3";
        yield return "2025" + new string(' ', 59) + "Q3";
        yield return new string(' ', 100) + "2025-Q3" + new string(' ', 100);
    }

    /// <summary>A near miss of a valid text: a character deleted, doubled or swapped, a token inserted, white space added or removed.</summary>
    private static string Mutate(string text, Random random, string[] tokens)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var at = random.Next(text.Length);
        return random.Next(6) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, text[at].ToString()),
            2 when at + 1 < text.Length => text[..at] + text[at + 1] + text[at] + text[(at + 2)..],
            3 => text.Insert(at, tokens[random.Next(tokens.Length)]),
            4 => text.Insert(at, " "),
            _ => text.Replace(" ", "", StringComparison.Ordinal),
        };
    }

    /// <summary>The pattern of the first property of a generated schema with this x-aiinfra-type.</summary>
    private static string PatternOf(string type, string? quantity = null)
    {
        _ = typeof(Chip);
        foreach (var (_, _, text) in AiInfraSchemas.All)
        {
            if (Find(JsonNode.Parse(text), node => node["x-aiinfra-type"]?.GetValue<string>() == type && node["pattern"] is not null
                && (quantity is null || node["x-aiinfra-quantity"]?.GetValue<string>() == quantity)) is { } found)
            {
                return found["pattern"]!.GetValue<string>();
            }
        }

        throw new InvalidOperationException($"No schema has a {type} property.");
    }

    /// <summary>Every quantity's unit pattern, by quantity name, from the generated schemas.</summary>
    private static Dictionary<string, string> QuantityPatterns()
    {
        _ = typeof(Chip);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, _, text) in AiInfraSchemas.All)
        {
            Collect(JsonNode.Parse(text));
        }

        return result;

        void Collect(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                if (obj["x-aiinfra-quantity"] is JsonValue name && obj["oneOf"] is JsonArray branches)
                {
                    result[name.GetValue<string>()] = branches[1]!["pattern"]!.GetValue<string>();
                }

                foreach (var (_, value) in obj)
                {
                    Collect(value);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var item in array)
                {
                    Collect(item);
                }
            }
        }
    }

    private static JsonObject? Find(JsonNode? node, Func<JsonObject, bool> predicate)
    {
        switch (node)
        {
            case JsonObject obj when predicate(obj):
                return obj;
            case JsonObject obj:
                return obj.Select(p => Find(p.Value, predicate)).FirstOrDefault(f => f is not null);
            case JsonArray array:
                return array.Select(item => Find(item, predicate)).FirstOrDefault(f => f is not null);
            default:
                return null;
        }
    }

    private static string StringSchema(string name, string pattern) => new JsonObject
    {
        ["$schema"] = AiInfraSchemas.MetaSchemaId,
        ["$id"] = "urn:aiinfra:test:" + name,
        ["type"] = "string",
        ["pattern"] = pattern,
    }.ToJsonString();

    private static bool[] Judge(string pattern, IReadOnlyList<string> texts)
    {
        var (schemas, documents) = Ajv.Check(
            new Dictionary<string, string> { ["pattern"] = StringSchema("pattern", pattern) },
            texts.Select(t => ("pattern", JsonSerializer.Serialize(t))).ToList());
        Assert.True(schemas["pattern"].Valid, string.Join("; ", schemas["pattern"].Errors));
        return documents.Select(d => d.Valid).ToArray();
    }
}
