using KernelGen.Tool.Cli;

return ToolApp.Run(args, ToolContext.ForTerminal());
