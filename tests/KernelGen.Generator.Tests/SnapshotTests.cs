using System.Linq;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// Pins the generated source for a representative set of declarations: each kind and element type, each activation,
/// nested, generic and record containers, the global namespace, a net8.0 consumer, and awkward parameter names.
/// Every case must also compile with warnings as errors.
/// </summary>
public class SnapshotTests
{
    [Theory]
    [InlineData("Dot27_Float", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [DotProduct(27)]
            public static partial float Dot27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
        }
        """)]
    [InlineData("Dot3_Double_ScalarOnly", """
        using System;
        using KernelGen;
        namespace Demo;
        internal static partial class Kernels
        {
            [DotProduct(3)]
            internal static partial double Dot3(ReadOnlySpan<double> a, ReadOnlySpan<double> b);
        }
        """)]
    [InlineData("Dot100_Double", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [DotProduct(100)]
            public static partial double Dot100(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
        }
        """)]
    [InlineData("Dot1030_Float_Budget64", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [DotProduct(1030, UnrollBudget = 64)]
            public static partial float Dot1030(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
        }
        """)]
    [InlineData("Dot100_Float_Deterministic", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [DotProduct(100, Deterministic = true)]
            public static partial float Dot100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
        }
        """)]
    [InlineData("Dot1030_Float_Deterministic_Budget64", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [DotProduct(1030, UnrollBudget = 64, Deterministic = true)]
            public static partial float Dot1030(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
        }
        """)]
    [InlineData("Dot10_Double_Deterministic", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [DotProduct(10, Deterministic = true)]
            public static partial double Dot10(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
        }
        """)]
    [InlineData("Cosine384_Float", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [CosineSimilarity(384)]
            public static partial float Similarity(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
        }
        """)]
    [InlineData("Dot100_SByte", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [DotProduct(100)]
            public static partial int Dot(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);
        }
        """)]
    [InlineData("Dense40x6_Byte_Requantized_ZeroPoints", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Dense(40, 6, InputZeroPoint = 128, OutputZeroPoint = -5, Activation = Activation.Relu)]
            public static partial void Layer(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> scale, Span<sbyte> y);
        }
        """)]
    [InlineData("MaxPool16x8x8_2x2_Byte_Gather", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [MaxPool2D(16, 8, 8, 2, 2)]
            public static partial void Pool(ReadOnlySpan<byte> input, Span<byte> output);
        }
        """)]
    [InlineData("Conv16x4x4_32_Byte_Gather_Requantized", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, OutputZeroPoint = 2)]
            public static partial void Digits(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> scale, Span<byte> y);
        }
        """)]
    [InlineData("Conv16x4x4_32_Byte_Tiles_Requantized", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, InputZeroPoint = 3, OutputZeroPoint = 2)]
            public static partial void Digits(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> scale, Span<byte> y);
        }
        """)]
    [InlineData("MatMul6x20x24_SByte_Tiles_Threads2", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [MatMul(6, 20, 24, InputZeroPoint = -5, Threads = 2)]
            public static partial void Product(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, ReadOnlySpan<int> bias, Span<int> c);
        }
        """)]
    [InlineData("Cosine3_Float_ScalarOnly", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [CosineSimilarity(3)]
            public static partial float Similarity(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
        }
        """)]
    [InlineData("Cosine100_Double_Deterministic", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [CosineSimilarity(100, Deterministic = true)]
            public static partial double Similarity(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
        }
        """)]
    [InlineData("Dense20x12_Tanh_Deterministic", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Dense(20, 12, Activation = Activation.Tanh, Deterministic = true)]
            public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("MatMul9x33x7_TransposeB_Sigmoid_Deterministic", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [MatMul(9, 33, 7, TransposeB = true, Activation = Activation.Sigmoid, Deterministic = true)]
            public static partial void Product(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
        }
        """)]
    [InlineData("Conv4x17x19_6_3x3_Stride2_Pad1_Double_Deterministic", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Conv2D(4, 17, 19, 6, 3, 3, Stride = 2, Padding = 1, Deterministic = true)]
            public static partial void Conv(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
        }
        """)]
    [InlineData("AvgPool8x17x19_3x3_Stride2_Pad1_Deterministic", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [AvgPool2D(8, 17, 19, 3, 3, Stride = 2, Padding = 1, Deterministic = true)]
            public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
        }
        """)]
    [InlineData("Dense64x33_Relu_NestedGeneric", """
        using System;
        using KernelGen;
        namespace Demo.Models
        {
            public partial class Outer<T> where T : class
            {
                private partial struct Inner<U>
                {
                    [Dense(64, 33, Activation = Activation.Relu)]
                    public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                }
            }
        }
        """)]
    [InlineData("Dense3x2_Tanh_Double_NoBias_GlobalNamespace", """
        using System;
        using KernelGen;
        static partial class GlobalKernels
        {
            [Dense(3, 2, Activation = Activation.Tanh)]
            static partial void Tiny(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
        }
        """)]
    [InlineData("Dense20x12_Sigmoid_Record", """
        using System;
        using KernelGen;
        namespace Demo;
        public partial record Network
        {
            [Dense(20, 12, Activation = Activation.Sigmoid)]
            public static partial void Hidden(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Dense2x1_Step_Perceptron", """
        using System;
        using KernelGen;
        namespace Demo;
        public partial record struct Perceptron
        {
            [Dense(2, 1, Activation = Activation.Step)]
            public static partial void Classify(ReadOnlySpan<float> point, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Dense784x10_None_Double", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Dense(784, 10)]
            public static partial void Logits(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
        }
        """)]
    [InlineData("Dot20_AwkwardParameterNames", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [DotProduct(20)]
            public static partial float Dot(ReadOnlySpan<float> @class, ReadOnlySpan<float> __x);
        }
        """)]
    [InlineData("Conv5x5_3x3_Classic_NoBias", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Filters
        {
            [Conv2D(1, 5, 5, 1, 3, 3)]
            public static partial void Classic(ReadOnlySpan<float> image, ReadOnlySpan<float> filter, Span<float> output);
        }
        """)]
    [InlineData("Const_Conv5x5_3x3_Classic", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Filters
        {
            static ReadOnlySpan<float> ClassicFilter => [1, 0, 1, 0, 1, 0, 1, 0, 1];

            [Conv2D(1, 5, 5, 1, 3, 3, Weights = nameof(ClassicFilter))]
            public static partial void Classic(ReadOnlySpan<float> image, Span<float> output);
        }
        """)]
    [InlineData("Const_Conv480x640_SobelX_Pad1", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Filters
        {
            static readonly float[,] SobelXFilter = { { -1, 0, 1 }, { -2, 0, 2 }, { -1, 0, 1 } };

            [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Weights = nameof(SobelXFilter))]
            public static partial void SobelX(ReadOnlySpan<float> image, Span<float> output);
        }
        """)]
    [InlineData("Const_Conv64x64_Gaussian5x5_Pad2", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Filters
        {
            const float S = 1f / 256;
            static ReadOnlySpan<float> Gaussian => [
                1 * S, 4 * S, 6 * S, 4 * S, 1 * S,
                4 * S, 16 * S, 24 * S, 16 * S, 4 * S,
                6 * S, 24 * S, 36 * S, 24 * S, 6 * S,
                4 * S, 16 * S, 24 * S, 16 * S, 4 * S,
                1 * S, 4 * S, 6 * S, 4 * S, 1 * S];

            [Conv2D(1, 64, 64, 1, 5, 5, Padding = 2, Weights = nameof(Gaussian))]
            public static partial void Blur(ReadOnlySpan<float> image, Span<float> output);
        }
        """)]
    [InlineData("Const_Conv3x32x32_Box3x3_Depthwise_Double", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Filters
        {
            const double N = 1.0 / 9;
            static ReadOnlySpan<double> Box => [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N];

            [Conv2D(3, 32, 32, 3, 3, 3, Groups = 3, Padding = 1, Weights = nameof(Box))]
            public static partial void BoxBlur(ReadOnlySpan<double> image, Span<double> output);
        }
        """)]
    [InlineData("Const_MatMul4x8x16_B_Bias_Relu", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Layers
        {
            static ReadOnlySpan<float> Projection => [
                1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5f,
                0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5f, 0,
                0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5f, 0, 0,
                0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0.5f, 0, 0, 0,
                0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0.5f, 0, 0, 0, 0,
                0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0.5f, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, -1, 0, 0, 0.5f, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, -1, 0.5f, 0, 0, 0, 0, 0, 0, 0];
            static readonly float[] Offsets = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };

            [MatMul(4, 8, 16, Weights = nameof(Projection), Bias = nameof(Offsets), Activation = Activation.Relu)]
            public static partial void Project(ReadOnlySpan<float> a, Span<float> c);
        }
        """)]
    [InlineData("Const_Dot8_Double_Weights", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            static ReadOnlySpan<double> Coefficients => [0.5, -0.25, 0.125, 0, 0, 1, -1, 2];

            [DotProduct(8, Weights = nameof(Coefficients))]
            public static partial double Horner(ReadOnlySpan<double> x);
        }
        """)]
    [InlineData("Const_Conv1D_Fir63_48000", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Audio
        {
            // a 63-tap windowed-sinc low-pass at a quarter of the sampling rate (rounded coefficients)
            static ReadOnlySpan<float> LowPass => [
                0f, -0.0005f, 0f, 0.0008f, 0f, -0.0014f, 0f, 0.0022f, 0f, -0.0034f, 0f, 0.005f, 0f, -0.0071f, 0f, 0.0099f,
                0f, -0.0136f, 0f, 0.0186f, 0f, -0.0255f, 0f, 0.0357f, 0f, -0.0522f, 0f, 0.0849f, 0f, -0.1786f, 0f, 0.5f,
                0f, -0.1786f, 0f, 0.0849f, 0f, -0.0522f, 0f, 0.0357f, 0f, -0.0255f, 0f, 0.0186f, 0f, -0.0136f, 0f, 0.0099f,
                0f, -0.0071f, 0f, 0.005f, 0f, -0.0034f, 0f, 0.0022f, 0f, -0.0014f, 0f, 0.0008f, 0f, -0.0005f, 0f];

            [Conv1D(1, 48000, 1, 63, Weights = nameof(LowPass))]
            public static partial void Fir(ReadOnlySpan<float> signal, Span<float> filtered);
        }
        """)]
    [InlineData("MaxPool16x8x8_2x2", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [MaxPool2D(16, 8, 8, 2, 2)]
            public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
        }
        """)]
    [InlineData("MaxPool3x32x33_3x3_Stride1_Pad1", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [MaxPool2D(3, 32, 33, 3, 3, Stride = 1, Padding = 1)]
            public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
        }
        """)]
    [InlineData("MaxPool64x56x56_3x3_Stride2_Pad1_CeilMode", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1, CeilMode = true)]
            public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
        }
        """)]
    [InlineData("MaxPool2x20x20_3x3_Dilation2_Double", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [MaxPool2D(2, 20, 20, 3, 3, Stride = 1, Dilation = 2)]
            public static partial void Pool(ReadOnlySpan<double> input, Span<double> output);
        }
        """)]
    [InlineData("AvgPool3x7x9_2x2_CeilMode_Double", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [AvgPool2D(3, 7, 9, 2, 2, CeilMode = true)]
            public static partial void Pool(ReadOnlySpan<double> input, Span<double> output);
        }
        """)]
    [InlineData("AvgPool8x24x40_3x3_Stride2_Pad1_NoPadCount", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [AvgPool2D(8, 24, 40, 3, 3, Stride = 2, Padding = 1, CountIncludePad = false)]
            public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
        }
        """)]
    [InlineData("AvgPool1x30x30_3x3_Stride3_ScalarOnly", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [AvgPool2D(1, 30, 30, 3, 3)]
            public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
        }
        """)]
    [InlineData("Winograd8x24x24_8_3x3_Pad1_Relu_F4x4", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class ResNet
        {
            [Conv2D(8, 24, 24, 8, 3, 3, Padding = 1, Activation = Activation.Relu, Algorithm = ConvAlgorithm.Winograd)]
            public static partial void Block(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Winograd_Const2x6x6_2_3x3_Double_Batch2_Threads2_F2x2", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Filters
        {
            static ReadOnlySpan<double> Pair => new double[] { 1, 2, 1, 0, 0, 0, -1, -2, -1, 0.5, 0, 0, 0, 0.5, 0, 0, 0, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0 };
            [Conv2D(2, 6, 6, 2, 3, 3, Weights = nameof(Pair), Algorithm = ConvAlgorithm.Winograd, Batch = 2, Threads = 2)]
            public static partial void Smooth(ReadOnlySpan<double> image, Span<double> output);
        }
        """)]
    [InlineData("Conv16x4x4_32_3x3_Pad1_Relu_SmallPlane", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Digits
        {
            [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu)]
            public static partial void Conv2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Conv8x7x7_12_3x3_Pad1_Sigmoid_Double_SmallPlane", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [Conv2D(8, 7, 7, 12, 3, 3, Padding = 1, Activation = Activation.Sigmoid)]
            public static partial void Late(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
        }
        """)]
    [InlineData("MaxPool3x100x100_7x7_Pad3_CompactBorders", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [MaxPool2D(3, 100, 100, 7, 7, Stride = 1, Padding = 3)]
            public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
        }
        """)]
    [InlineData("Conv1D_3x100_8x5_Stride2_Pad2_Relu_Double", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Audio
        {
            [Conv1D(3, 100, 8, 5, Stride = 2, Padding = 2, Activation = Activation.Relu)]
            public static partial void Features(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
        }
        """)]
    [InlineData("Conv3x32x32_16_3x3_Pad1_Relu", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Activation = Activation.Relu)]
            public static partial void Conv1(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Conv3x5x5_2_3x3_Stride2_Pad1_Double", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [Conv2D(3, 5, 5, 2, 3, 3, Stride = 2, Padding = 1)]
            public static partial void Strided(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
        }
        """)]
    [InlineData("Conv8x20x20_Depthwise_Dilation2_Tanh", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [Conv2D(8, 20, 20, 8, 3, 3, Dilation = 2, PaddingY = 2, PaddingX = 1, Groups = 8, Activation = Activation.Tanh)]
            public static partial void Depthwise(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Conv16x12x12_32_3x3_Budget64_Looped", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [Conv2D(16, 12, 12, 32, 3, 3, Groups = 2, UnrollBudget = 64, Activation = Activation.Sigmoid)]
            public static partial void Grouped(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Conv3x40x36_8_7x7_Stride2_Pad3_TapGroups", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Cnn
        {
            [Conv2D(3, 40, 36, 8, 7, 7, Stride = 2, Padding = 3)]
            public static partial void Stem(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("MatMul16x32x8_Float_Bias", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Gemm
        {
            [MatMul(16, 32, 8)]
            public static partial void Multiply(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
        }
        """)]
    [InlineData("MatMul17x19x23_Relu_Edges", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Gemm
        {
            [MatMul(17, 19, 23, Activation = Activation.Relu)]
            public static partial void Edges(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
        }
        """)]
    [InlineData("MatMul64x64x64_Double_NoBias_Looped", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Gemm
        {
            [MatMul(64, 64, 64)]
            public static partial void Square(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
        }
        """)]
    [InlineData("MatMul6x20x5_TransposeB_Tanh_Double", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Gemm
        {
            [MatMul(6, 20, 5, TransposeB = true, Activation = Activation.Tanh)]
            public static partial void Linear(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
        }
        """)]
    [InlineData("MatMul3x3x3_Graphics_ScalarOnly", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Gemm
        {
            [MatMul(3, 3, 3)]
            public static partial void Rotate(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
        }
        """)]
    [InlineData("Conv64x56x56_16_3x3_Pad1_Threads2_Banded", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Conv2D(64, 56, 56, 16, 3, 3, Padding = 1, Threads = 2)]
            public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Conv96x7x7_64_3x3_Pad1_Threads2_ChannelLanes", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Conv2D(96, 7, 7, 64, 3, 3, Padding = 1, Activation = Activation.Relu, Threads = 2)]
            public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Conv8x3x3_16_3x3_Pad1_Batch32_Threads2_BatchLanes", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Conv2D(8, 3, 3, 16, 3, 3, Padding = 1, Activation = Activation.Tanh, Batch = 32, Threads = 2)]
            public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Conv384x7x7_32_3x3_Pad1_ChannelLanes_InputBlocks", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Conv2D(384, 7, 7, 32, 3, 3, Padding = 1, Activation = Activation.Tanh)]
            public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("Conv8x2x8_16_3x3_Pad1_Batch6_Threads2_Folded", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [Conv2D(8, 2, 8, 16, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 6, Threads = 2)]
            public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    [InlineData("MaxPool16x8x8_2x2_Batch4", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [MaxPool2D(16, 8, 8, 2, 2, Batch = 4)]
            public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
        }
        """)]
    [InlineData("MatMul400x100x90_PackedPanels_Threads2", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [MatMul(400, 100, 90, Threads = 2)]
            public static partial void Gemm(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
        }
        """)]
    [InlineData("MatMul96x64x80_Relu_Threads3", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [MatMul(96, 64, 80, Activation = Activation.Relu, Threads = 3)]
            public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
        }
        """)]
    [InlineData("Dense20x12_Batch8_Sigmoid", """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Network
        {
            [Dense(20, 12, Batch = 8, Activation = Activation.Sigmoid)]
            public static partial void Hidden(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """)]
    public void Generated_source_matches_snapshot(string name, string source)
    {
        GeneratorRun run = GeneratorHarness.Run(source);

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.Empty(run.CompileDiagnostics);
        Assert.Single(run.Sources);
        Snapshot.Verify(run.Sources[0].Source, name);
    }

    [Fact]
    public void Net8_consumer_gets_x86_fused_multiply_adds_and_compiles()
    {
        const string source = """
            using System;
            using KernelGen;
            namespace Demo;
            public static partial class Kernels
            {
                [DotProduct(75)]
                public static partial float Dot75(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { source }, Framework.Net8));

        Assert.Empty(run.CompileDiagnostics);
        string generated = run.Sources.Single().Source;
        Assert.DoesNotContain("Vector256.FusedMultiplyAdd", generated);
        Assert.Contains("Fma.MultiplyAdd", generated);
        Snapshot.Verify(generated, "Dot75_Float_Net8");
    }
}
