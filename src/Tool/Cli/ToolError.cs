using System;

namespace KernelGen.Tool.Cli;

/// <summary>
/// A problem with what the user asked for (a missing file, an unknown kernel, a declaration that does not compile):
/// printed as the message alone, without a stack trace, with exit code <see cref="ExitCodes.UsageError"/>.
/// </summary>
internal sealed class ToolError(string message) : Exception(message);

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done and, for <c>verify</c>, every kernel is within its bound.</summary>
    public const int Success = 0;

    /// <summary><c>verify</c>: at least one kernel is over its bound.</summary>
    public const int VerificationFailed = 1;

    /// <summary>The input could not be used: see the message.</summary>
    public const int UsageError = 2;
}
