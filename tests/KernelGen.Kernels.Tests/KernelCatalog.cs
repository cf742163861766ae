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
    public static readonly int[] DotLengths = Enumerable.Range(1, 300).Concat(new[] { 1024, 4096, 4099 }).ToArray();

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
            foreach (int n in DotLengths)
            {
                s.Append($"    [DotProduct({n})] public static partial {t} {DotName(t, n)}(ReadOnlySpan<{t}> x, ReadOnlySpan<{t}> y);\n");
            }

            foreach (var k in DenseKernels())
            {
                string activation = k.Activation == "None" ? "" : $", Activation = Activation.{k.Activation}";
                string bias = k.Bias ? $"ReadOnlySpan<{t}> bias, " : "";
                s.Append($"    [Dense({k.Inputs}, {k.Outputs}{activation})] public static partial void {DenseName(t, k)}(ReadOnlySpan<{t}> input, ReadOnlySpan<{t}> weights, {bias}Span<{t}> output);\n");
            }
        }

        s.Append("\n    public static readonly (int Length, DotKernel<float> Kernel)[] FloatDots =\n    {\n");
        s.Append(string.Concat(DotLengths.Select(n => $"        ({n}, {DotName("float", n)}),\n")));
        s.Append("    };\n\n    public static readonly (int Length, DotKernel<double> Kernel)[] DoubleDots =\n    {\n");
        s.Append(string.Concat(DotLengths.Select(n => $"        ({n}, {DotName("double", n)}),\n")));
        s.Append("    };\n");
        foreach ((string t, string field) in new[] { ("float", "FloatDense"), ("double", "DoubleDense") })
        {
            s.Append($"\n    public static readonly DenseCase<{t}>[] {field} =\n    {{\n");
            foreach (var k in DenseKernels())
            {
                string kernel = k.Bias ? $"{DenseName(t, k)}, null" : $"null, {DenseName(t, k)}";
                s.Append($"        new({k.Inputs}, {k.Outputs}, Activation.{k.Activation}, {kernel}),\n");
            }

            s.Append("    };\n");
        }

        s.Append("}\n");
        return s.ToString();
    }
}
