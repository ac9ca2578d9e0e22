using System.CommandLine;
using System.Reflection;
using AiInfra.Domain.Audit;
using AiInfra.Domain.Rules;

namespace AiInfra.Domain.Cli.Commands;

/// <summary>The --format option of 'validate' and 'audit': today's text lines, or a SARIF 2.1.0 log.</summary>
internal static class OutputFormat
{
    /// <summary>One line per error or finding, then a summary (the default).</summary>
    public const string Text = "text";

    /// <summary>One SARIF 2.1.0 log on standard output, for code scanning and CI dashboards.</summary>
    public const string Sarif = "sarif";

    public static Option<string> Create()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "text (the default): one line per error, 'file(line,column): error <code>: ...', then a summary; sarif: one "
                + "SARIF 2.1.0 log on standard output (ruleId = the error code, columns in UTF-16 code units), for GitHub code "
                + "scanning and other CI dashboards. Problems running the command still go to standard error.",
            HelpName = "format",
            DefaultValueFactory = _ => Text,
        };
        option.AcceptOnlyFromAmong(Text, Sarif);
        return option;
    }

    /// <summary>
    /// The rules 'validate' reports under, each of level error: the library's <see cref="ErrorCodes"/> and the codes of
    /// the catalogue-file rules (<see cref="CatalogRules"/>), in ordinal order, each once.
    /// </summary>
    public static IEnumerable<(string Id, string? Level)> ValidateRules() =>
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(typeof(CatalogRules).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(CatalogRule))
                .Select(f => ((CatalogRule)f.GetValue(null)!).Code))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(code => (code, (string?)"error"));

    /// <summary>
    /// The rules 'audit' reports under: the audit's rules (<see cref="AuditRules.All"/>, in their order; a finding's
    /// level is its own), then those of <see cref="ValidateRules"/>, for the errors in the files audited.
    /// </summary>
    public static IEnumerable<(string Id, string? Level)> AuditRuleList() =>
        AuditRules.All.Select(rule => (rule, (string?)null)).Concat(ValidateRules());

    /// <summary>The SARIF level of an audit finding's severity: error, warning, or note (info and doubt).</summary>
    public static string Level(AuditSeverity severity) => severity switch
    {
        AuditSeverity.Error => "error",
        AuditSeverity.Warning => "warning",
        _ => "note",
    };
}
