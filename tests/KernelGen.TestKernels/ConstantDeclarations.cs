using System;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Kernels whose weights are known at compile time, in every form the contract lists, next to the values as arrays
/// so that tests can give the reference interpreter (and the run-time kernels) the same numbers.
/// </summary>
public static partial class ConstantKernels
{
    // The tour's classic 0/1 filter, as a span property over a collection expression.
    private static ReadOnlySpan<float> ClassicFilter => [1, 0, 1, 0, 1, 0, 1, 0, 1];

    public static readonly float[] ClassicValues = [1, 0, 1, 0, 1, 0, 1, 0, 1];

    [Conv2D(1, 5, 5, 1, 3, 3, Weights = nameof(ClassicFilter))]
    public static partial void Classic(ReadOnlySpan<float> image, Span<float> output);

    // Sobel X as a T[,] filter, over image sizes (even and odd).
    private static readonly float[,] SobelXFilter = { { -1, 0, 1 }, { -2, 0, 2 }, { -1, 0, 1 } };

    public static readonly float[] SobelXValues = [-1, 0, 1, -2, 0, 2, -1, 0, 1];

    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Weights = nameof(SobelXFilter))]
    public static partial void SobelX480x640(ReadOnlySpan<float> image, Span<float> output);

    [Conv2D(1, 479, 641, 1, 3, 3, Padding = 1, Weights = nameof(SobelXFilter))]
    public static partial void SobelX479x641(ReadOnlySpan<float> image, Span<float> output);

    // A 5x5 Gaussian (binomial, sigma about 1) from constant arithmetic, as a new T[] in a span property.
    private const float G = 1f / 256;

    private static ReadOnlySpan<float> GaussianFilter => new float[]
    {
        1 * G, 4 * G, 6 * G, 4 * G, 1 * G,
        4 * G, 16 * G, 24 * G, 16 * G, 4 * G,
        6 * G, 24 * G, 36 * G, 24 * G, 6 * G,
        4 * G, 16 * G, 24 * G, 16 * G, 4 * G,
        1 * G, 4 * G, 6 * G, 4 * G, 1 * G,
    };

    public static readonly float[] GaussianValues =
    [
        1 * G, 4 * G, 6 * G, 4 * G, 1 * G, 4 * G, 16 * G, 24 * G, 16 * G, 4 * G, 6 * G, 24 * G, 36 * G, 24 * G, 6 * G,
        4 * G, 16 * G, 24 * G, 16 * G, 4 * G, 1 * G, 4 * G, 6 * G, 4 * G, 1 * G,
    ];

    [Conv2D(1, 64, 61, 1, 5, 5, Padding = 2, Weights = nameof(GaussianFilter))]
    public static partial void Gaussian(ReadOnlySpan<float> image, Span<float> output);

    // Image-sized, odd: banded input copy, and the separable row/column passes (Gaussian and box are rank 1).
    [Conv2D(1, 479, 641, 1, 5, 5, Padding = 2, Weights = nameof(GaussianFilter))]
    public static partial void GaussianLarge(ReadOnlySpan<float> image, Span<float> output);

    private const float B = 1f / 9;

    private static ReadOnlySpan<float> BoxFilter1 => [B, B, B, B, B, B, B, B, B];

    public static readonly float[] Box1Values = [B, B, B, B, B, B, B, B, B];

    [Conv2D(1, 479, 641, 1, 3, 3, Padding = 1, Weights = nameof(BoxFilter1), Bias = nameof(HalfBias), Activation = Activation.Sigmoid)]
    public static partial void BoxLarge(ReadOnlySpan<float> image, Span<float> output);

    private static ReadOnlySpan<float> HalfBias => [0.5f];

    // Stride 2 over a large image with a rank-1 filter: separable with a vertical stride, banded.
    [Conv2D(1, 601, 513, 1, 3, 3, Stride = 2, Padding = 1, Weights = nameof(SobelXFilter))]
    public static partial void SobelStride2(ReadOnlySpan<float> image, Span<float> output);

    // A depthwise 3x3 box over 3 channels in double, from a static readonly array (KGEN102 says it could be written),
    // with a constant bias from a getter.
    private const double N = 1.0 / 9;

#pragma warning disable KGEN102 // the test wants this form on purpose
    private static readonly double[] BoxFilter = { N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N };
#pragma warning restore KGEN102

    private static ReadOnlySpan<double> BoxBias { get { return new double[] { 0.5, 0, -0.5 }; } }

    public static readonly double[] BoxValues = { N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N };

    public static readonly double[] BoxBiasValues = { 0.5, 0, -0.5 };

    [Conv2D(3, 32, 30, 3, 3, 3, Groups = 3, Padding = 1, Weights = nameof(BoxFilter), Bias = nameof(BoxBias), Activation = Activation.Relu)]
    public static partial void Box(ReadOnlySpan<double> image, Span<double> output);

    // Run-time weights with a constant bias: (input, weights, output).
    [Conv2D(2, 9, 11, 4, 3, 3, Stride = 2, Padding = 1, Bias = nameof(FourBias))]
    public static partial void ConstantBiasOnly(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);

    private static ReadOnlySpan<float> FourBias => [1, -1, 0.25f, 0];

    public static readonly float[] FourBiasValues = [1, -1, 0.25f, 0];

    // A FIR low-pass: Conv1D(1, samples, 1, taps), the taps symmetric and half of them zero.
    private static ReadOnlySpan<float> LowPass =>
    [
        0f, -0.0005f, 0f, 0.0008f, 0f, -0.0014f, 0f, 0.0022f, 0f, -0.0034f, 0f, 0.005f, 0f, -0.0071f, 0f, 0.0099f,
        0f, -0.0136f, 0f, 0.0186f, 0f, -0.0255f, 0f, 0.0357f, 0f, -0.0522f, 0f, 0.0849f, 0f, -0.1786f, 0f, 0.5f,
        0f, -0.1786f, 0f, 0.0849f, 0f, -0.0522f, 0f, 0.0357f, 0f, -0.0255f, 0f, 0.0186f, 0f, -0.0136f, 0f, 0.0099f,
        0f, -0.0071f, 0f, 0.005f, 0f, -0.0034f, 0f, 0.0022f, 0f, -0.0014f, 0f, 0.0008f, 0f, -0.0005f, 0f,
    ];

    public static float[] LowPassValues => LowPass.ToArray();

    [Conv1D(1, 48000, 1, 63, Weights = nameof(LowPass))]
    public static partial void Fir(ReadOnlySpan<float> signal, Span<float> filtered);

    [Conv1D(1, 4801, 1, 63, Padding = 31, Weights = nameof(LowPass))]
    public static partial void FirSame(ReadOnlySpan<float> signal, Span<float> filtered);

    // MatMul with a constant b (a projection) and bias; Dense with constant weights; a dot product with a constant y.
    private static ReadOnlySpan<float> Projection =>
    [
        1, 0, 0, 0, 0, 0.5f, 0, -1, 0, 0, 0, 0,
        0, 1, 0, 0, 0.5f, 0, 0, 0, -1, 0, 2, 0,
        0, 0, 1, 0.5f, 0, 0, 0, 0, 0, -1, 0, 0,
        0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, -1,
        0, 0, 0, 0, 1, 0, 0, 0, 0, 0.25f, 0, 0,
    ];

    public static float[] ProjectionValues => Projection.ToArray();

    private static ReadOnlySpan<float> ProjectionBias => [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1];

    public static float[] ProjectionBiasValues => ProjectionBias.ToArray();

    [MatMul(7, 5, 12, Weights = nameof(Projection), Bias = nameof(ProjectionBias), Activation = Activation.Relu)]
    public static partial void Project(ReadOnlySpan<float> a, Span<float> c);

    [MatMul(7, 12, 5, TransposeB = true, Weights = nameof(Projection))]
    public static partial void ProjectTransposed(ReadOnlySpan<float> a, Span<float> c);

    [Dense(12, 5, Weights = nameof(Projection), Activation = Activation.Tanh)]
    public static partial void DenseConstant(ReadOnlySpan<float> input, ReadOnlySpan<float> bias, Span<float> output);

    private static ReadOnlySpan<double> Coefficients => [0.5, -0.25, 0.125, 0, 0, 1, -1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];

    public static double[] CoefficientsValues => Coefficients.ToArray();

    [DotProduct(20, Weights = nameof(Coefficients))]
    public static partial double DotConstant(ReadOnlySpan<double> x);
}
