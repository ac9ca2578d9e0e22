return AiInfra.Domain.Cli.CliApp.Run(args, Console.Out, Console.Error);
