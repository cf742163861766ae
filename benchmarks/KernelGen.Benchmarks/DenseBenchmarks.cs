using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace KernelGen.Benchmarks;

/// <summary>
/// Dense layers y = W x + b: the generated kernel against one TensorPrimitives.Dot per output row (the baseline) and a
/// plain C# loop nest, per shape.
/// </summary>
public class DenseBenchmarks
{
    private float[] _input = Array.Empty<float>();
    private float[] _weights = Array.Empty<float>();
    private float[] _bias = Array.Empty<float>();
    private float[] _output = Array.Empty<float>();

    [Params("784x10", "64x64", "256x256")]
    public string Shape { get; set; } = "784x10";

    private int Inputs => int.Parse(Shape.Split('x')[0]);

    private int Outputs => int.Parse(Shape.Split('x')[1]);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _input = Fill(random, Inputs);
        _weights = Fill(random, Inputs * Outputs);
        _bias = Fill(random, Outputs);
        _output = new float[Outputs];
        _inputs = Inputs;
        _outputs = Outputs;
    }

    private int _inputs, _outputs;

    [Benchmark(Baseline = true)]
    public void TensorPrimitivesPerRow()
    {
        int n = _inputs;
        ReadOnlySpan<float> x = _input, w = _weights;
        for (int o = 0; o < _outputs; o++)
        {
            _output[o] = TensorPrimitives.Dot(w.Slice(o * n, n), x) + _bias[o];
        }
    }

    [Benchmark]
    public void PlainLoop()
    {
        int n = _inputs;
        for (int o = 0; o < _outputs; o++)
        {
            float sum = _bias[o];
            for (int i = 0; i < n; i++)
            {
                sum += _weights[(o * n) + i] * _input[i];
            }

            _output[o] = sum;
        }
    }

    [Benchmark]
    public void Generated()
    {
        switch (Shape)
        {
            case "784x10": Kernels.Dense784x10(_input, _weights, _bias, _output); break;
            case "64x64": Kernels.Dense64x64(_input, _weights, _bias, _output); break;
            default: Kernels.Dense256x256(_input, _weights, _bias, _output); break;
        }
    }

    private static float[] Fill(Random random, int n)
    {
        var values = new float[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = (float)(random.NextDouble() - 0.5);
        }

        return values;
    }
}
