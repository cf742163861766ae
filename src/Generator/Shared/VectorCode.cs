using System.Collections.Generic;
using System.Globalization;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Shared;

/// <summary>
/// The one place that spells vector code for a path: types, loads, fused multiply-adds (by what the target framework
/// offers), the hardware check of each path, and literals. Every emitter writes through it.
/// </summary>
internal sealed class VectorCode
{
    public VectorCode(ElementType element, TargetInfo target, int pathBits, bool deterministic = false)
    {
        Element = element;
        Target = target;
        PathBits = pathBits;
        Deterministic = deterministic;
    }

    /// <summary>
    /// The kernel is deterministic: every multiply-add is fused on every path (the scalar path's too, and the
    /// Vector128 path then needs FMA hardware), and the transcendental activations are <c>KernelGen.DeterministicMath</c>'s.
    /// </summary>
    public bool Deterministic { get; }

    public ElementType Element { get; }

    public TargetInfo Target { get; }

    /// <summary>The path this code belongs to: 512, 256, 128 or 0 (scalar). Decides which FMA forms are safe.</summary>
    public int PathBits { get; }

    public string Scalar => Element.Keyword();

    public string MathClass => Element == ElementType.Float ? "global::System.MathF" : "global::System.Math";

    /// <summary>The static class of a width, fully qualified (extension methods are called through it: no usings are emitted).</summary>
    public static string Vector(int bits) => "global::System.Runtime.Intrinsics.Vector" + bits;

    public static string PathName(int bits) => bits == 0 ? "Scalar" : "Vector" + bits;

    public string VectorType(int bits) => bits == 0 ? Scalar : $"global::System.Runtime.Intrinsics.Vector{bits}<{Scalar}>";

    /// <summary>The vector type as a person reads it, for comments in the generated code: <c>Vector256&lt;float&gt;</c>.</summary>
    public string VectorTypeInComments(int bits) => bits == 0 ? Scalar : $"Vector{bits}<{Scalar}>";

    public string Zero(int bits) => bits == 0 ? Literal(0) : $"global::System.Runtime.Intrinsics.Vector{bits}<{Scalar}>.Zero";

    public string Literal(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        if (Element == ElementType.Float)
        {
            return text + "f";
        }

        return text.Contains(".") || text.Contains("E") ? text : text + ".0";
    }

    /// <summary><paramref name="start"/> + <paramref name="offset"/>, folded when <paramref name="start"/> is a constant.</summary>
    public static string Offset(string start, int offset)
    {
        if (offset == 0)
        {
            return start;
        }

        return int.TryParse(start, NumberStyles.Integer, CultureInfo.InvariantCulture, out int constant)
            ? Number(constant + offset)
            : $"{start} + {Number(offset)}";
    }

    /// <summary>An integer as C# text, the same in every culture.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A compile-time value as this path's operand: the scalar literal, or a vector of it (<c>Vector512.Create(-2f)</c>).</summary>
    public string Broadcast(int bits, double value) =>
        bits == 0 ? Literal(value, Element) : $"global::System.Runtime.Intrinsics.Vector{bits}.Create({Literal(value, Element)})";

    /// <summary>A value of the element type as a C# literal that round-trips: <c>0.25f</c>, <c>-1d</c>, <c>global::System.Single.NaN</c>.</summary>
    public static string Literal(double value, ElementType element)
    {
        if (element.IsInteger())
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        string type = element == ElementType.Float ? "global::System.Single" : "global::System.Double";
        if (double.IsNaN(value))
        {
            return type + ".NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? type + ".PositiveInfinity" : type + ".NegativeInfinity";
        }

        return element == ElementType.Float
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f"
            : value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }

    /// <summary>A load of one vector (or one element) at <paramref name="offset"/> elements from <paramref name="reference"/>.</summary>
    public static string Load(int bits, string reference, string offset) =>
        bits == 0 ? $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {reference}, {offset})" : $"global::System.Runtime.Intrinsics.Vector{bits}.LoadUnsafe(ref {reference}, {offset})";

    /// <summary>
    /// A constant mask whose first <paramref name="zeroLanes"/> lanes are zero and the rest all ones, as a vector of
    /// the element type, for the overlapping tail vector.
    /// </summary>
    public string TailMask(int bits, int zeroLanes)
    {
        if (Element == ElementType.Byte)
        {
            // a vector of bytes: 0 in the lanes counted before, 255 in the rest (constants convert to byte)
            var bytes = new List<string>();
            for (int i = 0; i < bits / 8; i++)
            {
                bytes.Add(i == 0 ? (zeroLanes > 0 ? "(byte)0" : "(byte)255") : i < zeroLanes ? "0" : "255");
            }

            return $"{Vector(bits)}.Create({string.Join(", ", bytes)})";
        }

        int lanes = bits / (Element == ElementType.Float ? 32 : 64);
        string zero = Element == ElementType.Float ? "0" : "0L", ones = Element == ElementType.Float ? "-1" : "-1L";
        var values = new List<string>();
        for (int i = 0; i < lanes; i++)
        {
            values.Add(i < zeroLanes ? zero : ones);
        }

        return $"{Vector(bits)}.{(Element == ElementType.Float ? "AsSingle" : "AsDouble")}({Vector(bits)}.Create({string.Join(", ", values)}))";
    }

    /// <summary>The hardware check that guards the path; the JIT folds it to a constant.</summary>
    public string PathCondition()
    {
        return PathBits switch
        {
            512 => Target.HasVectorFusedMultiplyAdd ? "global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated" : "global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && global::System.Runtime.Intrinsics.X86.Avx512F.IsSupported",
            256 => "global::System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && global::System.Runtime.Intrinsics.X86.Fma.IsSupported",
            128 => Target.HasVectorFusedMultiplyAdd
                ? "global::System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated && (global::System.Runtime.Intrinsics.X86.Fma.IsSupported || global::System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.IsSupported)"
                : Deterministic
                    ? "global::System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated && global::System.Runtime.Intrinsics.X86.Fma.IsSupported"
                    : "global::System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated",
            _ => "true",
        };
    }

    /// <summary><c>a * b + c</c> at width <paramref name="bits"/>, fused where this path guarantees hardware FMA.</summary>
    public string MultiplyAdd(int bits, string a, string b, string c)
    {
        bool fused = Deterministic || (PathBits != 0 && (Target.HasVectorFusedMultiplyAdd || PathBits >= 256));
        if (!fused)
        {
            return $"{Operand(a)} * {Operand(b)} + {c}";
        }

        if (bits == 0)
        {
            return $"{MathClass}.FusedMultiplyAdd({a}, {b}, {c})";
        }

        if (Target.HasVectorFusedMultiplyAdd)
        {
            return $"global::System.Runtime.Intrinsics.Vector{bits}.FusedMultiplyAdd({a}, {b}, {c})";
        }

        return bits == 512 ? $"global::System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd({a}, {b}, {c})" : $"global::System.Runtime.Intrinsics.X86.Fma.MultiplyAdd({a}, {b}, {c})";
    }

    /// <summary>An operand of <c>*</c>: parenthesized unless it is a single term (a masked load contains <c>&amp;</c>).</summary>
    private static string Operand(string expression) => expression.Contains(" & ") ? "(" + expression + ")" : expression;

    /// <summary><c>a + b</c> written as a balanced tree, so that the adds run in parallel.</summary>
    public static string SumTree(IReadOnlyList<string> terms) => SumTree(terms, 0, terms.Count, top: true);

    private static string SumTree(IReadOnlyList<string> terms, int start, int count, bool top)
    {
        if (count == 1)
        {
            return terms[start];
        }

        int half = (count + 1) / 2;
        string sum = SumTree(terms, start, half, top: false) + " + " + SumTree(terms, start + half, count - half, top: false);
        return top ? sum : "(" + sum + ")";
    }

    /// <summary>The activation applied to the scalar local <paramref name="z"/>, as the contract defines it.</summary>
    public string Activate(ActivationKind activation, string z) => activation switch
    {
        ActivationKind.Relu => $"{z} < {Literal(0)} ? {Literal(0)} : {z}",
        ActivationKind.Sigmoid when Deterministic => $"global::KernelGen.DeterministicMath.Sigmoid({z})",
        ActivationKind.Tanh when Deterministic => $"global::KernelGen.DeterministicMath.Tanh({z})",
        ActivationKind.Sigmoid => $"{Literal(1)} / ({Literal(1)} + {MathClass}.Exp(-{z}))",
        ActivationKind.Tanh => $"{MathClass}.Tanh({z})",
        ActivationKind.Step => $"{z} >= {Literal(0)} ? {Literal(1)} : {Literal(0)}",
        _ => z,
    };
}
