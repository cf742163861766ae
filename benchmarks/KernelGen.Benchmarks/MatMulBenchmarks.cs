using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;

namespace KernelGen.Benchmarks;

/// <summary>A matrix product shape of the MatMul benchmark: c [m][n] = a [m][k] x b [k][n].</summary>
public sealed record MatMulShape(string Name, int M, int K, int N)
{
    public static readonly MatMulShape[] All =
    {
        new("8x64x8", 8, 64, 8),
        new("8x8x64", 8, 8, 64),
        new("16x16x16", 16, 16, 16),
        new("32x32x32", 32, 32, 32),
        new("64x64x64", 64, 64, 64),
        new("128x64x256", 128, 64, 256),
    };

    public double Flops => 2.0 * M * K * N;

    public static MatMulShape Find(string name) => Array.Find(All, s => s.Name == name) ?? throw new ArgumentException(name);
}

/// <summary>
/// MatMul, float, b row-major [k][n]: the generated kernel against a plain triple loop (the baseline), one
/// <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/> per output element (over b transposed
/// once in setup, so both operands are contiguous), and MathNet.Numerics 5.0's managed <c>Matrix&lt;float&gt;.Multiply</c>
/// into a preallocated result. Program.cs turns the times into GFLOP/s and a fraction of the FMA peak.
/// </summary>
public class MatMulBenchmarks
{
    private MatMulShape _shape = MatMulShape.All[0];
    private float[] _a = Array.Empty<float>();
    private float[] _b = Array.Empty<float>();
    private float[] _bt = Array.Empty<float>();
    private float[] _c = Array.Empty<float>();
    private Matrix<float> _ma = null!, _mb = null!, _mc = null!;

    [ParamsSource(nameof(Names))]
    public string Shape { get; set; } = MatMulShape.All[0].Name;

    public static string[] Names => Array.ConvertAll(MatMulShape.All, s => s.Name);

    [GlobalSetup]
    public void Setup()
    {
        MathNet.Numerics.Control.UseManaged();
        _shape = MatMulShape.Find(Shape);
        var random = new Random(42);
        (int m, int k, int n) = (_shape.M, _shape.K, _shape.N);
        _a = Fill(random, m * k);
        _b = Fill(random, k * n);
        _bt = new float[k * n];
        for (int p = 0; p < k; p++)
        {
            for (int j = 0; j < n; j++)
            {
                _bt[(j * k) + p] = _b[(p * n) + j];
            }
        }

        _c = new float[m * n];
        _ma = Matrix<float>.Build.Dense(m, k, (i, p) => _a[(i * k) + p]);
        _mb = Matrix<float>.Build.Dense(k, n, (p, j) => _b[(p * n) + j]);
        _mc = Matrix<float>.Build.Dense(m, n);
    }

    [Benchmark(Baseline = true)]
    public void PlainLoop()
    {
        (int m, int k, int n) = (_shape.M, _shape.K, _shape.N);
        float[] a = _a, b = _b, c = _c;
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                float sum = 0;
                for (int p = 0; p < k; p++)
                {
                    sum += a[(i * k) + p] * b[(p * n) + j];
                }

                c[(i * n) + j] = sum;
            }
        }
    }

    [Benchmark]
    public void TensorPrimitivesDotPerElement()
    {
        (int m, int k, int n) = (_shape.M, _shape.K, _shape.N);
        ReadOnlySpan<float> a = _a, bt = _bt;
        Span<float> c = _c;
        for (int i = 0; i < m; i++)
        {
            ReadOnlySpan<float> row = a.Slice(i * k, k);
            for (int j = 0; j < n; j++)
            {
                c[(i * n) + j] = TensorPrimitives.Dot(row, bt.Slice(j * k, k));
            }
        }
    }

    [Benchmark]
    public void MathNetManaged() => _ma.Multiply(_mb, _mc);

    [Benchmark]
    public void Generated()
    {
        switch (Shape)
        {
            case "8x64x8": Kernels.MatMul8x64x8(_a, _b, _c); break;
            case "8x8x64": Kernels.MatMul8x8x64(_a, _b, _c); break;
            case "16x16x16": Kernels.MatMul16(_a, _b, _c); break;
            case "32x32x32": Kernels.MatMul32(_a, _b, _c); break;
            case "64x64x64": Kernels.MatMul64(_a, _b, _c); break;
            default: Kernels.MatMul128x64x256(_a, _b, _c); break;
        }
    }

    internal static float[] Fill(Random random, int n)
    {
        var values = new float[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = (float)(random.NextDouble() - 0.5);
        }

        return values;
    }
}

/// <summary>
/// A dense layer over a batch of 64 inputs: the generated batched kernel (a GEMM with the weights as b transposed)
/// against 64 calls of the generated batch-1 kernel (the baseline).
/// </summary>
public class BatchedDenseBenchmarks
{
    private const int Batch = 64;
    private float[] _input = Array.Empty<float>();
    private float[] _weights = Array.Empty<float>();
    private float[] _bias = Array.Empty<float>();
    private float[] _output = Array.Empty<float>();
    private int _inputs, _outputs;

    [Params("784x10", "256x256")]
    public string Shape { get; set; } = "784x10";

    [GlobalSetup]
    public void Setup()
    {
        _inputs = int.Parse(Shape.Split('x')[0]);
        _outputs = int.Parse(Shape.Split('x')[1]);
        var random = new Random(42);
        _input = MatMulBenchmarks.Fill(random, Batch * _inputs);
        _weights = MatMulBenchmarks.Fill(random, _inputs * _outputs);
        _bias = MatMulBenchmarks.Fill(random, _outputs);
        _output = new float[Batch * _outputs];
    }

    [Benchmark(Baseline = true)]
    public void Batch1Kernel64Calls()
    {
        ReadOnlySpan<float> input = _input;
        Span<float> output = _output;
        bool small = Shape == "784x10";
        for (int b = 0; b < Batch; b++)
        {
            if (small)
            {
                Kernels.Dense784x10(input.Slice(b * 784, 784), _weights, _bias, output.Slice(b * 10, 10));
            }
            else
            {
                Kernels.Dense256x256(input.Slice(b * 256, 256), _weights, _bias, output.Slice(b * 256, 256));
            }
        }
    }

    [Benchmark]
    public void GeneratedBatched()
    {
        if (Shape == "784x10")
        {
            Kernels.Dense784x10Batch64(_input, _weights, _bias, _output);
        }
        else
        {
            Kernels.Dense256x256Batch64(_input, _weights, _bias, _output);
        }
    }
}
