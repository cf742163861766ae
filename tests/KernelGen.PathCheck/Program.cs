// KernelGen.PathCheck: every kernel of KernelGen.TestKernels' catalog (every kind, constant weights, batches, threads)
// and the determinism app's kernels, run on the one vector path this process takes and held to the contract's bounds
// by KernelVerifier. .ci/run starts it on x64 as is (Vector512 here) and with DOTNET_EnableAVX512=0,
// DOTNET_PreferredVectorBitWidth=128, DOTNET_EnableAVX2=0 and DOTNET_EnableHWIntrinsic=0, then on Arm64 under qemu
// (AdvSimd, and DOTNET_EnableHWIntrinsic=0), and requires every run's deterministic bits to equal the first run's.
//
//   KernelGen.PathCheck [--bits FILE] [--shard I/N] [--trials N] [--seed N] [--integer] [--deterministic]
//
// The integer kernels (IntegerKernels.Checks) run too, each on every Fill, and must equal the reference exactly;
// --integer runs only them (the AvxVnni-off and Dp-off runs, which change nothing else); --deterministic leaves out the
// catalog's other kernels (Arm64 with intrinsics off: their scalar code is x64's, checked there, while the deterministic
// kernels' bits must still equal x64's).
//
// --bits writes one line per deterministic kernel (its name and the FNV-1a hash of its outputs' bits on inputs drawn
// from the seed); --shard I/N checks every N-th kernel from the I-th (qemu runs two shards at once). The last line is
// "N passed, N failed"; the exit code is 1 when a kernel failed, 2 on bad arguments.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using KernelGen.Catalog;
using KernelGen.Determinism;
using KernelGen.Kernels.Tests;
using KernelGen.PathCheck;

var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: KernelGen.PathCheck [--bits FILE] [--shard I/N] [--trials N] [--seed N] [--integer] [--deterministic]");
    return 2;
}

Console.WriteLine($"KernelGen path check: {RuntimeInformation.RuntimeIdentifier}, .NET {Environment.Version}, {Paths.Describe()}");
var clock = Stopwatch.StartNew();
List<KernelInfo> kernels = KernelCatalog.For(typeof(Declared).Assembly)!.Kernels
    .Concat(KernelCatalog.For(typeof(DeterministicKernels).Assembly)!.Kernels)
    .Where(k => !options.DeterministicOnly || k.Deterministic)
    .Where((_, i) => i % options.Shards == options.Shard && !options.IntegerOnly)
    .ToList();

int passed = 0, failed = 0;
var integers = IntegerKernels.Checks.Where((_, i) => i % options.Shards == options.Shard).ToList();
foreach ((string name, Func<Random, Fill, string?> run) in integers)
{
    string? problem = null;
    foreach (Fill fill in Enum.GetValues<Fill>())
    {
        for (int trial = 0; trial < options.Trials && problem is null; trial++)
        {
            problem = run(new Random(options.Seed + trial), fill) is { } p ? $"{fill}: {p}" : null;
        }
    }

    if (problem is null)
    {
        passed++;
    }
    else
    {
        failed++;
        Console.WriteLine($"FAIL {name} (integer): {problem}");
    }
}

var bits = new List<string>();
foreach (KernelInfo kernel in kernels)
{
    KernelVerification result;
    try
    {
        result = KernelVerifier.Verify(kernel, options.Trials, options.Seed);
    }
    catch (Exception e)
    {
        Console.WriteLine($"FAIL {kernel}: {e.GetType().Name}: {e.Message}");
        failed++;
        continue;
    }

    if (result.Passed)
    {
        passed++;
    }
    else
    {
        failed++;
        Console.WriteLine($"FAIL {kernel}: output {result.WorstOutput} off by {result.WorstError:G4}, bound {result.Bound:G4} ({result.Ratio:G3}x)");
    }

    if (kernel.Deterministic)
    {
        bits.Add($"{kernel.Name} {Bits.Of(kernel, options.Seed):x16}");
    }
}

if (options.Shard == 0 && !options.IntegerOnly)
{
    // the determinism app's own lines: the same inputs and hashes DeterministicKernelTests compares across paths
    bits.AddRange(DeterministicKernels.Run().Select(line => "determinism:" + line));
}

if (options.BitsFile is { } file)
{
    File.WriteAllLines(file, bits);
}

Console.WriteLine($"{kernels.Count} kernels and {integers.Count} integer kernels in {clock.Elapsed.TotalSeconds:F1} s, {bits.Count} deterministic bit lines");
Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;

namespace KernelGen.PathCheck
{
    /// <summary>The command line.</summary>
    internal sealed record Options(string? BitsFile, int Shard, int Shards, int Trials, int Seed, bool IntegerOnly = false, bool DeterministicOnly = false)
    {
        public static Options? Parse(string[] args)
        {
            var o = new Options(null, 0, 1, 1, 20261204);
            for (int i = 0; i < args.Length; i++)
            {
                string? value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--integer":
                        o = o with { IntegerOnly = true };
                        continue;
                    case "--deterministic":
                        o = o with { DeterministicOnly = true };
                        continue;
                    case "--bits" when value is not null:
                        o = o with { BitsFile = value };
                        break;
                    case "--shard" when value?.Split('/') is [var a, var b] && int.TryParse(a, out int shard) && int.TryParse(b, out int shards)
                                                                            && shards > 0 && shard >= 0 && shard < shards:
                        o = o with { Shard = shard, Shards = shards };
                        break;
                    case "--trials" when int.TryParse(value, out int trials) && trials > 0:
                        o = o with { Trials = trials };
                        break;
                    case "--seed" when int.TryParse(value, out int seed):
                        o = o with { Seed = seed };
                        break;
                    default:
                        return null;
                }

                i++;
            }

            return o;
        }
    }

    /// <summary>What the hardware checks of this process allow.</summary>
    internal static class Paths
    {
        /// <summary>
        /// The path kernels take here and, when it differs, the deterministic kernels' (they also need a fused
        /// multiply-add, so x64 without FMA runs them scalar); then the hardware checks themselves.
        /// </summary>
        public static string Describe()
        {
            string path = Vector512.IsHardwareAccelerated ? "Vector512"
                : Vector256.IsHardwareAccelerated ? "Vector256"
                : Vector128.IsHardwareAccelerated ? "Vector128"
                : "scalar";
            string deterministic = DeterministicKernels.Path();
            return $"path {path}{(deterministic == path ? "" : $", deterministic kernels {deterministic}")} ({Checks()})";
        }

        private static string Checks() =>
            $"accelerated: Vector512 {Yes(Vector512.IsHardwareAccelerated)}, " +
            $"Vector256 {Yes(Vector256.IsHardwareAccelerated)}, Vector128 {Yes(Vector128.IsHardwareAccelerated)}; " +
            $"FMA {Yes(System.Runtime.Intrinsics.X86.Fma.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.IsSupported)}; " +
            $"integer dot products: AvxVnni {Yes(System.Runtime.Intrinsics.X86.AvxVnni.IsSupported)}, Arm Dp {Yes(System.Runtime.Intrinsics.Arm.Dp.IsSupported)}; " +
            $"Vector<T> {Vector<byte>.Count * 8} bits";

        private static string Yes(bool value) => value ? "yes" : "no";
    }

    /// <summary>The bits of a deterministic kernel's outputs on inputs drawn from a seed.</summary>
    internal static class Bits
    {
        public static ulong Of(KernelInfo kernel, int seed) => kernel switch
        {
            KernelInfo<float> f => Of(f, seed),
            KernelInfo<double> d => Of(d, seed),
            _ => throw new ArgumentException($"Unsupported element type {kernel.ElementType}."),
        };

        private static ulong Of<T>(KernelInfo<T> kernel, int seed)
            where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
        {
            KernelArguments<T> args = KernelArguments<T>.Random(kernel, new Random(seed ^ kernel.Name.Length));
            T[] output = args.Returns ? new T[1] : args.Output;
            T returned = args.Call(kernel.Invoke);
            if (args.Returns)
            {
                output[0] = returned;
            }

            ulong hash = 14695981039346656037UL;
            foreach (byte b in MemoryMarshal.AsBytes(output.AsSpan()))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }

            return hash;
        }
    }
}
