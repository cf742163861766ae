using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// The kernels this project declares, as data: <c>Declarations.cs</c> is written from it (and a test fails when the
/// file is out of date; run with <c>KERNELGEN_ACCEPT=1</c> to rewrite it). The real build's generator compiles them.
/// </summary>
public static class KernelCatalog
{
    /// <summary>Every dot product length declared: 1 to 300 (every tail, accumulator count and unroll), then long vectors.</summary>
    public static readonly int[] DotLengths = Enumerable.Range(1, 300).Concat(new[] { 1024, 4096, 4099 }).ToArray();

    /// <summary>
    /// The dot products the net8.0 build compiles too: every tail of a Vector512 of floats, the loop, long vectors. The
    /// rest of the sweep is net10.0 only (<c>#if NET9_0_OR_GREATER</c>): net8.0's code differs only in its FMA
    /// intrinsics, which these lengths all reach, and the whole sweep doubles that build's compile time in CI.
    /// </summary>
    public static readonly int[] Net8DotLengths = Enumerable.Range(1, 40).Concat(new[] { 47, 63, 64, 65, 100, 129, 255, 256, 257, 288, 300, 1024, 4096, 4099 }).ToArray();

    /// <summary>The dot product lengths this build of the kernels has.</summary>
    public static int[] CompiledDotLengths =>
#if NET9_0_OR_GREATER
        DotLengths;
#else
        Net8DotLengths;
#endif

    public static readonly (int Inputs, int Outputs)[] DenseShapes =
    {
        (1, 1), (3, 2), (784, 10), (64, 33), (2, 1), (5, 17), (16, 16), (33, 64), (100, 7), (1, 20), (20, 1), (9, 9), (47, 3), (256, 256),
    };

    public static readonly string[] Activations = { "None", "Relu", "Sigmoid", "Tanh", "Step" };

    public static IEnumerable<(int Inputs, int Outputs, string Activation, bool Bias)> DenseKernels() =>
        from shape in DenseShapes
        from activation in Activations
        from bias in new[] { true, false }
        where bias || activation is "None" or "Relu" or "Step"
        select (shape.Inputs, shape.Outputs, activation, bias);

    /// <summary>A declared convolution: its shape, activation and bias, and the attribute text that declares it.</summary>
    public sealed record ConvDecl(string Name, Conv2DShape Shape, string Activation, bool Bias, bool Deterministic = false)
    {
        public string Attribute
        {
            get
            {
                var s = Shape;
                var parts = new List<string> { $"{s.InChannels}, {s.Height}, {s.Width}, {s.OutChannels}, {s.KernelHeight}, {s.KernelWidth}" };
                void Axis(string name, int y, int x, int none)
                {
                    if (y == x && y != none)
                    {
                        parts.Add($"{name} = {y}");
                    }
                    else if (y != x)
                    {
                        parts.Add($"{name}Y = {y}, {name}X = {x}");
                    }
                }

                Axis("Stride", s.StrideY, s.StrideX, 1);
                Axis("Padding", s.PaddingY, s.PaddingX, 0);
                Axis("Dilation", s.DilationY, s.DilationX, 1);
                if (s.Groups != 1)
                {
                    parts.Add($"Groups = {s.Groups}");
                }

                if (Activation != "None")
                {
                    parts.Add($"Activation = Activation.{Activation}");
                }

                if (Deterministic)
                {
                    parts.Add("Deterministic = true");
                }

                return $"Conv2D({string.Join(", ", parts)})";
            }
        }
    }

    /// <summary>
    /// Convolutions crossing filter sizes (1x1, 3x3, 5x5, 7x7, 1x3, 5x1), strides 1-3 and per axis, padding 0-3 and per
    /// axis, dilation 1-2, groups 1, 2 and depthwise, channels 1, 3, 4, 16, 17, 64, non-square images, every activation,
    /// with and without bias.
    /// </summary>
    public static IReadOnlyList<ConvDecl> ConvKernels()
    {
        var shapes = new (string Name, Conv2DShape Shape)[]
        {
            ("Classic5x5", new(1, 5, 5, 1, 3, 3)),
            ("Classic3x5x5S2P1", new(3, 5, 5, 2, 3, 3, StrideY: 2, StrideX: 2, PaddingY: 1, PaddingX: 1)),
            ("Pointwise16to17", new(16, 8, 8, 17, 1, 1)),
            ("K3P1C3to16", new(3, 32, 32, 16, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("K5C1to8", new(1, 28, 28, 8, 5, 5)),
            ("K7S2P3", new(3, 40, 36, 8, 7, 7, StrideY: 2, StrideX: 2, PaddingY: 3, PaddingX: 3)),
            ("K1x3PX1", new(4, 9, 13, 4, 1, 3, PaddingX: 1)),
            ("K5x1PY2", new(4, 13, 9, 6, 5, 1, PaddingY: 2)),
            ("StrideY2X3", new(3, 17, 19, 5, 3, 3, StrideY: 2, StrideX: 3, PaddingY: 1, PaddingX: 1)),
            ("Stride3", new(2, 20, 20, 4, 3, 3, StrideY: 3, StrideX: 3)),
            ("PaddingY3X2", new(3, 10, 14, 4, 3, 5, PaddingY: 3, PaddingX: 2)),
            ("Dilation2", new(3, 16, 16, 4, 3, 3, PaddingY: 2, PaddingX: 2, DilationY: 2, DilationX: 2)),
            ("DilationY2", new(2, 12, 15, 3, 3, 3, PaddingY: 1, PaddingX: 1, DilationY: 2, DilationX: 1)),
            ("Groups2", new(4, 10, 10, 6, 3, 3, PaddingY: 1, PaddingX: 1, Groups: 2)),
            ("Depthwise16", new(16, 14, 14, 16, 3, 3, PaddingY: 1, PaddingX: 1, Groups: 16)),
            ("Depthwise17S2", new(17, 9, 11, 17, 3, 3, StrideY: 2, StrideX: 2, PaddingY: 1, PaddingX: 1, Groups: 17)),
            ("C64", new(64, 8, 8, 64, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("C17to4", new(17, 7, 9, 4, 3, 3)),
            ("Wide70", new(3, 20, 70, 4, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("Image480x640", new(1, 480, 640, 1, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("Image479x641", new(1, 479, 641, 1, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("Image479x641K5To2", new(1, 479, 641, 2, 5, 5, PaddingY: 2, PaddingX: 2)),
            ("BandedS2D2", new(2, 400, 300, 3, 3, 3, StrideY: 2, StrideX: 2, PaddingY: 2, PaddingX: 2, DilationY: 2, DilationX: 2)),
            ("BandedC3K5", new(3, 260, 280, 4, 5, 5, PaddingY: 2, PaddingX: 2)),
            ("BandedStrideY3", new(1, 600, 400, 2, 3, 3, StrideY: 3, StrideX: 1, PaddingY: 1, PaddingX: 1)),
            ("OneOutput", new(2, 3, 3, 3, 3, 3)),
            ("AllOnes", new(1, 1, 1, 1, 1, 1)),
            ("Narrow", new(2, 6, 3, 2, 3, 3)),
            ("Stride2P0", new(3, 11, 11, 4, 3, 3, StrideY: 2, StrideX: 2)),
            ("FilterOverPadding", new(1, 2, 2, 1, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("GroupsStrideDilation", new(6, 15, 15, 6, 3, 3, StrideY: 2, StrideX: 2, PaddingY: 2, PaddingX: 2, DilationY: 2, DilationX: 2, Groups: 3)),
            ("Tall", new(3, 33, 8, 8, 3, 3, PaddingY: 1, PaddingX: 1)),
            // small output planes, computed as one matrix product over the flat plane (the plane plan)
            ("PlaneDigits16x4x4To32", new(16, 4, 4, 32, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("Plane7x7To12", new(8, 7, 7, 12, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("PlaneStrideY2DilatedX", new(4, 13, 9, 10, 3, 3, StrideY: 2, StrideX: 1, PaddingY: 1, PaddingX: 1, DilationX: 2)),
            ("Plane5x5To9NoPad", new(3, 7, 7, 9, 3, 3)),
            // output channels in the lanes (rows of 14, 7 and 20 outputs; a 1x1 conv read in place; stride 2 over phases)
            ("Lanes14", new(32, 14, 14, 64, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("Lanes7x7Rows", new(96, 7, 7, 32, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("LanesS2W20", new(16, 40, 40, 32, 3, 3, StrideY: 2, StrideX: 2, PaddingY: 1, PaddingX: 1)),
            ("LanesPointwise14", new(48, 14, 14, 96, 1, 1)),
            // ... with the input channels in two blocks (384 x 9 filters of 32 channels would not stay in L2), bias or none
            ("Lanes7x7Blocks", new(384, 7, 7, 32, 3, 3, PaddingY: 1, PaddingX: 1)),
            ("Lanes7x7BlocksS2", new(384, 13, 13, 32, 3, 3, StrideY: 2, StrideX: 2, PaddingY: 1, PaddingX: 1)),
            // ... with a 5x5 filter looped row by row (25 taps x 28 accumulators would be over the unroll budget)
            ("Lanes5x5Rows", new(16, 14, 14, 32, 5, 5, PaddingY: 2, PaddingX: 2)),
        };

        var kernels = new List<ConvDecl>();
        for (int i = 0; i < shapes.Length; i++)
        {
            // The two classic examples stay plain (no activation, with bias) for the exact tests.
            string activation = i < 2 ? "None" : Activations[i % Activations.Length];
            bool bias = i < 2 || i % 2 == 0;
            kernels.Add(new ConvDecl(shapes[i].Name + "_" + activation + (bias ? "" : "_NoBias"), shapes[i].Shape, activation, bias));

            // Deterministic = true on every third shape (the two of them that take the plane plan among them), another activation
            if (i % 3 == 0 && !shapes[i].Name.StartsWith("Image", System.StringComparison.Ordinal))
            {
                string other = Activations[(i + 2) % Activations.Length];
                kernels.Add(new ConvDecl($"{shapes[i].Name}_{other}_Deterministic", shapes[i].Shape, other, true, Deterministic: true));
            }
        }

        // Every activation, with and without bias, on one shape that uses the scratch copy and one that does not.
        foreach ((string name, Conv2DShape shape) in new[] { ("Act3x3P1", new Conv2DShape(4, 12, 20, 8, 3, 3, PaddingY: 1, PaddingX: 1)), ("Act3x3", new Conv2DShape(4, 12, 20, 8, 3, 3)) })
        {
            foreach (string activation in Activations)
            {
                kernels.Add(new ConvDecl($"{name}_{activation}", shape, activation, true));
                kernels.Add(new ConvDecl($"{name}_{activation}_NoBias", shape, activation, false));
            }
        }

        return kernels;
    }

    /// <summary>A declared matrix product: its name, shape, layout of b, activation and bias, and the attribute text.</summary>
    public sealed record MatMulDecl(string Name, int M, int K, int N, bool TransposeB, string Activation, bool Bias, bool Deterministic = false)
    {
        public string Attribute => $"MatMul({M}, {K}, {N}{(TransposeB ? ", TransposeB = true" : "")}{(Activation == "None" ? "" : $", Activation = Activation.{Activation}")}{(Deterministic ? ", Deterministic = true" : "")})";
    }

    /// <summary>
    /// Matrix products: 1x1x1, 3x5x7, 4x4x4 and 3x3x3 (graphics), 16^3, 32^3, 64^3, 128x64x256, 17x19x23 (edges in m, k
    /// and n), shapes around the vector widths, each with and without TransposeB, every activation, with and without bias.
    /// </summary>
    public static IReadOnlyList<MatMulDecl> MatMulKernels()
    {
        var shapes = new (int M, int K, int N)[]
        {
            (1, 1, 1), (3, 5, 7), (4, 4, 4), (3, 3, 3), (16, 16, 16), (32, 32, 32), (64, 64, 64), (128, 64, 256), (17, 19, 23),
            (8, 8, 64), (2, 3, 1), (1, 40, 9), (7, 1, 33), (13, 70, 17), (5, 33, 48), (20, 8, 8), (9, 300, 31),
        };

        var kernels = new List<MatMulDecl>();
        for (int i = 0; i < shapes.Length; i++)
        {
            (int m, int k, int n) = shapes[i];
            foreach (bool transpose in new[] { false, true })
            {
                string activation = Activations[(i + (transpose ? 2 : 0)) % Activations.Length];
                bool bias = (i + (transpose ? 1 : 0)) % 2 == 0;
                kernels.Add(new MatMulDecl($"MatMul{m}x{k}x{n}{(transpose ? "_T" : "")}_{activation}{(bias ? "" : "_NoBias")}", m, k, n, transpose, activation, bias));
                if (i % 2 == 0)
                {
                    string other = Activations[(i + (transpose ? 3 : 1)) % Activations.Length];
                    kernels.Add(new MatMulDecl($"MatMul{m}x{k}x{n}{(transpose ? "_T" : "")}_{other}_Deterministic", m, k, n, transpose, other, true, Deterministic: true));
                }
            }
        }

        // Every activation, with and without bias, on one shape with edges in every dimension, both layouts.
        foreach (bool transpose in new[] { false, true })
        {
            foreach (string activation in Activations)
            {
                foreach (bool bias in new[] { true, false })
                {
                    kernels.Add(new MatMulDecl($"Act17x23x19{(transpose ? "_T" : "")}_{activation}{(bias ? "" : "_NoBias")}", 17, 23, 19, transpose, activation, bias));
                }
            }
        }

        return kernels;
    }

    /// <summary>Batched dense layers: (inputs, outputs, batch), an activation each, with and without bias.</summary>
    public static readonly (int Inputs, int Outputs, int Batch, string Activation, bool Bias)[] BatchedDense =
    {
        (784, 10, 64, "None", true), (256, 256, 64, "Relu", true), (3, 2, 5, "Tanh", false), (33, 17, 9, "Sigmoid", true),
        (16, 4, 2, "Step", false), (1, 1, 3, "None", false), (100, 7, 64, "Relu", false),
    };

    public static string BatchedDenseName(string type, (int Inputs, int Outputs, int Batch, string Activation, bool Bias) k) =>
        $"Dense_{type}_{k.Inputs}x{k.Outputs}_Batch{k.Batch}_{k.Activation}{(k.Bias ? "" : "_NoBias")}";

    /// <summary>Lengths of the deterministic dot products: every tail of the 16-lane logical vector, the loop, long vectors.</summary>
    public static readonly int[] DeterministicDotLengths = Enumerable.Range(1, 40).Concat(new[] { 47, 63, 64, 65, 100, 129, 255, 256, 1024, 1030, 4099 }).ToArray();

    /// <summary>Lengths of the cosine similarities (each plain and deterministic): the embedding sizes among them.</summary>
    public static readonly int[] CosineLengths = Enumerable.Range(1, 40).Concat(new[] { 47, 63, 64, 65, 100, 127, 128, 129, 255, 256, 384, 768, 1000, 1536, 4099 }).ToArray();

    /// <summary>Deterministic dense layers: every shape, with Sigmoid and Tanh (evaluated by DeterministicMath) and Relu.</summary>
    public static IEnumerable<(int Inputs, int Outputs, string Activation, bool Bias)> DeterministicDense() =>
        from shape in DenseShapes
        from activation in new[] { "Relu", "Sigmoid", "Tanh" }
        select (shape.Inputs, shape.Outputs, activation, true);

    public static string DotName(string type, int length) => $"Dot_{type}_{length.ToString(CultureInfo.InvariantCulture)}";

    public static string DenseName(string type, (int Inputs, int Outputs, string Activation, bool Bias) k) =>
        $"Dense_{type}_{k.Inputs}x{k.Outputs}_{k.Activation}{(k.Bias ? "" : "_NoBias")}";

    public static string WriteDeclarations()
    {
        var s = new StringBuilder();
        s.Append("// Written by KernelCatalog.WriteDeclarations (run the tests with KERNELGEN_ACCEPT=1 to refresh).\n");
        s.Append("using System;\n\nnamespace KernelGen.Kernels.Tests;\n\npublic static partial class Declared\n{\n");
        foreach (string t in new[] { "float", "double" })
        {
            foreach (int n in Net8DotLengths)
            {
                s.Append($"    [DotProduct({n})] public static partial {t} {DotName(t, n)}(ReadOnlySpan<{t}> x, ReadOnlySpan<{t}> y);\n");
            }

            s.Append("#if NET9_0_OR_GREATER\n");
            foreach (int n in DotLengths.Except(Net8DotLengths))
            {
                s.Append($"    [DotProduct({n})] public static partial {t} {DotName(t, n)}(ReadOnlySpan<{t}> x, ReadOnlySpan<{t}> y);\n");
            }

            s.Append("#endif\n");

            foreach (var k in DenseKernels())
            {
                string activation = k.Activation == "None" ? "" : $", Activation = Activation.{k.Activation}";
                string bias = k.Bias ? $"ReadOnlySpan<{t}> bias, " : "";
                s.Append($"    [Dense({k.Inputs}, {k.Outputs}{activation})] public static partial void {DenseName(t, k)}(ReadOnlySpan<{t}> input, ReadOnlySpan<{t}> weights, {bias}Span<{t}> output);\n");
            }

            foreach (int n in DeterministicDotLengths)
            {
                s.Append($"    [DotProduct({n}, Deterministic = true)] public static partial {t} Deterministic{DotName(t, n)}(ReadOnlySpan<{t}> x, ReadOnlySpan<{t}> y);\n");
            }

            foreach (int n in CosineLengths)
            {
                s.Append($"    [CosineSimilarity({n})] public static partial {t} Cosine_{t}_{n}(ReadOnlySpan<{t}> x, ReadOnlySpan<{t}> y);\n");
                s.Append($"    [CosineSimilarity({n}, Deterministic = true)] public static partial {t} DeterministicCosine_{t}_{n}(ReadOnlySpan<{t}> x, ReadOnlySpan<{t}> y);\n");
            }

            foreach (var k in DeterministicDense())
            {
                s.Append($"    [Dense({k.Inputs}, {k.Outputs}, Activation = Activation.{k.Activation}, Deterministic = true)] public static partial void Deterministic{DenseName(t, k)}(ReadOnlySpan<{t}> input, ReadOnlySpan<{t}> weights, ReadOnlySpan<{t}> bias, Span<{t}> output);\n");
            }
        }

        foreach (string t in new[] { "float", "double" })
        {
            foreach (ConvDecl c in ConvKernels())
            {
                string bias = c.Bias ? $"ReadOnlySpan<{t}> bias, " : "";
                s.Append($"    [{c.Attribute}] public static partial void Conv_{t}_{c.Name}(ReadOnlySpan<{t}> input, ReadOnlySpan<{t}> weights, {bias}Span<{t}> output);\n");
            }
        }

        foreach (string t in new[] { "float", "double" })
        {
            foreach (MatMulDecl c in MatMulKernels())
            {
                string bias = c.Bias ? $"ReadOnlySpan<{t}> bias, " : "";
                s.Append($"    [{c.Attribute}] public static partial void {c.Name}_{t}(ReadOnlySpan<{t}> a, ReadOnlySpan<{t}> b, {bias}Span<{t}> c);\n");
            }

            foreach (var k in BatchedDense)
            {
                string activation = k.Activation == "None" ? "" : $", Activation = Activation.{k.Activation}";
                string bias = k.Bias ? $"ReadOnlySpan<{t}> bias, " : "";
                s.Append($"    [Dense({k.Inputs}, {k.Outputs}, Batch = {k.Batch}{activation})] public static partial void {BatchedDenseName(t, k)}(ReadOnlySpan<{t}> input, ReadOnlySpan<{t}> weights, {bias}Span<{t}> output);\n");
            }
        }

        foreach ((string t, string field) in new[] { ("float", "FloatMatMul"), ("double", "DoubleMatMul") })
        {
            s.Append($"\n    public static readonly MatMulCase<{t}>[] {field} =\n    {{\n");
            foreach (MatMulDecl c in MatMulKernels())
            {
                string kernel = c.Bias ? $"{c.Name}_{t}, null" : $"null, {c.Name}_{t}";
                s.Append($"        new(\"{c.Name}\", {c.M}, {c.K}, {c.N}, {(c.TransposeB ? "true" : "false")}, Activation.{c.Activation}, {kernel}),\n");
            }

            // A batched dense layer is the product input x weights^T: m = batch, k = inputs, n = outputs.
            foreach (var k in BatchedDense)
            {
                string name = BatchedDenseName(t, k);
                string kernel = k.Bias ? $"{name}, null" : $"null, {name}";
                s.Append($"        new(\"{name}\", {k.Batch}, {k.Inputs}, {k.Outputs}, true, Activation.{k.Activation}, {kernel}),\n");
            }

            s.Append("    };\n");
        }

        foreach ((string t, string field) in new[] { ("float", "FloatConv"), ("double", "DoubleConv") })
        {
            s.Append($"\n    public static readonly ConvCase<{t}>[] {field} =\n    {{\n");
            foreach (ConvDecl c in ConvKernels())
            {
                string kernel = c.Bias ? $"Conv_{t}_{c.Name}, null" : $"null, Conv_{t}_{c.Name}";
                var p = c.Shape;
                s.Append($"        new(\"{c.Name}\", new Conv2DShape({p.InChannels}, {p.Height}, {p.Width}, {p.OutChannels}, {p.KernelHeight}, {p.KernelWidth}, {p.StrideY}, {p.StrideX}, {p.PaddingY}, {p.PaddingX}, {p.DilationY}, {p.DilationX}, {p.Groups}), Activation.{c.Activation}, {kernel}),\n");
            }

            s.Append("    };\n");
        }

        foreach ((string t, string field) in new[] { ("float", "FloatDots"), ("double", "DoubleDots") })
        {
            s.Append($"\n    public static readonly (int Length, DotKernel<{t}> Kernel)[] {field} =\n    {{\n");
            s.Append(string.Concat(Net8DotLengths.Select(n => $"        ({n}, {DotName(t, n)}),\n")));
            s.Append("#if NET9_0_OR_GREATER\n");
            s.Append(string.Concat(DotLengths.Except(Net8DotLengths).Select(n => $"        ({n}, {DotName(t, n)}),\n")));
            s.Append("#endif\n    };\n");
        }
        foreach (string t in new[] { "float", "double" })
        {
            string T = t == "float" ? "Float" : "Double";
            s.Append($"\n    public static readonly (int Length, DotKernel<{t}> Kernel)[] {T}DeterministicDots =\n    {{\n");
            s.Append(string.Concat(DeterministicDotLengths.Select(n => $"        ({n}, Deterministic{DotName(t, n)}),\n")));
            s.Append("    };\n");
            s.Append($"\n    public static readonly (int Length, DotKernel<{t}> Plain, DotKernel<{t}> Deterministic)[] {T}Cosines =\n    {{\n");
            s.Append(string.Concat(CosineLengths.Select(n => $"        ({n}, Cosine_{t}_{n}, DeterministicCosine_{t}_{n}),\n")));
            s.Append("    };\n");
        }
        foreach ((string t, string field) in new[] { ("float", "FloatDense"), ("double", "DoubleDense") })
        {
            s.Append($"\n    public static readonly DenseCase<{t}>[] {field} =\n    {{\n");
            foreach (var k in DenseKernels())
            {
                string kernel = k.Bias ? $"{DenseName(t, k)}, null" : $"null, {DenseName(t, k)}";
                s.Append($"        new({k.Inputs}, {k.Outputs}, Activation.{k.Activation}, {kernel}),\n");
            }

            foreach (var k in DeterministicDense())
            {
                s.Append($"        new({k.Inputs}, {k.Outputs}, Activation.{k.Activation}, Deterministic{DenseName(t, k)}, null),\n");
            }

            s.Append("    };\n");
        }

        s.Append("}\n");
        return s.ToString();
    }
}
