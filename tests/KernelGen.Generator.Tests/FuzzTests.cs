using System;
using KernelGen.Generator.Tests.Fuzzing;
using Xunit;
using Xunit.Abstractions;

namespace KernelGen.Generator.Tests;

/// <summary>
/// A seeded slice of the generator fuzzer: random declarations, valid and invalid; every one either generates code that
/// compiles or gets a KGEN diagnostic, and the generator never throws. The full run (10,000 or more declarations) is
/// <c>dotnet run --project tests/KernelGen.Fuzz -- --long</c>; set KERNELGEN_FUZZ_SEED to replay a seed here.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1, 400)]
    [InlineData(20261122, 400)]
    public void Random_declarations_never_break_the_build(int seed, int count)
    {
        if (Environment.GetEnvironmentVariable("KERNELGEN_FUZZ_SEED") is { Length: > 0 } replay)
        {
            seed = int.Parse(replay, System.Globalization.CultureInfo.InvariantCulture);
        }

        FuzzReport report = GeneratorFuzzer.Run(seed, count);
        output.WriteLine(report.ToString());

        Assert.True(report.Failures.Count == 0, report + "\n" + report.Summary());
        Assert.True(report.Generated > count / 5, $"too few valid declarations drawn: {report}");
        Assert.True(report.Diagnosed > count / 10, $"too few invalid declarations drawn: {report}");
    }
}
