using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KernelGen.Generator.Tests.Fuzzing;

/// <summary>One random declaration: the source files it lives in (a kernel may be split over two files) and a description.</summary>
public sealed record FuzzCase(int Index, string[] Files, string Description);

/// <summary>
/// Draws random kernel declarations, valid and invalid, from a seed: attribute arguments (0, negative, huge,
/// <c>int.MaxValue</c>, products that overflow <c>int</c>), wrong signatures (ref/out/in/scoped parameters, arrays,
/// generic, instance and extension methods, ref returns, missing <c>partial</c>, a body already present, two kernel
/// attributes), odd containers (nested, generic, records, structs, file-local types, the global namespace, partial
/// types split over files) and parameter names that collide with the generated code's names.
/// </summary>
public sealed class DeclarationFuzzer
{
    private static readonly int[] OddSizes = { 0, -1, -7, int.MaxValue, int.MinValue, 46341, 65536, 1 << 20, 100_000 };
    private static readonly string[] Names =
    {
        "x", "y", "input", "weights", "bias", "output", "a", "b", "__x", "__w", "__k", "__acc0_0", "__src", "__scratch",
        "__scratchArray", "__oc", "__oy", "__in", "__out", "@class", "@ref", "value", "i", "Vector512", "Vector128",
        "Unsafe", "MemoryMarshal", "KernelGuard", "System", "ArrayPool", "Math", "T", "K", "Create", "Zero",
    };

    private readonly Random _random;

    public DeclarationFuzzer(int seed) => _random = new Random(seed);

    public FuzzCase Next(int index)
    {
        string type = "C" + index.ToString(CultureInfo.InvariantCulture);
        string element = Pick(0.9, () => Pick("float", "double"), () => Pick("int", "Half", "decimal", "mixed"));
        string t = element == "mixed" ? "float" : element;
        int kind = _random.Next(7);
        bool scalar = kind is 0 or 6; // a dot product or a cosine similarity: two inputs, the result returned
        var description = new List<string>();

        string attribute = kind switch
        {
            0 => $"DotProduct({Size(300)}{Budget()})",
            1 => $"Dense({Size(300)}, {Size(40)}{(Chance(0.3) ? $", Batch = {Size(70)}" : "")}{Activation()}{Budget()})",
            2 => $"MatMul({Size(70)}, {Size(130)}, {Size(70)}{(Chance(0.5) ? ", TransposeB = true" : "")}{Activation()}{Budget()})",
            5 => PoolAttribute(),
            6 => $"CosineSimilarity({Size(300)}{Budget()})",
            3 => $"Conv1D({Size(4)}, {Size(400)}, {Size(4)}, {Size(9)}{(Chance(0.4) ? $", Stride = {Size(3)}" : "")}{(Chance(0.4) ? $", Padding = {Size(4) - 1}" : "")}{(Chance(0.3) ? $", Dilation = {Size(3)}" : "")}{Activation()}{Budget()}{Batch()})",
            _ => ConvAttribute(),
        };
        if (Chance(0.03))
        {
            attribute += ", " + (scalar ? "Dense(2, 2)" : "DotProduct(4)");
            description.Add("two attributes");
        }

        bool bias = Chance(0.6);
        int inputs = scalar ? 2 : kind == 5 ? 1 : bias ? 3 : 2;
        var parameters = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        string returns = scalar ? t : "void";

        // integer (quantized) operands: byte/sbyte activations with zero points, sbyte weights, an int bias, a float
        // scale when the output is requantized or dequantized; sometimes a type, zero point or scale out of place
        string? integer = Chance(0.15) ? Pick("byte", "sbyte") : null;
        if (integer is not null)
        {
            string output = kind == 5 ? integer : Pick(0.9, () => Pick("int", "byte", "sbyte", "float"), () => Pick("short", "double"));
            string weights = Pick(0.9, () => "sbyte", () => Pick("byte", "int"));
            if (kind is 1 or 2 or 3 or 4 && Chance(0.6))
            {
                int zero = Pick(0.9, () => integer == "byte" ? _random.Next(0, 256) : _random.Next(-128, 128), () => _random.Next(-300, 300));
                attribute = attribute.Insert(attribute.LastIndexOf(')'), $", InputZeroPoint = {zero}");
                if (Chance(0.4))
                {
                    attribute = attribute.Insert(attribute.LastIndexOf(')'), $", OutputZeroPoint = {_random.Next(-140, 270)}");
                }
            }

            if (scalar)
            {
                parameters.Add($"ReadOnlySpan<{(kind == 6 ? "sbyte" : integer)}> {Name(used)}");
                parameters.Add($"ReadOnlySpan<{weights}> {Name(used)}");
                returns = kind == 6 ? "float" : "int";
            }
            else if (kind == 5)
            {
                parameters.Add($"ReadOnlySpan<{integer}> {Name(used)}");
                parameters.Add($"Span<{output}> {Name(used)}");
            }
            else
            {
                parameters.Add($"ReadOnlySpan<{integer}> {Name(used)}");
                parameters.Add($"ReadOnlySpan<{weights}> {Name(used)}");
                if (bias)
                {
                    parameters.Add($"ReadOnlySpan<int> {Name(used)}");
                }

                if (output != "int" ? Chance(0.9) : Chance(0.05))
                {
                    parameters.Add($"ReadOnlySpan<float> {Name(used)}");
                }

                parameters.Add($"Span<{output}> {Name(used)}");
            }

            t = integer;
            description.Add($"integer ({integer} -> {output})");
        }
        else
        {
            for (int p = 0; p < inputs; p++)
            {
                string pt = element == "mixed" && p == 1 ? "double" : t;
                parameters.Add($"ReadOnlySpan<{pt}> {Name(used)}");
            }

            if (!scalar)
            {
                parameters.Add($"Span<{t}> {Name(used)}");
            }
        }

        string modifiers = "public static partial";
        string body = ";";
        string typeParameters = "";
        string mutation = "";
        if (Chance(0.25))
        {
            switch (_random.Next(18))
            {
                case 0: parameters[0] = "ref " + parameters[0]; mutation = "ref parameter"; break;
                case 1: parameters[^1] = "out " + parameters[^1]; mutation = "out parameter"; break;
                case 2: parameters[0] = "in " + parameters[0]; mutation = "in parameter"; break;
                case 3: parameters[0] = "scoped " + parameters[0]; mutation = "scoped parameter"; break;
                case 17: parameters[^1] = "params " + parameters[^1]; mutation = "params parameter"; break;
                case 4: parameters[0] = parameters[0].Replace($"ReadOnlySpan<{t}>", t + "[]"); mutation = "array parameter"; break;
                case 5: typeParameters = "<TT>"; mutation = "generic method"; break;
                case 6: modifiers = "public partial"; mutation = "instance method"; break;
                case 7: parameters[0] = "this " + parameters[0]; mutation = "extension method"; break;
                case 8: returns = "ref " + returns; mutation = "ref return"; break;
                case 9: modifiers = "public static"; mutation = "missing partial"; break;
                case 10: body = scalar ? " => default;" : " { }"; mutation = "body present"; break;
                case 11: parameters.RemoveAt(parameters.Count - 1); mutation = "missing parameter"; break;
                case 12: parameters.Add($"Span<{t}> extra"); mutation = "extra parameter"; break;
                case 13: modifiers = "static partial"; mutation = "no accessibility"; break;
                case 14: returns = scalar ? "void" : t; mutation = "wrong return type"; break;
                case 15: modifiers = "internal static unsafe partial"; mutation = "unsafe modifier"; break;
                default: modifiers = "private static partial"; mutation = "private"; break;
            }

            description.Add(mutation);
        }

        // Weights (and sometimes the bias) given at compile time, in one of the member forms, of a length that may or
        // may not fit; the parameter usually leaves the signature (KGEN027 when it stays).
        string members = "";
        if (Chance(0.2) && parameters.Count > 1 && kind is not (5 or 6)) // pooling and cosine have no weights (Weights is not one of their properties)
        {
            string form = Pick("span", "array", "matrix", "instance", "nonconstant", "wrongtype", "missing");
            int length = Pick(0.5, () => Pick(1, 4, 9, 27), () => _random.Next(0, 200));
            string values = string.Join(", ", Enumerable.Range(0, length).Select(i => (i % 3 - 1).ToString(CultureInfo.InvariantCulture)));
            string other = t == "double" ? "float" : "double";
            if (integer is not null)
            {
                t = "sbyte"; // the weights' type (other stays a wrong one)
            }

            members = form switch
            {
                "span" => $"internal static ReadOnlySpan<{t}> W => new {t}[] {{ {values} }};",
                "array" => $"internal static readonly {t}[] W = {{ {values} }};",
                "matrix" => $"internal static readonly {t}[,] W = {{ {{ {values} }} }};",
                "instance" => $"internal ReadOnlySpan<{t}> W => new {t}[] {{ {values} }};",
                "nonconstant" => $"internal static {t} v = 1; internal static ReadOnlySpan<{t}> W => new {t}[] {{ v, {values} }};",
                "wrongtype" => $"internal static ReadOnlySpan<{other}> W => new {other}[] {{ {values} }};",
                _ => "",
            } + "\n    ";
            // before the parenthesis that closes the kernel attribute (its arguments may hold casts like (Activation)(5))
            int close = 0;
            for (int i = 0, depth = 0; i < attribute.Length; i++)
            {
                depth += attribute[i] == '(' ? 1 : attribute[i] == ')' ? -1 : 0;
                if (attribute[i] == ')' && depth == 0)
                {
                    close = i;
                    break;
                }
            }

            attribute = attribute.Insert(close, form == "missing" ? ", Weights = \"W\"" : ", Weights = nameof(W)");
            if (Chance(0.9))
            {
                parameters.RemoveAt(1);
            }

            description.Add($"constant weights ({form}, {length})");
        }

        string method = members + $"[{attribute}] {modifiers} {returns} K{typeParameters}({string.Join(", ", parameters)}){body}";
        if (mutation == "body present" && Chance(0.5))
        {
            method += $"\n    {modifiers} {returns} K({string.Join(", ", parameters)});"; // the defining part too
        }

        (string[] files, string container) = Container(type, method, mutation == "extension method");
        description.Add(container);
        return new FuzzCase(index, files, string.Join("; ", description) + " | " + method);
    }

    /// <summary>A MaxPool2D or AvgPool2D with any of its properties, each sometimes on the other kind (KGEN030) or out of range.</summary>
    private string PoolAttribute()
    {
        var text = new StringBuilder($"{Pick("MaxPool2D", "AvgPool2D")}({Size(20)}, {Size(40)}, {Size(40)}, {Size(5)}, {Size(5)}");
        foreach (string axis in new[] { "Stride", "Padding", "Dilation" })
        {
            foreach (string suffix in new[] { "", "Y", "X" })
            {
                if (Chance(0.15))
                {
                    int value = axis == "Padding" ? Pick(0.9, () => _random.Next(0, 4), () => OddSizes[_random.Next(OddSizes.Length)]) : Size(3);
                    text.Append(CultureInfo.InvariantCulture, $", {axis}{suffix} = {value}");
                }
            }
        }

        if (Chance(0.3))
        {
            text.Append(", CeilMode = true");
        }

        if (Chance(0.15))
        {
            text.Append(Chance(0.5) ? ", CountIncludePad = false" : ", CountIncludePad = true");
        }

        return text + Budget() + Batch() + ")";
    }

    private string ConvAttribute()
    {
        int groups = Pick(0.85, () => Pick(1, 1, 1, 2, 3, 4), () => OddSizes[_random.Next(OddSizes.Length)]);
        int g = Math.Max(1, Math.Abs(groups % 5));

        // Winograd: mostly on a convolution it computes (3x3, stride 1, dilation 1, one group), sometimes not (KGEN033), or a
        // value that is no ConvAlgorithm (KGEN034)
        bool winograd = Chance(0.15), applicable = winograd && Chance(0.7);
        if (applicable)
        {
            groups = 1;
            g = 1;
        }

        var text = new StringBuilder($"Conv2D({Size(6, g)}, {Size(24)}, {Size(40)}, {Size(6, g)}, {(applicable ? "3, 3" : $"{Size(5)}, {Size(5)}")}");
        if (winograd)
        {
            text.Append(Chance(0.05) ? ", Algorithm = (ConvAlgorithm)2" : ", Algorithm = ConvAlgorithm.Winograd");
        }

        foreach (string axis in new[] { "Stride", "Padding", "Dilation" })
        {
            foreach (string suffix in new[] { "", "Y", "X" })
            {
                if (Chance(0.2) && !(applicable && axis != "Padding"))
                {
                    int value = axis == "Padding" ? Pick(0.9, () => _random.Next(0, 4), () => OddSizes[_random.Next(OddSizes.Length)]) : Size(3);
                    text.Append(CultureInfo.InvariantCulture, $", {axis}{suffix} = {value}");
                }
            }
        }

        if (groups != 1 || Chance(0.1))
        {
            text.Append(CultureInfo.InvariantCulture, $", Groups = {groups}");
        }

        return text + Activation() + Budget() + Batch() + ")";
    }

    private (string[] Files, string Description) Container(string type, string method, bool extension)
    {
        const string Usings = "using System;\nusing KernelGen;\n";
        int choice = extension ? 0 : _random.Next(15);
        return choice switch
        {
            0 => (new[] { $"{Usings}namespace Fuzz;\npublic static partial class {type}\n{{\n    {method}\n}}\n" }, "static class"),
            1 => (new[] { $"{Usings}public static partial class {type}\n{{\n    {method}\n}}\n" }, "global namespace"),
            2 => (new[] { $"{Usings}namespace Fuzz.Deep.Er\n{{\n    public partial class Outer{type}\n    {{\n        internal static partial class {type}\n        {{\n            {method}\n        }}\n    }}\n}}\n" }, "nested"),
            3 => (new[] { $"{Usings}namespace Fuzz;\npublic partial class {type}<TKey, TValue> where TKey : struct\n{{\n    {method}\n}}\n" }, "generic class"),
            4 => (new[] { $"{Usings}namespace Fuzz;\npublic partial record {type}(int Id)\n{{\n    {method}\n}}\n" }, "record"),
            5 => (new[] { $"{Usings}namespace Fuzz;\npublic partial struct {type}\n{{\n    {method}\n}}\n" }, "struct"),
            6 => (new[] { $"{Usings}namespace Fuzz;\npublic readonly partial record struct {type}(double Scale)\n{{\n    {method}\n}}\n" }, "record struct"),
            7 => (new[] { $"{Usings}namespace Fuzz;\nfile static partial class {type}\n{{\n    {method}\n}}\n" }, "file-local class"),
            8 => (new[]
            {
                $"{Usings}namespace Fuzz;\npublic partial class {type}\n{{\n    public int Other => 1;\n}}\n",
                $"{Usings}namespace Fuzz;\npublic partial class {type}\n{{\n    {method}\n}}\n",
            }, "partial class over two files"),
            9 => (new[] { $"{Usings}namespace Fuzz;\npublic class Outer{type}\n{{\n    public static partial class {type}\n    {{\n        {method}\n    }}\n}}\n" }, "non-partial outer type"),
            10 => (new[] { $"{Usings}namespace Fuzz;\npublic static class {type}\n{{\n    {method}\n}}\n" }, "non-partial type"),
            11 => (new[] { $"{Usings}namespace Fuzz;\ninternal ref partial struct {type}\n{{\n    {method}\n}}\n" }, "ref struct"),
            12 => (new[] { $"namespace Fuzz{type}.System {{ public class Marker {{ }} }}\nnamespace Fuzz{type}\n{{\n    using global::System;\n    using KernelGen;\n    public static partial class {type}\n    {{\n        {method}\n    }}\n}}\n" }, "namespace Fuzz.System beside the kernel"),
            13 => (new[] { $"{Usings}namespace Fuzz.{type};\npublic class Unsafe {{ }}\npublic class Vector256 {{ }}\npublic class MathF {{ }}\npublic static partial class {type}\n{{\n    private struct MemoryMarshal {{ }}\n    private struct Fma {{ }}\n    {method}\n}}\n" }, "user types named like the intrinsics"),
            _ => (new[] { $"{Usings}namespace Fuzz;\npublic static partial class {type}\n{{\n    {method}\n    [Dense(3, 2)] public static partial void K(ReadOnlySpan<{(method.Contains("<float>", StringComparison.Ordinal) ? "double" : "float")}> a, ReadOnlySpan<{(method.Contains("<float>", StringComparison.Ordinal) ? "double" : "float")}> b, Span<{(method.Contains("<float>", StringComparison.Ordinal) ? "double" : "float")}> c);\n}}\n" }, "overloaded kernels"),
        };
    }

    private int Size(int max, int multipleOf = 1) =>
        Pick(0.95, () => _random.Next(1, max + 1) * multipleOf, () => OddSizes[_random.Next(OddSizes.Length)]);

    private string Activation() => _random.Next(8) switch
    {
        0 => "",
        1 => ", Activation = (Activation)(" + Pick(5, 99, -1).ToString(CultureInfo.InvariantCulture) + ")",
        _ => ", Activation = Activation." + Pick("None", "Relu", "Sigmoid", "Tanh", "Step"),
    };

    private string Budget() => _random.Next(10) switch
    {
        0 => ", UnrollBudget = " + Pick(0, -3, 1, 7, 64, int.MaxValue).ToString(CultureInfo.InvariantCulture),
        1 or 2 => ", Deterministic = " + Pick("true", "false"),
        3 or 4 => ", Threads = " + Pick(0, 1, 2, 3, 16, -1).ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>A batch (the kinds whose operands repeat per image): sometimes, sometimes out of range (KGEN006, KGEN007).</summary>
    private string Batch() => _random.Next(8) switch
    {
        0 => ", Batch = " + Pick(2, 3, 7, 64).ToString(CultureInfo.InvariantCulture),
        1 => ", Batch = " + Pick(0, -2, 1, int.MaxValue).ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    private string Name(HashSet<string> used)
    {
        string name;
        do
        {
            name = Chance(0.5) ? Names[_random.Next(6)] : Names[_random.Next(Names.Length)];
        }
        while (!used.Add(name));
        return name;
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];

    private T Pick<T>(double p, Func<T> likely, Func<T> rare) => Chance(p) ? likely() : rare();
}
