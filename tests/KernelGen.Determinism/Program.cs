// Runs every deterministic kernel below once on fixed pseudo-random inputs and prints, per kernel, a hash of the raw
// bits of its outputs. DeterministicKernelTests runs this program in child processes with vector ISAs switched off step
// by step (DOTNET_EnableAVX512=0, DOTNET_EnableAVX2=0, DOTNET_EnableHWIntrinsic=0) and with different JIT tiers, and
// requires every child to print the same lines (the first line says which vector path the hardware checks allow).
using System;
using KernelGen.Determinism;

Console.WriteLine($"path: {DeterministicKernels.Path()}");
foreach (string line in DeterministicKernels.Run())
{
    Console.WriteLine(line);
}
