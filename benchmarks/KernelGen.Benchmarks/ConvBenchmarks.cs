using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace KernelGen.Benchmarks;

/// <summary>One benchmarked convolution shape, PyTorch's <c>nn.Conv2d</c> at batch 1.</summary>
public sealed record ConvShape(string Name, int C, int H, int W, int OC, int K, int Stride, int Padding, int Groups)
{
    /// <summary>The five shapes: (C, HxW, OC, K, stride, padding, groups).</summary>
    public static readonly ConvShape[] All =
    {
        new("1x28x28-8-k5", 1, 28, 28, 8, 5, 1, 0, 1),
        new("3x32x32-16-k3p1", 3, 32, 32, 16, 3, 1, 1, 1),
        new("16x32x32-16-k3p1", 16, 32, 32, 16, 3, 1, 1, 1),
        new("3x224x224-64-k7s2p3", 3, 224, 224, 64, 7, 2, 3, 1),
        new("32x56x56-32-k3p1-dw", 32, 56, 56, 32, 3, 1, 1, 32),
    };

    public int OH => ((H + (2 * Padding) - K) / Stride) + 1;

    public int OW => ((W + (2 * Padding) - K) / Stride) + 1;

    public int InPerGroup => C / Groups;

    public int OutPerGroup => OC / Groups;

    /// <summary>2 * OC * OH * OW * (C / groups) * K * K.</summary>
    public double Flops => 2.0 * OC * OH * OW * InPerGroup * K * K;

    public Conv2DShape Reference => new(C, H, W, OC, K, K, Stride, Stride, Padding, Padding, 1, 1, Groups);

    public static ConvShape Find(string name) => Array.Find(All, s => s.Name == name) ?? throw new ArgumentException(name);
}

/// <summary>
/// Conv2D: the generated kernel against a plain C# loop nest (the baseline), im2col followed by one
/// <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/> per output element (what a C# user
/// builds today), and the reference interpreter. Program.cs turns the times into GFLOP/s and a fraction of the FMA
/// peak measured in the same run by <see cref="PeakBenchmarks"/>.
/// </summary>
public class ConvBenchmarks
{
    private ConvShape _shape = ConvShape.All[0];
    private float[] _input = Array.Empty<float>();
    private float[] _weights = Array.Empty<float>();
    private float[] _bias = Array.Empty<float>();
    private float[] _output = Array.Empty<float>();
    private float[] _columns = Array.Empty<float>();

    [ParamsSource(nameof(Names))]
    public string Shape { get; set; } = ConvShape.All[0].Name;

    public static string[] Names => Array.ConvertAll(ConvShape.All, s => s.Name);

    [GlobalSetup]
    public void Setup()
    {
        _shape = ConvShape.Find(Shape);
        var random = new Random(42);
        _input = Fill(random, _shape.C * _shape.H * _shape.W);
        _weights = Fill(random, _shape.OC * _shape.InPerGroup * _shape.K * _shape.K);
        _bias = Fill(random, _shape.OC);
        _output = new float[_shape.OC * _shape.OH * _shape.OW];
        _columns = new float[_shape.Groups * _shape.OH * _shape.OW * _shape.InPerGroup * _shape.K * _shape.K];
    }

    [Benchmark]
    public void Generated()
    {
        switch (Shape)
        {
            case "1x28x28-8-k5": Kernels.ConvLeNet(_input, _weights, _bias, _output); break;
            case "3x32x32-16-k3p1": Kernels.ConvRgb3x3(_input, _weights, _bias, _output); break;
            case "16x32x32-16-k3p1": Kernels.Conv16x3x3(_input, _weights, _bias, _output); break;
            case "3x224x224-64-k7s2p3": Kernels.ConvStem7x7(_input, _weights, _bias, _output); break;
            default: Kernels.ConvDepthwise3x3(_input, _weights, _bias, _output); break;
        }
    }

    /// <summary>The loop nest straight from the definition, in float, with the padding tested per tap.</summary>
    [Benchmark(Baseline = true)]
    public void PlainLoop()
    {
        ConvShape s = _shape;
        float[] input = _input, weights = _weights, output = _output;
        for (int oc = 0; oc < s.OC; oc++)
        {
            int g = oc / s.OutPerGroup;
            for (int oy = 0; oy < s.OH; oy++)
            {
                for (int ox = 0; ox < s.OW; ox++)
                {
                    float sum = _bias[oc];
                    for (int ic = 0; ic < s.InPerGroup; ic++)
                    {
                        for (int ky = 0; ky < s.K; ky++)
                        {
                            int iy = (oy * s.Stride) - s.Padding + ky;
                            if (iy < 0 || iy >= s.H)
                            {
                                continue;
                            }

                            for (int kx = 0; kx < s.K; kx++)
                            {
                                int ix = (ox * s.Stride) - s.Padding + kx;
                                if (ix >= 0 && ix < s.W)
                                {
                                    sum += weights[(((oc * s.InPerGroup) + ic) * s.K + ky) * s.K + kx]
                                        * input[((((g * s.InPerGroup) + ic) * s.H) + iy) * s.W + ix];
                                }
                            }
                        }
                    }

                    output[((oc * s.OH) + oy) * s.OW + ox] = sum;
                }
            }
        }
    }

    /// <summary>im2col (one row of C/groups x K x K per output position and group), then one TensorPrimitives.Dot per output.</summary>
    [Benchmark]
    public void Im2ColDot()
    {
        ConvShape s = _shape;
        int patch = s.InPerGroup * s.K * s.K, positions = s.OH * s.OW;
        Span<float> columns = _columns;
        for (int g = 0; g < s.Groups; g++)
        {
            for (int oy = 0; oy < s.OH; oy++)
            {
                for (int ox = 0; ox < s.OW; ox++)
                {
                    Span<float> row = columns.Slice(((g * positions) + (oy * s.OW) + ox) * patch, patch);
                    int i = 0;
                    for (int ic = 0; ic < s.InPerGroup; ic++)
                    {
                        for (int ky = 0; ky < s.K; ky++)
                        {
                            int iy = (oy * s.Stride) - s.Padding + ky;
                            for (int kx = 0; kx < s.K; kx++)
                            {
                                int ix = (ox * s.Stride) - s.Padding + kx;
                                row[i++] = iy < 0 || iy >= s.H || ix < 0 || ix >= s.W ? 0f
                                    : _input[((((g * s.InPerGroup) + ic) * s.H) + iy) * s.W + ix];
                            }
                        }
                    }
                }
            }
        }

        ReadOnlySpan<float> weights = _weights;
        for (int oc = 0; oc < s.OC; oc++)
        {
            int g = oc / s.OutPerGroup;
            ReadOnlySpan<float> filter = weights.Slice(oc * patch, patch);
            for (int p = 0; p < positions; p++)
            {
                _output[(oc * positions) + p] = TensorPrimitives.Dot(filter, columns.Slice(((g * positions) + p) * patch, patch)) + _bias[oc];
            }
        }
    }

    [Benchmark]
    public void Reference() => ReferenceInterpreter.Conv2D<float>(_input, _weights, _bias, _output, _shape.Reference);

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
