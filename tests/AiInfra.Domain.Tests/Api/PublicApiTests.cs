namespace AiInfra.Domain.Tests.Api;

/// <summary>
/// src/AiInfra.Domain/PublicAPI.txt lists the library's public surface, generated types included, for both target
/// frameworks. A change to the API without a change to that file fails here, so every change of the public API is
/// deliberate and shows in review. Set AIINFRA_UPDATE_API=1 to rewrite the file after a deliberate change.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("net10.0")]
    [InlineData("net8.0")]
    public void The_public_api_is_the_declared_one(string framework)
    {
        var declaredPath = Path.Combine(Paths.RepositoryRoot(), "src", "AiInfra.Domain", "PublicAPI.txt");
        var actual = PublicApiListing.Describe(LibraryPath(framework));
        if (Environment.GetEnvironmentVariable("AIINFRA_UPDATE_API") == "1" && framework == "net10.0")
        {
            File.WriteAllText(declaredPath, actual);
        }

        Assert.True(File.Exists(declaredPath), "src/AiInfra.Domain/PublicAPI.txt is missing; run the tests with AIINFRA_UPDATE_API=1 to write it.");
        var declared = File.ReadAllText(declaredPath).ReplaceLineEndings("\n");
        if (declared == actual)
        {
            return;
        }

        var declaredLines = declared.Split('\n').ToHashSet(StringComparer.Ordinal);
        var actualLines = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        var added = actualLines.Except(declaredLines).Order(StringComparer.Ordinal).Take(20).Select(l => "+ " + l.Trim());
        var removed = declaredLines.Except(actualLines).Order(StringComparer.Ordinal).Take(20).Select(l => "- " + l.Trim());
        Assert.Fail($"The {framework} public API differs from src/AiInfra.Domain/PublicAPI.txt (first differences below). If the change is deliberate, run the tests with AIINFRA_UPDATE_API=1 and commit the file.\n"
            + string.Join("\n", added.Concat(removed)));
    }

    [Fact]
    public void The_listing_sees_members_types_nullability_and_defaults()
    {
        var listing = PublicApiListing.Describe(LibraryPath("net10.0"));
        Assert.Contains("public static class AiInfra.Domain.AiInfraJson\n", listing);
        Assert.Contains("  public static T Deserialize<T>(string json, AiInfra.Domain.Serialization.AiInfraJsonLimits? limits = null) where T : class, AiInfra.Domain.IAiInfraEntity<T>", listing);
        Assert.Contains("  public static AiInfra.Domain.Quantities.Power FromWatts(double watts)\n", listing);
        Assert.Contains("public readonly struct AiInfra.Domain.Quantities.Power\n  : AiInfra.Domain.Quantities.IQuantity\n", listing);
        Assert.Contains("  public required string Id { get; init; }", listing); // a generated record's property
        Assert.DoesNotContain("AiInfra.Domain.ArgumentChecks", listing); // internal
    }

    private static string LibraryPath(string framework) => Paths.Library(framework);
}
