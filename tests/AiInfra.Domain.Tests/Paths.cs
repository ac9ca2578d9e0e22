using System.Reflection;

namespace AiInfra.Domain.Tests;

/// <summary>Where the repository and the library's build outputs are, seen from a test run.</summary>
internal static class Paths
{
    /// <summary>The folder holding AiInfra.Domain.sln, found upwards from the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiInfra.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AiInfra.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The library as built for <paramref name="framework"/> in this test run's configuration.</summary>
    public static string Library(string framework)
    {
        var configuration = typeof(Paths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        return Path.Combine(RepositoryRoot(), "src", "AiInfra.Domain", "bin", configuration, framework, "AiInfra.Domain.dll");
    }
}
