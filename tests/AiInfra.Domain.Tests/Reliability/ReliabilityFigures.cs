using System.Globalization;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Where the reliability tests leave the figures of their last run (documents, agreements, iterations, seeds, time),
/// for docs/reliability.md: the folder "reliability" next to the test assembly, one text file per test.
/// </summary>
internal static class ReliabilityFigures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "reliability");

    public static void Write(string fileName, string text)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, fileName), text);
    }

    /// <summary>
    /// How many times the fuzz tests multiply their iteration counts: AIINFRA_FUZZ_ITERATIONS (a whole number, at least
    /// 1), or 1 in the normal run.
    /// </summary>
    public static int FuzzScale { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("AIINFRA_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale >= 1 ? scale : 1;
}
