// The generator fuzzer: random kernel declarations, valid and invalid, each held to "compiles, or a KGEN diagnostic
// says why not; the generator never throws". Usage:
//   dotnet run -c Release --project tests/KernelGen.Fuzz -- --long              10,000 declarations per seed, 3 seeds
//   dotnet run -c Release --project tests/KernelGen.Fuzz -- --seed 42 --count 500
// A failure prints the seed and the case; rerun with that --seed to reproduce it.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Tests.Fuzzing;

int count = 2_000;
var seeds = new List<int> { Environment.TickCount & 0x7FFFFFFF };
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--long": count = 10_000; seeds = new List<int> { 1, 20261122, Environment.TickCount & 0x7FFFFFFF }; break;
        case "--count": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seeds = new List<int> { int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}

int failures = 0;
foreach (int seed in seeds)
{
    FuzzReport report = GeneratorFuzzer.Run(seed, count);
    Console.WriteLine(report);
    if (report.Failures.Count > 0)
    {
        Console.WriteLine(report.Summary());
        failures += report.Failures.Count;
    }
}

return failures == 0 ? 0 : 1;
