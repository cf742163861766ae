using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KernelGen.Benchmarks;

/// <summary>
/// Dot products of fixed length: the generated kernel against TensorPrimitives.Dot (the baseline of each length), a
/// plain C# loop, and the floor of reading both inputs (<see cref="LoadsOnly"/>). One category per length, so each ratio
/// compares methods measured in the same run.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DotBenchmarks
{
    private readonly float[] _x = new float[4096];
    private readonly float[] _y = new float[4096];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (int i = 0; i < _x.Length; i++)
        {
            _x[i] = (float)random.NextDouble();
            _y[i] = (float)random.NextDouble();
        }

        Console.WriteLine($"// x starts at {AddressOf(_x) % 64} and y at {AddressOf(_y) % 64} bytes past a 64-byte boundary");
    }

    private static long AddressOf(float[] array)
    {
        GCHandle handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        long address = handle.AddrOfPinnedObject();
        handle.Free();
        return address;
    }

    /// <summary>
    /// The floor for a dot product of n floats at these arrays' addresses: the loads the generated kernel makes (whole
    /// 512-bit vectors of x and y, and one overlapping vector ending at the last element; 256-bit below 16 elements),
    /// combined with a bitwise OR instead of floating-point work, in 8 independent chains. No dot product of these
    /// inputs can take less time than reading them.
    /// </summary>
    private static uint LoadsOnly(float[] xs, float[] ys, int n)
    {
        ref uint x = ref Unsafe.As<float, uint>(ref MemoryMarshal.GetArrayDataReference(xs));
        ref uint y = ref Unsafe.As<float, uint>(ref MemoryMarshal.GetArrayDataReference(ys));
        if (n < 16)
        {
            Vector256<uint> head = Vector256.LoadUnsafe(ref x) | Vector256.LoadUnsafe(ref y);
            Vector256<uint> tail = Vector256.LoadUnsafe(ref x, (nuint)(n - 8)) | Vector256.LoadUnsafe(ref y, (nuint)(n - 8));
            return (head | tail).ToScalar();
        }

        Vector512<uint> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        nuint i = 0;
        for (; i + 64 <= (nuint)n; i += 64)
        {
            a0 |= Vector512.LoadUnsafe(ref x, i); a1 |= Vector512.LoadUnsafe(ref y, i);
            a2 |= Vector512.LoadUnsafe(ref x, i + 16); a3 |= Vector512.LoadUnsafe(ref y, i + 16);
            a4 |= Vector512.LoadUnsafe(ref x, i + 32); a5 |= Vector512.LoadUnsafe(ref y, i + 32);
            a6 |= Vector512.LoadUnsafe(ref x, i + 48); a7 |= Vector512.LoadUnsafe(ref y, i + 48);
        }

        for (; i + 16 <= (nuint)n; i += 16)
        {
            a0 |= Vector512.LoadUnsafe(ref x, i); a1 |= Vector512.LoadUnsafe(ref y, i);
        }

        if (i < (nuint)n)
        {
            a2 |= Vector512.LoadUnsafe(ref x, (nuint)n - 16); a3 |= Vector512.LoadUnsafe(ref y, (nuint)n - 16);
        }

        return (((a0 | a1) | (a2 | a3)) | ((a4 | a5) | (a6 | a7))).ToScalar();
    }

    private static float Plain(float[] x, float[] y, int n)
    {
        float sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("N=0009")]
    public float TensorPrimitives_9() => TensorPrimitives.Dot(_x.AsSpan(0, 9), _y.AsSpan(0, 9));

    [Benchmark, BenchmarkCategory("N=0009")]
    public float PlainLoop_9() => Plain(_x, _y, 9);

    [Benchmark, BenchmarkCategory("N=0009")]
    public float Generated_9() => Kernels.Dot9(_x, _y);

    [Benchmark, BenchmarkCategory("N=0009")]
    public uint LoadsOnly_9() => LoadsOnly(_x, _y, 9);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0016")]
    public float TensorPrimitives_16() => TensorPrimitives.Dot(_x.AsSpan(0, 16), _y.AsSpan(0, 16));

    [Benchmark, BenchmarkCategory("N=0016")]
    public float PlainLoop_16() => Plain(_x, _y, 16);

    [Benchmark, BenchmarkCategory("N=0016")]
    public float Generated_16() => Kernels.Dot16(_x, _y);

    [Benchmark, BenchmarkCategory("N=0016")]
    public uint LoadsOnly_16() => LoadsOnly(_x, _y, 16);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0027")]
    public float TensorPrimitives_27() => TensorPrimitives.Dot(_x.AsSpan(0, 27), _y.AsSpan(0, 27));

    [Benchmark, BenchmarkCategory("N=0027")]
    public float PlainLoop_27() => Plain(_x, _y, 27);

    [Benchmark, BenchmarkCategory("N=0027")]
    public float Generated_27() => Kernels.Dot27(_x, _y);

    [Benchmark, BenchmarkCategory("N=0027")]
    public uint LoadsOnly_27() => LoadsOnly(_x, _y, 27);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0064")]
    public float TensorPrimitives_64() => TensorPrimitives.Dot(_x.AsSpan(0, 64), _y.AsSpan(0, 64));

    [Benchmark, BenchmarkCategory("N=0064")]
    public float PlainLoop_64() => Plain(_x, _y, 64);

    [Benchmark, BenchmarkCategory("N=0064")]
    public float Generated_64() => Kernels.Dot64(_x, _y);

    [Benchmark, BenchmarkCategory("N=0064")]
    public uint LoadsOnly_64() => LoadsOnly(_x, _y, 64);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0075")]
    public float TensorPrimitives_75() => TensorPrimitives.Dot(_x.AsSpan(0, 75), _y.AsSpan(0, 75));

    [Benchmark, BenchmarkCategory("N=0075")]
    public float PlainLoop_75() => Plain(_x, _y, 75);

    [Benchmark, BenchmarkCategory("N=0075")]
    public float Generated_75() => Kernels.Dot75(_x, _y);

    [Benchmark, BenchmarkCategory("N=0075")]
    public uint LoadsOnly_75() => LoadsOnly(_x, _y, 75);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0128")]
    public float TensorPrimitives_128() => TensorPrimitives.Dot(_x.AsSpan(0, 128), _y.AsSpan(0, 128));

    [Benchmark, BenchmarkCategory("N=0128")]
    public float PlainLoop_128() => Plain(_x, _y, 128);

    [Benchmark, BenchmarkCategory("N=0128")]
    public float Generated_128() => Kernels.Dot128(_x, _y);

    [Benchmark, BenchmarkCategory("N=0128")]
    public uint LoadsOnly_128() => LoadsOnly(_x, _y, 128);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0256")]
    public float TensorPrimitives_256() => TensorPrimitives.Dot(_x.AsSpan(0, 256), _y.AsSpan(0, 256));

    [Benchmark, BenchmarkCategory("N=0256")]
    public float PlainLoop_256() => Plain(_x, _y, 256);

    [Benchmark, BenchmarkCategory("N=0256")]
    public float Generated_256() => Kernels.Dot256(_x, _y);

    [Benchmark, BenchmarkCategory("N=0256")]
    public uint LoadsOnly_256() => LoadsOnly(_x, _y, 256);


    [Benchmark(Baseline = true), BenchmarkCategory("N=1024")]
    public float TensorPrimitives_1024() => TensorPrimitives.Dot(_x.AsSpan(0, 1024), _y.AsSpan(0, 1024));

    [Benchmark, BenchmarkCategory("N=1024")]
    public float PlainLoop_1024() => Plain(_x, _y, 1024);

    [Benchmark, BenchmarkCategory("N=1024")]
    public float Generated_1024() => Kernels.Dot1024(_x, _y);

    [Benchmark, BenchmarkCategory("N=1024")]
    public uint LoadsOnly_1024() => LoadsOnly(_x, _y, 1024);


    [Benchmark(Baseline = true), BenchmarkCategory("N=4096")]
    public float TensorPrimitives_4096() => TensorPrimitives.Dot(_x.AsSpan(0, 4096), _y.AsSpan(0, 4096));

    [Benchmark, BenchmarkCategory("N=4096")]
    public float PlainLoop_4096() => Plain(_x, _y, 4096);

    [Benchmark, BenchmarkCategory("N=4096")]
    public float Generated_4096() => Kernels.Dot4096(_x, _y);

    [Benchmark, BenchmarkCategory("N=4096")]
    public uint LoadsOnly_4096() => LoadsOnly(_x, _y, 4096);

}
