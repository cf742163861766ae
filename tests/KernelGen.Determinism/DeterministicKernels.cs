using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;
using KernelGen;

namespace KernelGen.Determinism;

/// <summary>Deterministic kernels of every kind that sums, with inputs that make a different summation order visible.</summary>
public static partial class DeterministicKernels
{
    [DotProduct(3, Deterministic = true)] public static partial float Dot3(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(27, Deterministic = true)] public static partial float Dot27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(100, Deterministic = true)] public static partial float Dot100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(1030, Deterministic = true, UnrollBudget = 64)] public static partial float Dot1030Looped(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4096, Deterministic = true)] public static partial float Dot4096(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(101, Deterministic = true)] public static partial double Dot101D(ReadOnlySpan<double> x, ReadOnlySpan<double> y);

    [CosineSimilarity(3, Deterministic = true)] public static partial float Cos3(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(16, Deterministic = true)] public static partial float Cos16(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(100, Deterministic = true)] public static partial float Cos100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(384, Deterministic = true)] public static partial float Cos384(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(1536, Deterministic = true)] public static partial float Cos1536(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(77, Deterministic = true)] public static partial double Cos77D(ReadOnlySpan<double> x, ReadOnlySpan<double> y);

    [Dense(784, 10, Activation = Activation.Sigmoid, Deterministic = true)]
    public static partial void Dense784x10(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(20, 12, Activation = Activation.Tanh, Deterministic = true)]
    public static partial void Dense20x12D(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(64, 3, Activation = Activation.Tanh, Deterministic = true)]
    public static partial void Dense64x3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 10, Batch = 8, Activation = Activation.Relu, Deterministic = true)]
    public static partial void Dense64x10x8(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [MatMul(17, 19, 23, Activation = Activation.Relu, Deterministic = true)]
    public static partial void MatMul17x19x23(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(9, 33, 7, TransposeB = true, Activation = Activation.Tanh, Deterministic = true)]
    public static partial void MatMul9x33x7TD(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(6, 40, 5, TransposeB = true, Activation = Activation.Sigmoid, Deterministic = true)]
    public static partial void MatMul6x40x5T(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);

    [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Activation = Activation.Relu, Deterministic = true)]
    public static partial void Conv3x32x32(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(8, 20, 21, 8, 3, 3, Padding = 1, Groups = 8, Activation = Activation.Tanh, Deterministic = true)]
    public static partial void Depthwise8x20x21(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Sigmoid, Deterministic = true)]
    public static partial void SmallPlane16x4x4(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 17, 19, 6, 3, 3, Stride = 2, Padding = 1, Deterministic = true)]
    public static partial void Conv4x17x19S2D(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(2, 30, 40, 3, 5, 5, UnrollBudget = 64, Deterministic = true)]
    public static partial void Conv5x5Looped(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    private static ReadOnlySpan<float> Sobel => new float[] { -1, 0, 1, -2, 0, 2, -1, 0, 1 };
    private static ReadOnlySpan<float> Blur => new float[] { 0.0625f, 0.125f, 0.0625f, 0.125f, 0.25f, 0.125f, 0.0625f, 0.125f, 0.0625f };
    private static ReadOnlySpan<float> Fir => new float[] { 0.1f, -0.3f, 0.7f, 0.25f, 0, 0.33f, -0.05f };

    [Conv2D(1, 40, 50, 1, 3, 3, Padding = 1, Weights = nameof(Sobel), Deterministic = true)]
    public static partial void SobelX(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 37, 45, 1, 3, 3, Padding = 1, Weights = nameof(Blur), Deterministic = true)]
    public static partial void Blur3x3(ReadOnlySpan<float> image, Span<float> output);

    [Conv2D(20, 18, 14, 24, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Tanh, Deterministic = true)]
    public static partial void Winograd20x18x14(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1, 37, 45, 1, 3, 3, Padding = 1, Weights = nameof(Sobel), Algorithm = ConvAlgorithm.Winograd, Deterministic = true)]
    public static partial void SobelWinograd(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(5, 7, 9, 3, 3, 3, Algorithm = ConvAlgorithm.Winograd, Deterministic = true)]
    public static partial void Winograd5x7x9D(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);

    [Conv1D(4, 200, 6, 5, Padding = 2, Activation = Activation.Tanh, Deterministic = true)]
    public static partial void Conv1D4x200(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv1D(1, 500, 1, 7, Padding = 3, Weights = nameof(Fir), Deterministic = true)]
    public static partial void Fir500(ReadOnlySpan<float> signal, Span<float> output);

    [AvgPool2D(8, 17, 19, 3, 3, Stride = 2, Padding = 1, Deterministic = true)]
    public static partial void AvgPool8x17x19(ReadOnlySpan<float> input, Span<float> output);
    [AvgPool2D(3, 24, 24, 2, 2, Stride = 2, Deterministic = true)]
    public static partial void AvgPool3x24x24D(ReadOnlySpan<double> input, Span<double> output);
    [MaxPool2D(8, 16, 18, 3, 3, Stride = 1, Padding = 1, Deterministic = true)]
    public static partial void MaxPool8x16x18(ReadOnlySpan<float> input, Span<float> output);

    /// <summary>
    /// The path a deterministic kernel takes in this process, by the checks its paths make: Vector512; Vector256 with FMA;
    /// Vector128 with a fused multiply-add (x86 FMA or Arm64); else scalar (so on x64 without FMA the scalar path, with
    /// Math.FusedMultiplyAdd, even where Vector128 is accelerated).
    /// </summary>
    public static string Path() =>
        Vector512.IsHardwareAccelerated ? "Vector512"
        : Vector256.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Fma.IsSupported ? "Vector256"
        : Vector128.IsHardwareAccelerated && (System.Runtime.Intrinsics.X86.Fma.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.IsSupported) ? "Vector128"
        : "scalar";

    /// <summary>Runs every kernel once; one line per kernel: its name and the FNV-1a hash of its outputs' bits.</summary>
    public static IEnumerable<string> Run()
    {
        var inputs = new Inputs(20261202);
        string Line<T>(string name, ReadOnlySpan<T> output) where T : unmanaged => $"{name} {Hash(output):x16}";
        string Scalar<T>(string name, T value) where T : unmanaged => Line<T>(name, new[] { value });

        float[] x = inputs.Floats(4096), y = inputs.Floats(4096);
        double[] xd = inputs.Doubles(101), yd = inputs.Doubles(101);
        yield return Scalar("dot3", Dot3(x.AsSpan(0, 3), y.AsSpan(0, 3)));
        yield return Scalar("dot27", Dot27(x.AsSpan(0, 27), y.AsSpan(0, 27)));
        yield return Scalar("dot100", Dot100(x.AsSpan(0, 100), y.AsSpan(0, 100)));
        yield return Scalar("dot1030-looped", Dot1030Looped(x.AsSpan(0, 1030), y.AsSpan(0, 1030)));
        yield return Scalar("dot4096", Dot4096(x, y));
        yield return Scalar("dot101-double", Dot101D(xd, yd));

        yield return Scalar("cos3", Cos3(x.AsSpan(0, 3), y.AsSpan(0, 3)));
        yield return Scalar("cos16", Cos16(x.AsSpan(0, 16), y.AsSpan(0, 16)));
        yield return Scalar("cos100", Cos100(x.AsSpan(0, 100), y.AsSpan(0, 100)));
        yield return Scalar("cos384", Cos384(x.AsSpan(0, 384), y.AsSpan(0, 384)));
        yield return Scalar("cos1536", Cos1536(x.AsSpan(0, 1536), y.AsSpan(0, 1536)));
        yield return Scalar("cos77-double", Cos77D(xd.AsSpan(0, 77), yd.AsSpan(0, 77)));

        float[] dense = new float[10];
        Dense784x10(inputs.Floats(784), inputs.Floats(7840, 0.1f), inputs.Floats(10), dense);
        yield return Line<float>("dense784x10-sigmoid", dense);
        double[] denseD = new double[12];
        Dense20x12D(inputs.Doubles(20), inputs.Doubles(240), inputs.Doubles(12), denseD);
        yield return Line<double>("dense20x12-tanh-double", denseD);
        float[] dense3 = new float[3];
        Dense64x3(inputs.Floats(64), inputs.Floats(192, 0.3f), inputs.Floats(3), dense3);
        yield return Line<float>("dense64x3-tanh", dense3);
        float[] batch = new float[80];
        Dense64x10x8(inputs.Floats(512), inputs.Floats(640), inputs.Floats(10), batch);
        yield return Line<float>("dense64x10x8-relu", batch);

        float[] c = new float[17 * 23];
        MatMul17x19x23(inputs.Floats(17 * 19), inputs.Floats(19 * 23), inputs.Floats(23), c);
        yield return Line<float>("matmul17x19x23-relu", c);
        double[] cd = new double[9 * 7];
        MatMul9x33x7TD(inputs.Doubles(9 * 33), inputs.Doubles(7 * 33), inputs.Doubles(7), cd);
        yield return Line<double>("matmul9x33x7T-tanh-double", cd);
        float[] ct = new float[6 * 5];
        MatMul6x40x5T(inputs.Floats(6 * 40), inputs.Floats(5 * 40), inputs.Floats(5), ct);
        yield return Line<float>("matmul6x40x5T-sigmoid", ct);

        float[] maps = new float[16 * 32 * 32];
        Conv3x32x32(inputs.Floats(3 * 32 * 32), inputs.Floats(16 * 27), inputs.Floats(16), maps);
        yield return Line<float>("conv3x32x32-relu", maps);
        float[] depthwise = new float[8 * 20 * 21];
        Depthwise8x20x21(inputs.Floats(8 * 20 * 21), inputs.Floats(8 * 9), inputs.Floats(8), depthwise);
        yield return Line<float>("depthwise8x20x21-tanh", depthwise);
        float[] plane = new float[32 * 16];
        SmallPlane16x4x4(inputs.Floats(16 * 16), inputs.Floats(32 * 16 * 9), inputs.Floats(32), plane);
        yield return Line<float>("conv16x4x4-sigmoid", plane);
        double[] strided = new double[6 * 9 * 10];
        Conv4x17x19S2D(inputs.Doubles(4 * 17 * 19), inputs.Doubles(6 * 36), inputs.Doubles(6), strided);
        yield return Line<double>("conv4x17x19s2-double", strided);
        float[] looped = new float[3 * 26 * 36];
        Conv5x5Looped(inputs.Floats(2 * 30 * 40), inputs.Floats(3 * 50), inputs.Floats(3), looped);
        yield return Line<float>("conv5x5-looped", looped);
        float[] sobel = new float[40 * 50];
        SobelX(inputs.Floats(40 * 50), sobel);
        yield return Line<float>("sobel-constant", sobel);
        float[] blur = new float[37 * 45];
        Blur3x3(inputs.Floats(37 * 45), blur);
        yield return Line<float>("blur-constant-separable", blur);
        float[] winograd = new float[24 * 18 * 14];
        Winograd20x18x14(inputs.Floats(20 * 18 * 14), inputs.Floats(24 * 20 * 9), inputs.Floats(24), winograd);
        yield return Line<float>("winograd20x18x14-tanh", winograd);
        float[] sobelWinograd = new float[37 * 45];
        SobelWinograd(inputs.Floats(37 * 45), sobelWinograd);
        yield return Line<float>("sobel-winograd-constant", sobelWinograd);
        double[] winogradD = new double[3 * 5 * 7];
        Winograd5x7x9D(inputs.Doubles(5 * 7 * 9), inputs.Doubles(3 * 5 * 9), winogradD);
        yield return Line<double>("winograd5x7x9-double", winogradD);

        float[] signal = new float[6 * 200];
        Conv1D4x200(inputs.Floats(800), inputs.Floats(6 * 4 * 5), inputs.Floats(6), signal);
        yield return Line<float>("conv1d4x200-tanh", signal);
        float[] fir = new float[500];
        Fir500(inputs.Floats(500), fir);
        yield return Line<float>("fir500-constant", fir);

        float[] avg = new float[8 * 9 * 10];
        AvgPool8x17x19(inputs.Floats(8 * 17 * 19), avg);
        yield return Line<float>("avgpool8x17x19", avg);
        double[] avgD = new double[3 * 12 * 12];
        AvgPool3x24x24D(inputs.Doubles(3 * 24 * 24), avgD);
        yield return Line<double>("avgpool3x24x24-double", avgD);
        float[] max = new float[8 * 16 * 18];
        MaxPool8x16x18(inputs.Floats(8 * 16 * 18), max);
        yield return Line<float>("maxpool8x16x18", max);
    }

    /// <summary>FNV-1a over the raw bytes (so the bits, NaN payloads and signed zeros included) of <paramref name="values"/>.</summary>
    private static ulong Hash<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        ulong hash = 14695981039346656037;
        foreach (byte b in System.Runtime.InteropServices.MemoryMarshal.AsBytes(values))
        {
            hash = (hash ^ b) * 1099511628211;
        }

        return hash;
    }

    /// <summary>
    /// Fixed pseudo-random inputs (SplitMix64, the same on every runtime) spanning several orders of magnitude, so that
    /// any change of summation order changes the rounding, with signed zeros and values that underflow.
    /// </summary>
    private sealed class Inputs(ulong seed)
    {
        private static readonly double[] Scales = { 0.01, 0.1, 1, 10, 100 };

        private ulong _state = seed;

        private ulong Next()
        {
            ulong z = _state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }

        private double Value()
        {
            ulong bits = Next();
            switch (bits & 31)
            {
                case 0: return -0.0;
                case 1: return 0.0;
                case 2: return 1e-39 * (bits % 7); // float subnormal range
            }

            double unit = (double)(bits >> 11) / (1UL << 53) * 2 - 1; // [-1, 1)
            return unit * Scales[(int)((bits >> 5) % 5)];
        }

        public float[] Floats(int length, float scale = 1)
        {
            var values = new float[length];
            for (int i = 0; i < length; i++)
            {
                values[i] = (float)Value() * scale;
            }

            return values;
        }

        public double[] Doubles(int length)
        {
            var values = new double[length];
            for (int i = 0; i < length; i++)
            {
                values[i] = Value();
            }

            return values;
        }
    }
}
