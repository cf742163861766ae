using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// One test per diagnostic: the ID, the severity, and the exact text it points at (marked <c>[|...|]</c> in the
/// source). The generator must also emit nothing that fails to compile: a wrong declaration yields no file.
/// </summary>
public class DiagnosticTests
{
    private const string Usings = "using System;\nusing KernelGen;\nnamespace Demo;\n";

    public static IEnumerable<object[]> Cases() => new List<object[]>
    {
        new object[] { "KGEN001", "public static partial class K { [DotProduct(4)] public partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN001", "public static partial class K { [DotProduct(4)] public static float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y) => 0; }" },
        new object[] { "KGEN002", "public static partial class K { [DotProduct(4)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y) => 0; public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN003", "public static class K { [DotProduct(4)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN003", "public class Outer { public static partial class K { [DotProduct(4)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); } }" },
        new object[] { "KGEN004", "public static partial class K { [DotProduct(4)] public static partial float [|Dot|](ReadOnlySpan<float> x); }" },
        new object[] { "KGEN004", "public static partial class K { [DotProduct(4)] public static partial float [|Dot|](float[] x, float[] y); }" },
        new object[] { "KGEN004", "public static partial class K { [DotProduct(4)] public static partial float [|Dot|](ref ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN004", "public static partial class K { [DotProduct(4)] public static partial float [|Dot|]<T>(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN004", "public static partial class K { [Dense(4, 2)] public static partial void [|Layer|](ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN004", "public static partial class K { [Dense(4, 2)] public static partial float [|Layer|](ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN005", "public static partial class K { [DotProduct(4)] public static partial int [|Dot|](ReadOnlySpan<int> x, ReadOnlySpan<int> y); }" },
        new object[] { "KGEN005", "public static partial class K { [DotProduct(4)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<double> y); }" },
        new object[] { "KGEN006", "public static partial class K { [DotProduct([|0|])] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN006", "public static partial class K { [Dense(3, [|-2|])] public static partial void Layer(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN006", "public static partial class K { [CosineSimilarity([|0|])] public static partial float Cos(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN004", "public static partial class K { [CosineSimilarity(4)] public static partial float [|Cos|](ReadOnlySpan<float> x); }" },
        new object[] { "KGEN004", "public static partial class K { [CosineSimilarity(4)] public static partial void [|Cos|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN005", "public static partial class K { [CosineSimilarity(4)] public static partial float [|Cos|](ReadOnlySpan<float> x, ReadOnlySpan<double> y); }" },
        new object[] { "KGEN005", "public static partial class K { [CosineSimilarity(4)] public static partial int [|Cos|](ReadOnlySpan<int> x, ReadOnlySpan<int> y); }" },
        new object[] { "KGEN012", "public static partial class K { [CosineSimilarity(4, [|UnrollBudget = -1|])] public static partial float Cos(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN008", "public static partial class K { [CosineSimilarity(4), DotProduct(4)] public static partial float [|Cos|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN007", "public static partial class K { [[|Dense(65536, 65536)|]] public static partial void Layer(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN008", "public static partial class K { [DotProduct(4), Dense(2, 2)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN012", "public static partial class K { [DotProduct(4, [|UnrollBudget = -1|])] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN013", "public static partial class K { [DotProduct(4)] static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN013", "public static partial class K { [DotProduct(4)] static partial int [|Dot|](ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y); }" },
        new object[] { "KGEN014", "public static partial class K { [Dense(2, 2, [|Activation = (Activation)9|])] public static partial void Layer(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN006", "public static partial class K { [Conv2D(1, [|0|], 8, 1, 3, 3)] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN006", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, [|Stride = 0|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN006", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, [|DilationX = -1|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN006", "public static partial class K { [Conv2D(2, 8, 8, 2, 3, 3, [|Groups = 0|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN015", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, [|PaddingY = -1|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN016", "public static partial class K { [[|Conv2D(1, 4, 4, 1, 5, 5)|]] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN016", "public static partial class K { [[|Conv2D(1, 8, 8, 1, 3, 3, Dilation = 4)|]] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN017", "public static partial class K { [Conv2D(4, 8, 8, 6, 3, 3, [|Groups = 4|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN018", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, Stride = 2, [|StrideX = 1|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN018", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, [|PaddingY = 2|], Padding = 1)] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN007", "public static partial class K { [[|Conv2D(4096, 4096, 4096, 1, 3, 3)|]] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN004", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3)] public static partial void [|Conv|](ReadOnlySpan<float> x, ReadOnlySpan<float> w); }" },
        new object[] { "KGEN004", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3)] public static partial float [|Conv|](ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN005", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3)] public static partial void [|Conv|](ReadOnlySpan<float> x, ReadOnlySpan<double> w, Span<float> y); }" },
        new object[] { "KGEN014", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, [|Activation = (Activation)42|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN012", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, [|UnrollBudget = -5|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN006", "public static partial class K { [MatMul(4, [|0|], 4)] public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c); }" },
        new object[] { "KGEN006", "public static partial class K { [MatMul(4, 4, [|-1|])] public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c); }" },
        new object[] { "KGEN007", "public static partial class K { [[|MatMul(65536, 65536, 4)|]] public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c); }" },
        new object[] { "KGEN007", "public static partial class K { [[|MatMul(4, 65536, 65536, TransposeB = true)|]] public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c); }" },
        new object[] { "KGEN004", "public static partial class K { [MatMul(4, 4, 4)] public static partial void [|Gemm|](ReadOnlySpan<float> a, Span<float> c); }" },
        new object[] { "KGEN004", "public static partial class K { [MatMul(4, 4, 4)] public static partial void [|Gemm|](ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> c); }" },
        new object[] { "KGEN004", "public static partial class K { [MatMul(4, 4, 4)] public static partial float [|Gemm|](ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c); }" },
        new object[] { "KGEN005", "public static partial class K { [MatMul(4, 4, 4)] public static partial void [|Gemm|](ReadOnlySpan<float> a, ReadOnlySpan<double> b, Span<float> c); }" },
        new object[] { "KGEN014", "public static partial class K { [MatMul(2, 2, 2, [|Activation = (Activation)7|])] public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c); }" },
        new object[] { "KGEN008", "public static partial class K { [MatMul(2, 2, 2), Dense(2, 2)] public static partial void [|Gemm|](ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c); }" },
        new object[] { "KGEN006", "public static partial class K { [Dense(3, 2, [|Batch = 0|])] public static partial void Layer(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN007", "public static partial class K { [[|Dense(65536, 2, Batch = 65536)|]] public static partial void Layer(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN021", "public static partial class K { [Conv2D(1, 4, 200000, 1, 1, 100000)] public static partial void [|Conv|](ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN022", "public static partial class K { [Conv2D(1, 5, 5, 1, 3, 3, [|Weights = \"Missing\"|])] public static partial void Conv(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN023", "public static partial class K { ReadOnlySpan<float> F => [1, 2, 3]; [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN023", "public static partial class K { static float[] F = { 1, 2, 3 }; [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN023", "public static partial class K { static readonly float[] F = new float[3]; [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN023", "public static partial class K { static readonly float[] F; static K() { F = new float[3]; } [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN023", "public static partial class K { static ReadOnlySpan<float> F => Make(); static float[] Make() => new float[3]; [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN023", "public static partial class K { static float F(int i) => i; [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN023", "public static partial class K { static readonly System.Collections.Generic.List<float> F = new() { 1, 2, 3 }; [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN024", "public static partial class K { static float v = 2; static ReadOnlySpan<float> F => [1, [|v|], 3]; [DotProduct(3, Weights = nameof(F))] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN025", "public static partial class K { static ReadOnlySpan<double> F => [1, 2, 3]; [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN026", "public static partial class K { static ReadOnlySpan<float> F => [1, 2, 3]; [Conv2D(1, 5, 5, 1, 3, 3, [|Weights = nameof(F)|])] public static partial void Conv(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN026", "public static partial class K { static readonly float[,] F = { { 1, 2 }, { 3, 4 } }; [Conv2D(1, 5, 5, 1, 3, 3, [|Weights = nameof(F)|])] public static partial void Conv(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN027", "public static partial class K { static ReadOnlySpan<float> F => [1, 2, 3]; [DotProduct(3, Weights = nameof(F))] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN027", "public static partial class K { static ReadOnlySpan<float> B => [1, 2]; [Dense(3, 2, Bias = nameof(B))] public static partial void [|Layer|](ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y); }" },
        new object[] { "KGEN028", "public static partial class K { static readonly float[,] F = { { 1, 2, 3 }, { 1, 2, 3 }, { 1, 2, 3 } }; [Conv2D(2, 5, 5, 1, 3, 3, [|Weights = nameof(F)|])] public static partial void Conv(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN028", "public static partial class K { static readonly float[,] F = { { 1, 2, 3 } }; [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }" },
        new object[] { "KGEN006", "public static partial class K { [Conv1D(1, 100, 1, 3, [|Stride = 0|])] public static partial void Fir(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN015", "public static partial class K { [Conv1D(1, 100, 1, 3, [|Padding = -1|])] public static partial void Fir(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN016", "public static partial class K { [[|Conv1D(1, 4, 1, 5)|]] public static partial void Fir(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN017", "public static partial class K { [Conv1D(4, 10, 6, 3, [|Groups = 4|])] public static partial void Fir(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN004", "public static partial class K { [Conv1D(1, 10, 1, 3)] public static partial void [|Fir|](ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN029", "public static partial class K { [MaxPool2D(1, 8, 8, 2, 2, [|Padding = 2|])] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN029", "public static partial class K { [AvgPool2D(1, 8, 8, 3, 5, PaddingY = 1, [|PaddingX = 3|])] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN030", "public static partial class K { [AvgPool2D(1, 8, 8, 2, 2, [|Dilation = 2|])] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN030", "public static partial class K { [AvgPool2D(1, 8, 8, 2, 2, [|DilationX = 1|])] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN030", "public static partial class K { [MaxPool2D(1, 8, 8, 2, 2, [|CountIncludePad = false|])] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN016", "public static partial class K { [[|MaxPool2D(1, 3, 8, 4, 4)|]] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN016", "public static partial class K { [[|MaxPool2D(1, 8, 8, 3, 3, Dilation = 4)|]] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN006", "public static partial class K { [MaxPool2D(1, 8, [|0|], 2, 2)] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN006", "public static partial class K { [AvgPool2D(1, 8, 8, 2, 2, [|StrideY = 0|])] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN015", "public static partial class K { [MaxPool2D(1, 8, 8, 2, 2, [|Padding = -1|])] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN018", "public static partial class K { [MaxPool2D(1, 8, 8, 2, 2, Stride = 2, [|StrideX = 1|])] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN007", "public static partial class K { [[|AvgPool2D(65536, 65536, 4, 1, 1)|]] public static partial void Pool(ReadOnlySpan<float> x, Span<float> y); }" },
        new object[] { "KGEN004", "public static partial class K { [MaxPool2D(1, 8, 8, 2, 2)] public static partial void [|Pool|](ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN020", "file static partial class K { [DotProduct(16)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN033", "public static partial class K { [Conv2D(1, 8, 8, 1, 5, 5, [|Algorithm = ConvAlgorithm.Winograd|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN033", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 1, [|Algorithm = ConvAlgorithm.Winograd|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN033", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, Stride = 2, [|Algorithm = ConvAlgorithm.Winograd|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN033", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, [|Algorithm = ConvAlgorithm.Winograd|], DilationX = 2)] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN033", "public static partial class K { [Conv2D(4, 8, 8, 4, 3, 3, Groups = 4, [|Algorithm = ConvAlgorithm.Winograd|])] public static partial void Conv(ReadOnlySpan<double> x, ReadOnlySpan<double> w, Span<double> y); }" },
        new object[] { "KGEN034", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, [|Algorithm = (ConvAlgorithm)7|])] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        // integer kernels: zero points, activations, the overflow rule, signatures, scales
        new object[] { "KGEN035", "public static partial class K { [DotProduct(16, [|InputZeroPoint = 300|])] public static partial int Dot(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y); }" },
        new object[] { "KGEN035", "public static partial class K { [DotProduct(16, [|InputZeroPoint = 128|])] public static partial int Dot(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y); }" },
        new object[] { "KGEN035", "public static partial class K { [DotProduct(16, [|InputZeroPoint = 1|])] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }" },
        new object[] { "KGEN035", "public static partial class K { [Dense(16, 4, [|OutputZeroPoint = 1|])] public static partial void Layer(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, Span<int> y); }" },
        new object[] { "KGEN035", "public static partial class K { [Dense(16, 4, [|OutputZeroPoint = -129|])] public static partial void Layer(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<float> s, Span<sbyte> y); }" },
        new object[] { "KGEN036", "public static partial class K { [Dense(16, 4, [|Activation = Activation.Sigmoid|])] public static partial void Layer(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<float> s, Span<byte> y); }" },
        new object[] { "KGEN036", "public static partial class K { [Dense(16, 4, [|Activation = Activation.Step|])] public static partial void Layer(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> w, Span<int> y); }" },
        new object[] { "KGEN037", "public static partial class K { [[|DotProduct(65794)|]] public static partial int Dot(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y); }" },
        new object[] { "KGEN037", "public static partial class K { [[|Dense(70000, 2)|]] public static partial void Layer(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> w, Span<int> y); }" },
        new object[] { "KGEN004", "public static partial class K { [DotProduct(16)] public static partial int [|Dot|](ReadOnlySpan<byte> x, ReadOnlySpan<byte> y); }" },
        new object[] { "KGEN004", "public static partial class K { [DotProduct(16)] public static partial float [|Dot|](ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y); }" },
        new object[] { "KGEN004", "public static partial class K { [CosineSimilarity(16)] public static partial float [|Cos|](ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y); }" },
        new object[] { "KGEN004", "public static partial class K { [Dense(16, 4)] public static partial void [|Layer|](ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, Span<byte> y); }" },
        new object[] { "KGEN004", "public static partial class K { [Dense(16, 4)] public static partial void [|Layer|](ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<float> b, Span<float> s, Span<int> y); }" },
        new object[] { "KGEN004", "public static partial class K { [Dense(16, 4)] public static partial void [|Layer|](ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<float> s, Span<double> y); }" },
        new object[] { "KGEN005", "public static partial class K { [AvgPool2D(1, 4, 4, 2, 2)] public static partial void [|Pool|](ReadOnlySpan<byte> x, Span<byte> y); }" },
        new object[] { "KGEN004", "public static partial class K { [MaxPool2D(1, 4, 4, 2, 2)] public static partial void [|Pool|](ReadOnlySpan<byte> x, Span<sbyte> y); }" },
        new object[] { "KGEN028", "public static partial class K { static ReadOnlySpan<float> S => [1f, 1f]; [Dense(4, 2, [|Scale = nameof(S)|])] public static partial void Layer(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }" },
        new object[] { "KGEN028", "public static partial class K { static ReadOnlySpan<float> S => [1f, 1f]; [Dense(4, 2, [|Scale = nameof(S)|])] public static partial void Layer(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, Span<int> y); }" },
        new object[] { "KGEN025", "public static partial class K { static ReadOnlySpan<float> W => [1f, 1f, 1f, 1f]; [DotProduct(4, [|Weights = nameof(W)|])] public static partial int Dot(ReadOnlySpan<sbyte> x); }" },
        new object[] { "KGEN033", "public static partial class K { [Conv2D(1, 8, 8, 1, 3, 3, [|Algorithm = ConvAlgorithm.Winograd|])] public static partial void Conv(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, Span<int> y); }" },
        new object[] { "KGEN037", "public static partial class K { [[|Conv2D(8000, 9, 9, 1, 3, 3)|]] public static partial void Conv(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, Span<int> y); }" },
    };

    [Fact]
    public void Winograd_on_a_convolution_it_does_not_compute_names_everything_to_change()
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + "public static partial class K { [Conv2D(4, 9, 9, 4, 5, 3, Stride = 2, Dilation = 2, Groups = 2, Algorithm = ConvAlgorithm.Winograd)] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }");
        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "KGEN033");
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("a 5x3 filter, stride 2, dilation 2, Groups = 2", message);
        Assert.Contains("change the filter, Stride, Dilation, Groups", message);
    }

    [Fact]
    public void Winograd_composes_with_every_option_and_compiles()
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + """
            public static partial class K
            {
                static ReadOnlySpan<double> Filters => new double[] { 1, 2, 1, 0, 0, 0, -1, -2, -1, 0.5, 0, 0, 0, 0.5, 0, 0, 0, 0.5 };
                static readonly double[] Offsets = { 0.25, -1 };
                [Conv2D(1, 9, 7, 2, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Weights = nameof(Filters), Bias = nameof(Offsets), Batch = 3, Threads = 2, Activation = Activation.Sigmoid, Deterministic = true)]
                public static partial void Conv(ReadOnlySpan<double> x, Span<double> y);
                [Conv2D(3, 30, 30, 8, 3, 3, Algorithm = ConvAlgorithm.Winograd, Threads = 0, UnrollBudget = 16, Activation = Activation.Step)]
                internal static partial void Threaded(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y);
                [Conv2D(3, 30, 30, 8, 3, 3, Algorithm = ConvAlgorithm.Direct)]
                internal static partial void Direct(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);
            }
            """);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(3, run.Sources.Length);
        Assert.Empty(run.CompileDiagnostics);
        Assert.Contains(run.Sources, s => s.Source.Contains("Winograd: F(") && s.Source.Contains("computed at compile time"));
        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith("Direct.g.cs", System.StringComparison.Ordinal) && s.Source.Contains("Winograd: F("));
    }

    [Theory]
    [InlineData(Framework.Net10)]
    [InlineData(Framework.Net8)]
    public void Integer_kernels_compose_with_every_option_and_compile(Framework framework)
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation(new[] { Usings + """
            public static partial class K
            {
                static ReadOnlySpan<sbyte> W => [1, -2, 3, -4, 5, -6, 7, -8];
                static ReadOnlySpan<int> B => [10, -10];
                static ReadOnlySpan<float> S => [0.5f, 0.25f];
                [DotProduct(100, InputZeroPoint = 3)] public static partial int DotU(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y);
                [DotProduct(8, Weights = nameof(W))] public static partial int DotC(ReadOnlySpan<sbyte> x);
                [CosineSimilarity(384)] public static partial float Cos(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);
                [Dense(4, 2, InputZeroPoint = -1, OutputZeroPoint = 2, Weights = nameof(W), Bias = nameof(B), Scale = nameof(S), Activation = Activation.Relu)]
                public static partial void DenseC(ReadOnlySpan<sbyte> x, Span<sbyte> y);
                [Dense(300, 40, Batch = 3, Threads = 2, Activation = Activation.Tanh)]
                internal static partial void DenseF(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> s, Span<float> y);
                [Dense(20, 3, UnrollBudget = 1, Deterministic = true)]
                private static partial void DenseI(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> w, Span<int> y);
                static ReadOnlySpan<sbyte> F => [1, -2, 3, -4, 5, -6, 7, -8, 9, 1, -2, 3, -4, 5, -6, 7, -8, 9];
                static ReadOnlySpan<float> S1 => [0.125f];
                [Conv2D(2, 6, 6, 1, 3, 3, Padding = 1, InputZeroPoint = 9, Weights = nameof(F), Scale = nameof(S1), Batch = 2, Threads = 2)]
                public static partial void ConvC(ReadOnlySpan<byte> x, Span<byte> y);
                [Conv2D(16, 30, 30, 20, 3, 3, Stride = 2, Dilation = 2, Groups = 4, Activation = Activation.Sigmoid)]
                public static partial void ConvF(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> s, Span<float> y);
                [Conv1D(8, 100, 4, 5, Padding = 2, UnrollBudget = 4)]
                public static partial void Signal(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> w, Span<int> y);
                [MatMul(9, 4, 7, Weights = nameof(W28), OutputZeroPoint = 1, Threads = 2)]
                public static partial void Product(ReadOnlySpan<byte> a, ReadOnlySpan<float> s, Span<byte> c);
                static ReadOnlySpan<sbyte> W28 => [-127, -90, -53, -16, 21, 58, 95, -123, -86, -49, -12, 25, 62, 99, -119, -82, -45, -8, 29, 66, 103, -115, -78, -41, -4, 33, 70, 107];
                [MaxPool2D(3, 70, 70, 3, 3, StrideY = 1, StrideX = 1, Padding = 1, Batch = 2)]
                public static partial void Pool(ReadOnlySpan<sbyte> x, Span<sbyte> y);
            }
            """ }, framework);
        GeneratorRun run = GeneratorHarness.Run(compilation);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(11, run.Sources.Length);
        Assert.Empty(run.CompileDiagnostics);
        // .NET 8's AvxVnni is a preview API: only a later framework gets the VPDPBUSD path
        Assert.Equal(framework == Framework.Net10, run.Sources.Any(s => s.Source.Contains("AvxVnni.MultiplyWideningAndAdd")));
        Assert.All(run.Sources, s => Assert.Contains("// Numbers:  ", s.Source));
        Assert.DoesNotContain(run.Sources, s => s.Source.Contains("MultiplyAddAdjacent(global::System.Runtime.Intrinsics.Vector256<byte>"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Misuse_is_reported_at_the_offending_place(string id, string marked)
    {
        (string source, string expectedText) = Unmark(Usings + marked);
        GeneratorRun run = GeneratorHarness.Run(source);

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id.StartsWith("KGEN", System.StringComparison.Ordinal));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(expectedText, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        // nothing half-written: at most the refused method's implementation part, a body that throws, which keeps the
        // compiler's CS8795 away and compiles (no diagnostic of the compilation lands in a generated file)
        Assert.All(run.Sources, s => Assert.Contains($"throw new global::System.InvalidOperationException(\"KernelGen did not generate", s.Source));
        Assert.All(run.Sources, s => Assert.Contains(id, s.Source));
        Assert.DoesNotContain(run.CompileDiagnostics, d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
        if (run.Sources.Length > 0)
        {
            Assert.DoesNotContain(run.CompileDiagnostics, d => d.Id == "CS8795");
        }
    }

    [Fact]
    public void A_refused_kernel_shows_only_its_own_error()
    {
        // tried as a new user would: a Weights member that is not a compile-time constant (KGEN024), a conv without output channels (KGEN006)
        const string source = Usings + """
            public static partial class K
            {
                private static readonly float[] Scale = { System.MathF.Sqrt(2), 1 };
                [DotProduct(2, Weights = nameof(Scale))] public static partial float Dot(ReadOnlySpan<float> x);
                [Conv2D(1, 8, 8, 0, 3, 3)] public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.Equal(new[] { "KGEN006", "KGEN024" }, run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Empty(run.CompileDiagnostics); // no CS8795 beside the two KGEN errors, nothing else
        Assert.Equal(2, run.Sources.Length);
        Assert.Contains(run.Sources, s => s.Source.Contains("public static partial float Dot(global::System.ReadOnlySpan<float> x) =>"));
    }

    [Fact]
    public void A_matrix_product_with_k_1_and_a_tiny_budget_generates_unrolled()
    {
        // found by the fuzzer: the k loop of one step was halved to a body of 0 (DivideByZeroException, KGEN999)
        GeneratorRun run = GeneratorHarness.Run(Usings + "public static partial class K { [MatMul(67, 1, 31, UnrollBudget = 7)] public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c); }");
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Single(run.Sources);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData("[Conv1D(1, 2147483647, 1, 4, Activation = Activation.Tanh)] public static partial void Fir(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);")]
    [InlineData("[Conv2D(1, 1, 2147483647, 1, 1, 4)] public static partial void Conv(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);")]
    public void A_row_near_int_MaxValue_generates_code_that_compiles(string declaration)
    {
        // found by the fuzzer: the vector count of a 2^31 - 4 wide row wrapped, leaving a tile of no vectors
        GeneratorRun run = GeneratorHarness.Run(Usings + "public static partial class K { " + declaration + " }");
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Single(run.Sources);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void A_static_readonly_array_of_weights_is_an_info_KGEN102_and_still_generates()
    {
        (string source, string expectedText) = Unmark(Usings + "public static partial class K { static readonly float[] F = { 1, 0, -1 }; [DotProduct(3, [|Weights = nameof(F)|])] public static partial float Dot(ReadOnlySpan<float> x); }");
        GeneratorRun run = GeneratorHarness.Run(source);

        Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("KGEN102", d.Id);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal(expectedText, d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
        Assert.Contains("static ReadOnlySpan<float> F", d.GetMessage());
        Assert.Single(run.Sources);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Language_version_too_old_is_KGEN010_and_generates_nothing()
    {
        const string source = "using System;\nusing KernelGen;\nnamespace Demo { public static partial class K { [DotProduct(4)] public static partial void Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); } }";
        CSharpCompilation compilation = GeneratorHarness.Compilation(new[] { source }, version: LanguageVersion.CSharp8);
        GeneratorRun run = GeneratorHarness.Run(compilation);

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "KGEN010" && d.GetMessage().Contains("C# 8.0"));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Invalid_project_budget_is_KGEN012()
    {
        const string source = Usings + "public static partial class K { [DotProduct(4)] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }";
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { source }),
            new Dictionary<string, string> { ["KernelGenUnrollBudget"] = "lots" });

        Diagnostic d = Assert.Single(run.GeneratorDiagnostics, d => d.Id.StartsWith("KGEN", System.StringComparison.Ordinal));
        Assert.Equal("KGEN012", d.Id);
        Assert.Contains("'lots'", d.GetMessage());
        Assert.Single(run.Sources); // the kernel still generates, with the default budget
    }

    [Fact]
    public void Over_budget_kernel_is_generated_with_loops_and_an_info_KGEN100()
    {
        (string source, string expectedText) = Unmark(Usings + "public static partial class K { [DotProduct(4096, UnrollBudget = 32)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }");
        GeneratorRun run = GeneratorHarness.Run(source);

        Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("KGEN100", d.Id);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal(expectedText, d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
        Assert.Contains("256 multiply-adds", d.GetMessage());
        Assert.Contains("for (nuint __i", run.Sources.Single().Source);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData(null, "", false)]
    [InlineData("true", "", true)]
    [InlineData("True", "", true)]
    [InlineData(" TRUE ", "", true)]
    [InlineData("false", "", false)]
    [InlineData("yes", "", false)] // MSBuild's reading: only "true" is true
    [InlineData(null, ", Deterministic = true", true)]
    [InlineData("true", ", Deterministic = false", false)] // the attribute wins over the project
    [InlineData("false", ", Deterministic = true", true)]
    public void Project_deterministic_property_applies_when_the_attribute_sets_none(string? property, string attribute, bool deterministic)
    {
        string source = Usings + $"public static partial class K {{ [DotProduct(100{attribute})] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); [CosineSimilarity(64{attribute})] public static partial float Cos(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }}";
        var properties = property is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["KernelGenDeterministic"] = property };
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { source }), properties);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        Assert.Equal(2, run.Sources.Length);
        foreach (var file in run.Sources)
        {
            Assert.Equal(deterministic, file.Source.Contains("// Order:    deterministic", System.StringComparison.Ordinal));
            // a deterministic kernel never sums with Vector128.Sum (whose order is the hardware's) nor multiplies apart from adding
            Assert.Equal(deterministic, !file.Source.Contains("Vector128.Sum(", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_debug_build_with_kernels_gets_one_KGEN103_and_a_release_build_none()
    {
        const string source = Usings + "public static partial class K { [DotProduct(64)] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); [CosineSimilarity(8)] public static partial float Cos(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }";
        CSharpCompilation release = GeneratorHarness.Compilation(new[] { source });
        CSharpCompilation debug = release.WithOptions(release.Options.WithOptimizationLevel(OptimizationLevel.Debug));
        CSharpCompilation noKernels = GeneratorHarness.Compilation(new[] { Usings + "public static class Plain { }" });

        Diagnostic d = Assert.Single(GeneratorHarness.Run(debug).GeneratorDiagnostics);
        Assert.Equal("KGEN103", d.Id);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Contains("2 kernel(s)", d.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("-c Release", d.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Run(release).GeneratorDiagnostics);
        Assert.Empty(GeneratorHarness.Run(noKernels.WithOptions(noKernels.Options.WithOptimizationLevel(OptimizationLevel.Debug))).GeneratorDiagnostics);
    }

    [Fact]
    public void Project_budget_applies_when_the_attribute_sets_none()
    {
        const string source = Usings + "public static partial class K { [DotProduct(1024)] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }";
        GeneratorRun small = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { source }),
            new Dictionary<string, string> { ["KernelGenUnrollBudget"] = "32" });
        GeneratorRun large = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { source }),
            new Dictionary<string, string> { ["KernelGenUnrollBudget"] = "300" });

        Assert.Contains(small.GeneratorDiagnostics, d => d.Id == "KGEN100");
        Assert.Contains("// Budget:   32 multiply-adds", small.Sources.Single().Source);
        Assert.DoesNotContain(large.GeneratorDiagnostics, d => d.Id.StartsWith("KGEN", System.StringComparison.Ordinal));
        string unrolled = large.Sources.Single().Source;
        Assert.DoesNotContain("for (", unrolled[..unrolled.IndexOf("Scalar path", System.StringComparison.Ordinal)]); // the vector paths
    }

    [Theory]
    [InlineData("[DotProduct(2147483647, UnrollBudget = 2147483647)] public static partial double K(ReadOnlySpan<double> x, ReadOnlySpan<double> y);")]
    [InlineData("[Dense(1048576, 39, UnrollBudget = 2147483647)] public static partial void K(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);")]
    [InlineData("[Conv2D(100000000, 1, 1, 1, 1, 1, UnrollBudget = 2147483647)] public static partial void K(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);")]
    [InlineData("[MatMul(3000, 700000, 1, UnrollBudget = 2147483647)] public static partial void K(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);")]
    [InlineData("[MatMul(40000, 50000, 1, TransposeB = true, UnrollBudget = 2147483647)] public static partial void K(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);")]
    [InlineData("[MatMul(1, 40000, 50000, UnrollBudget = 2147483647)] public static partial void K(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);")]
    public void Huge_sizes_with_a_huge_budget_still_generate_small_code(string declaration)
    {
        // Found by the fuzzer: the IL estimate overflowed int, the cap let everything through, the generator ran out of memory.
        GeneratorRun run = GeneratorHarness.Run(Usings + "public static partial class Huge { " + declaration + " }");

        Assert.Empty(run.CompileDiagnostics);
        string source = Assert.Single(run.Sources).Source;
        Assert.True(source.Length < 1_000_000, $"{source.Length} characters generated");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "KGEN101");
    }

    [Fact]
    public void A_budget_the_JIT_could_not_optimize_is_capped_with_KGEN101()
    {
        const string source = Usings + "public static partial class K { [DotProduct(4096, [|UnrollBudget = 5000|])] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); }";
        GeneratorRun run = GeneratorHarness.Run(source.Replace("[|", "").Replace("|]", ""));

        Diagnostic d = Assert.Single(run.GeneratorDiagnostics, d => d.Id.StartsWith("KGEN", System.StringComparison.Ordinal));
        Assert.Equal("KGEN101", d.Id);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Contains("asks for an unroll budget of 5000", d.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("for (", run.Sources.Single().Source);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Diagnostics_point_into_the_source_tree_so_pragmas_can_suppress_them()
    {
        const string source = Usings + "public static partial class K {\n[DotProduct(4096, UnrollBudget = 32)] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y);\n}";
        GeneratorRun run = GeneratorHarness.Run(source);

        Location location = run.GeneratorDiagnostics.Single(d => d.Id == "KGEN100").Location;
        Assert.True(location.IsInSource);
        Assert.Same(run.Output.SyntaxTrees.First(), location.SourceTree);
    }

    internal static (string Source, string Marked) Unmark(string marked)
    {
        int start = marked.IndexOf("[|", System.StringComparison.Ordinal);
        int end = marked.IndexOf("|]", System.StringComparison.Ordinal);
        string text = marked.Substring(start + 2, end - start - 2);
        return (marked.Remove(end, 2).Remove(start, 2), text);
    }
}
