#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Which figures in the reference catalogue contradict each other, physics or another source?
// Runs CatalogAudit over the whole catalogue and prints its findings as a table, grouped by rule.
// Run: dotnet run samples/audit.cs
using System.Globalization;
using AiInfra.Domain.Audit;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var findings = CatalogAudit.Run();
var order = AuditRules.All.Select((rule, index) => (rule, index)).ToDictionary(x => x.rule, x => x.index);

var bySeverity = string.Join(", ", Enum.GetValues<AuditSeverity>()
    .Select(s => $"{findings.Count(f => f.Severity == s)} {s.ToString().ToLowerInvariant()}"));
Console.WriteLine($"Reference catalogue audit: {findings.Count} findings ({bySeverity}) under {findings.Select(f => f.Rule).Distinct().Count()} of {AuditRules.All.Count} rules.");

foreach (var group in findings.GroupBy(f => f.Rule).OrderBy(g => order[g.Key]))
{
    var rows = group.Select(f => (Severity: f.Severity.ToString(), Entry: $"{f.Kind} {f.EntryId}", f.Message)).ToList();
    var severityWidth = Math.Max("severity".Length, rows.Max(r => r.Severity.Length));
    var entryWidth = Math.Max("entry".Length, rows.Max(r => r.Entry.Length));

    Console.WriteLine();
    Console.WriteLine($"{group.Key} ({rows.Count})");
    Console.WriteLine($"  {"severity".PadRight(severityWidth)} | {"entry".PadRight(entryWidth)} | finding");
    Console.WriteLine($"  {new string('-', severityWidth)}-+-{new string('-', entryWidth)}-+-{new string('-', 7)}");
    foreach (var (severity, entry, message) in rows)
    {
        var lines = Wrap(message, 100);
        Console.WriteLine($"  {severity.PadRight(severityWidth)} | {entry.PadRight(entryWidth)} | {lines[0]}");
        foreach (var more in lines.Skip(1))
        {
            Console.WriteLine($"  {new string(' ', severityWidth)} | {new string(' ', entryWidth)} | {more}");
        }
    }
}

// Breaks a message into lines of at most `width` characters, at spaces.
static List<string> Wrap(string text, int width)
{
    var lines = new List<string>();
    var line = "";
    foreach (var word in text.Split(' '))
    {
        if (line.Length > 0 && line.Length + 1 + word.Length > width)
        {
            lines.Add(line);
            line = word;
        }
        else
        {
            line = line.Length == 0 ? word : line + " " + word;
        }
    }

    lines.Add(line);
    return lines;
}
