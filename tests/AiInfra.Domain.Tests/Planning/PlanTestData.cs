namespace AiInfra.Domain.Tests.Planning;

using AiInfra.Domain.Planning;

/// <summary>The sample plans and small plans built from them for the planner's tests.</summary>
internal static class PlanTestData
{
    public static string SamplePath(string name) => Path.Combine(Paths.RepositoryRoot(), "samples", "plans", name + ".plan.json");

    public static string Sample(string name) => File.ReadAllText(SamplePath(name));

    public static ClusterPlanDocument Document(string json, string file = "test.plan.json") =>
        ClusterPlanDocument.TryParse(json, file, out var document, out var errors) ? document : throw new InvalidOperationException(string.Join("\n", errors));

    public static IReadOnlyList<AiInfraError> Errors(string json)
    {
        Assert.False(ClusterPlanDocument.TryParse(json, "bad.plan.json", out _, out var errors), "The plan was expected to be invalid.");
        return errors;
    }

    /// <summary>The worked example with one piece of its text replaced.</summary>
    public static string WorkedExampleWith(string oldText, string newText)
    {
        var json = Sample("worked-example");
        Assert.Contains(oldText, json, StringComparison.Ordinal);
        return json.Replace(oldText, newText, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="text"/> in <paramref name="json"/>.</summary>
    public static (long Line, long Column) Where(string json, string text)
    {
        var index = json.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the plan.");
        var before = json[..index];
        return (before.Count(c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }
}
