using AiInfra.Domain.Benchmarks;
using BenchmarkDotNet.Running;

// `generator-report`: drives the spec generator over 500 synthesised spec files and prints, per tracked step, how
// many outputs were New, Modified, Cached or Unchanged in each scenario. Anything else goes to BenchmarkDotNet.
if (args is ["generator-report", ..])
{
    return GeneratorReport.Run(Console.Out);
}

// The cold-start benchmark parses the catalogue's data from JSON in a fresh process; the file is written here, in
// the host process, so the measured processes never touch the catalogue before they measure.
CatalogueData.WriteDataFiles();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
