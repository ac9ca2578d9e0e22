namespace AiInfra.Domain.Generators.Tests.Common;

/// <summary>Where the repository's files are, for tests that read them where they live (docs, schemas).</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds AiInfra.Domain.sln, found above the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AiInfra.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("no AiInfra.Domain.sln above " + AppContext.BaseDirectory);
    }
}
