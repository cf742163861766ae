using System;
using KernelGen;

namespace KernelGen.FilterBenchmarks;

/// <summary>The filters as KernelGen kernels: constant weights (folded), and Sobel X also with run-time weights.</summary>
public static partial class Filters
{
    public static readonly float[] SobelXValues = [-1, 0, 1, -2, 0, 2, -1, 0, 1];
    public static readonly float[] LaplacianValues = [0, 1, 0, 1, -4, 1, 0, 1, 0];
    public static readonly float[] BoxValues = [1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9, 1f / 9];

    /// <summary>The 5-tap Gaussian of sigma 1 as OpenCV's getGaussianKernel(5, 1) gives it, and its outer product.</summary>
    public static readonly float[] Gaussian1D = [0.05448868f, 0.24420134f, 0.40261995f, 0.24420134f, 0.05448868f];

    private static ReadOnlySpan<float> SobelX => [-1, 0, 1, -2, 0, 2, -1, 0, 1];
    private static ReadOnlySpan<float> Laplacian => [0, 1, 0, 1, -4, 1, 0, 1, 0];
    private const float B = 1f / 9;
    private static ReadOnlySpan<float> Box => [B, B, B, B, B, B, B, B, B];
    private const float G0 = 0.05448868f, G1 = 0.24420134f, G2 = 0.40261995f;
    private static ReadOnlySpan<float> Gaussian =>
    [
        G0 * G0, G0 * G1, G0 * G2, G0 * G1, G0 * G0,
        G1 * G0, G1 * G1, G1 * G2, G1 * G1, G1 * G0,
        G2 * G0, G2 * G1, G2 * G2, G2 * G1, G2 * G0,
        G1 * G0, G1 * G1, G1 * G2, G1 * G1, G1 * G0,
        G0 * G0, G0 * G1, G0 * G2, G0 * G1, G0 * G0,
    ];

    public static float[] GaussianValues => Gaussian.ToArray();

    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Weights = nameof(SobelX))] public static partial void SobelX_640(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1)] public static partial void RunTime3x3_640(ReadOnlySpan<float> image, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Weights = nameof(Laplacian))] public static partial void Laplacian_640(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Weights = nameof(Box))] public static partial void Box_640(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 480, 640, 1, 5, 5, Padding = 2, Weights = nameof(Gaussian))] public static partial void Gaussian_640(ReadOnlySpan<float> image, Span<float> output);

    [Conv2D(1, 480, 640, 1, 5, 5, Padding = 2)] public static partial void RunTime5x5_640(ReadOnlySpan<float> image, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(1, 1080, 1920, 1, 5, 5, Padding = 2)] public static partial void RunTime5x5_1920(ReadOnlySpan<float> image, ReadOnlySpan<float> weights, Span<float> output);

    // The 7x7 box the issue asks for: 49 equal weights, rank 1 (a row of ones x a column of ones, times 1/49).
    private const float B7 = 1f / 49;
    private static ReadOnlySpan<float> Box7 =>
    [
        B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7,
        B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7, B7,
    ];

    public static float[] Box7Values => Box7.ToArray();

    [Conv2D(1, 480, 640, 1, 7, 7, Padding = 3, Weights = nameof(Box7))] public static partial void Box7_640(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 1080, 1920, 1, 7, 7, Padding = 3, Weights = nameof(Box7))] public static partial void Box7_1920(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 480, 640, 1, 7, 7, Padding = 3)] public static partial void RunTime7x7_640(ReadOnlySpan<float> image, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(1, 1080, 1920, 1, 7, 7, Padding = 3)] public static partial void RunTime7x7_1920(ReadOnlySpan<float> image, ReadOnlySpan<float> weights, Span<float> output);

    [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1, Weights = nameof(SobelX))] public static partial void SobelX_1920(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1)] public static partial void RunTime3x3_1920(ReadOnlySpan<float> image, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1, Weights = nameof(Laplacian))] public static partial void Laplacian_1920(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1, Weights = nameof(Box))] public static partial void Box_1920(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 1080, 1920, 1, 5, 5, Padding = 2, Weights = nameof(Gaussian))] public static partial void Gaussian_1920(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 1080, 1920, 1, 5, 5, Padding = 2, Weights = nameof(Gaussian), Threads = 2)] public static partial void Gaussian_1920T2(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1, Weights = nameof(SobelX), Threads = 2)] public static partial void SobelX_1920T2(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 480, 640, 1, 5, 5, Padding = 2, Weights = nameof(Gaussian), Threads = 2)] public static partial void Gaussian_640T2(ReadOnlySpan<float> image, Span<float> output);
    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Weights = nameof(SobelX), Threads = 2)] public static partial void SobelX_640T2(ReadOnlySpan<float> image, Span<float> output);

    /// <summary>A 63-tap windowed-sinc low-pass (symmetric, so convolution and cross-correlation agree).</summary>
    public static float[] LowPassValues => LowPass.ToArray();

    private static ReadOnlySpan<float> LowPass =>
    [
        0f, -0.0005f, 0f, 0.0008f, 0f, -0.0014f, 0f, 0.0022f, 0f, -0.0034f, 0f, 0.005f, 0f, -0.0071f, 0f, 0.0099f,
        0f, -0.0136f, 0f, 0.0186f, 0f, -0.0255f, 0f, 0.0357f, 0f, -0.0522f, 0f, 0.0849f, 0f, -0.1786f, 0f, 0.5f,
        0f, -0.1786f, 0f, 0.0849f, 0f, -0.0522f, 0f, 0.0357f, 0f, -0.0255f, 0f, 0.0186f, 0f, -0.0136f, 0f, 0.0099f,
        0f, -0.0071f, 0f, 0.005f, 0f, -0.0034f, 0f, 0.0022f, 0f, -0.0014f, 0f, 0.0008f, 0f, -0.0005f, 0f,
    ];

    /// <summary>"Same" length output, as a streaming FIR gives (the first 31 outputs see the zero history).</summary>
    [Conv1D(1, 48000, 1, 63, Padding = 31, Weights = nameof(LowPass))] public static partial void Fir(ReadOnlySpan<float> signal, Span<float> output);
    [Conv1D(1, 48000, 1, 63, Padding = 31)] public static partial void FirRunTime(ReadOnlySpan<float> signal, ReadOnlySpan<float> taps, Span<float> output);
}
