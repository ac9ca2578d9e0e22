using AiInfra.Domain;
using AiInfra.Domain.Audit;

// Written as a user's project would be: its own namespace, and only the two using directives the README shows.
namespace AuditConsumer;

public class TwoLinesOfCodeTests
{
    [Fact]
    public void The_catalogue_and_the_audit_are_two_lines_away()
    {
        var h100 = Catalog.Accelerators.Get("nvidia-h100-sxm");
        var findings = CatalogAudit.Run();

        Assert.Equal("H100", h100.Name);
        Assert.Contains(findings, f => f.EntryId == h100.Id && f.Rule == AuditRules.UnsupportedPrecision && f.Severity == AuditSeverity.Error);
    }
}
