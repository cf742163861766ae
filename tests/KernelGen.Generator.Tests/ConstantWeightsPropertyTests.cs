using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// Weights known at compile time, drawn by FsCheck: a kind (dot, dense, batched dense, MatMul in both layouts, Conv2D),
/// its sizes, constant values rich in zeros and +-1 (what folding acts on), which roles are constants, and the form of
/// the member (span property over a collection expression or an array creation, a getter with a return, a static
/// readonly array, a <c>T[,]</c> filter). The generated kernel is compiled with warnings as errors, run, and held to the
/// reference interpreter given the same values as spans.
/// </summary>
public class ConstantWeightsPropertyTests
{
    private delegate T DotConst<T>(ReadOnlySpan<T> x);
    private delegate void Unary<T>(ReadOnlySpan<T> x, Span<T> y);
    private delegate void Binary<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> other, Span<T> y);

    public enum Kind { Dot, Dense, BatchedDense, MatMul, MatMulTransposed, Conv2D, Conv1D }

    public enum Form { SpanCollection, SpanArray, SpanGetter, ReadOnlyArray, Matrix }

    /// <summary>One random declaration with constant roles.</summary>
    public sealed record Case(Kind Kind, bool IsDouble, int[] Sizes, bool ConstWeights, bool BiasMode, bool ConstBias,
        Form WeightsForm, Activation Activation, int Seed)
    {
        public string Type => IsDouble ? "double" : "float";

        public bool HasBias => Kind != Kind.Dot && BiasMode;

        public Conv1DShape Conv1 => new(Sizes[0], Sizes[1], Sizes[2], Sizes[3], Sizes[4], Sizes[5], Sizes[6]);

        public Conv2DShape Conv => new(Sizes[0], Sizes[1], Sizes[2], Sizes[3], Sizes[4], Sizes[5], Sizes[6], Sizes[6], Sizes[7], Sizes[7], 1, 1, 1);

        public int WeightsLength => Kind switch
        {
            Kind.Dot => Sizes[0],
            Kind.Dense or Kind.BatchedDense => Sizes[0] * Sizes[1],
            Kind.MatMul or Kind.MatMulTransposed => Sizes[1] * Sizes[2],
            Kind.Conv1D => Conv1.WeightsLength,
            _ => Conv.WeightsLength,
        };

        public int BiasLength => Kind switch
        {
            Kind.Dense or Kind.BatchedDense => Sizes[1],
            Kind.MatMul or Kind.MatMulTransposed => Sizes[2],
            Kind.Conv2D => Conv.OutChannels,
            Kind.Conv1D => Conv1.OutChannels,
            _ => 0,
        };

        public int InputLength => Kind switch
        {
            Kind.Dot or Kind.Dense => Sizes[0],
            Kind.BatchedDense => Sizes[0] * Sizes[2],
            Kind.MatMul or Kind.MatMulTransposed => Sizes[0] * Sizes[1],
            Kind.Conv1D => Conv1.InputLength,
            _ => Conv.InputLength,
        };

        public int OutputLength => Kind switch
        {
            Kind.Dot => 1,
            Kind.Dense => Sizes[1],
            Kind.BatchedDense => Sizes[1] * Sizes[2],
            Kind.MatMul or Kind.MatMulTransposed => Sizes[0] * Sizes[2],
            Kind.Conv1D => Conv1.OutputLength,
            _ => Conv.OutputLength,
        };

        /// <summary>The constant values, from the seed: 40 % zeros, 15 % ones, 15 % minus ones, the rest random.</summary>
        public double[] Values(int length, int salt)
        {
            var random = new Random(Seed ^ salt);
            var values = new double[length];
            for (int i = 0; i < length; i++)
            {
                double p = random.NextDouble();
                values[i] = p < 0.4 ? 0 : p < 0.55 ? 1 : p < 0.7 ? -1 : p < 0.8 ? 2 : Math.Round((random.NextDouble() * 4) - 2, 3);
            }

            return values;
        }

        private string Literal(double v) => v.ToString("R", CultureInfo.InvariantCulture) + (IsDouble ? "" : "f");

        private string Member(string name, double[] values, Form form)
        {
            string list = string.Join(", ", values.Select(Literal));
            return form switch
            {
                Form.SpanCollection => $"static ReadOnlySpan<{Type}> {name} => [{list}];",
                Form.SpanArray => $"private static ReadOnlySpan<{Type}> {name} => new {Type}[] {{ {list} }};",
                Form.SpanGetter => $"internal static ReadOnlySpan<{Type}> {name} {{ get {{ return new {Type}[] {{ {list} }}; }} }}",
                Form.ReadOnlyArray => $"public static readonly {Type}[] {name} = {{ {list} }};",
                _ => $"static readonly {Type}[,] {name} = {{ {string.Join(", ", Enumerable.Range(0, Conv.KernelHeight).Select(r => "{ " + string.Join(", ", values.Skip(r * Conv.KernelWidth).Take(Conv.KernelWidth).Select(Literal)) + " }"))} }};",
            };
        }

        public string Declaration
        {
            get
            {
                string F(int v) => v.ToString(CultureInfo.InvariantCulture);
                var text = new StringBuilder();
                var named = new List<string>();
                if (ConstWeights)
                {
                    text.Append(Member("W", Values(WeightsLength, 1), WeightsForm)).Append("\n    ");
                    named.Add("Weights = nameof(W)");
                }

                if (HasBias && ConstBias)
                {
                    text.Append(Member("B", Values(BiasLength, 2), Form.SpanCollection)).Append("\n    ");
                    named.Add("Bias = nameof(B)");
                }

                if (Kind != Kind.Dot)
                {
                    named.Add($"Activation = Activation.{Activation}");
                }

                string attribute = Kind switch
                {
                    Kind.Dot => $"DotProduct({F(Sizes[0])}",
                    Kind.Dense => $"Dense({F(Sizes[0])}, {F(Sizes[1])}",
                    Kind.BatchedDense => $"Dense({F(Sizes[0])}, {F(Sizes[1])}, Batch = {F(Sizes[2])}",
                    Kind.MatMul => $"MatMul({F(Sizes[0])}, {F(Sizes[1])}, {F(Sizes[2])}",
                    Kind.MatMulTransposed => $"MatMul({F(Sizes[0])}, {F(Sizes[1])}, {F(Sizes[2])}, TransposeB = true",
                    Kind.Conv1D => $"Conv1D({F(Conv1.InChannels)}, {F(Conv1.Length)}, {F(Conv1.OutChannels)}, {F(Conv1.KernelSize)}, Stride = {F(Conv1.Stride)}, Padding = {F(Conv1.Padding)}, Dilation = {F(Conv1.Dilation)}",
                    _ => $"Conv2D({F(Conv.InChannels)}, {F(Conv.Height)}, {F(Conv.Width)}, {F(Conv.OutChannels)}, {F(Conv.KernelHeight)}, {F(Conv.KernelWidth)}, Stride = {F(Conv.StrideY)}, Padding = {F(Conv.PaddingY)}",
                };
                attribute += string.Concat(named.Select(n => ", " + n)) + ")";
                var parameters = new List<string> { $"ReadOnlySpan<{Type}> input" };
                if (!ConstWeights)
                {
                    parameters.Add($"ReadOnlySpan<{Type}> weights");
                }

                if (HasBias && !ConstBias)
                {
                    parameters.Add($"ReadOnlySpan<{Type}> bias");
                }

                if (Kind == Kind.Dot)
                {
                    text.Append($"[{attribute}] public static partial {Type} K({string.Join(", ", parameters)});");
                }
                else
                {
                    parameters.Add($"Span<{Type}> output");
                    text.Append($"[{attribute}] public static partial void K({string.Join(", ", parameters)});");
                }

                return text.ToString();
            }
        }

        public override string ToString() => Declaration;
    }

    private static Gen<Form> FormFor(Kind kind, int[] sizes) =>
        kind == Kind.Conv2D && sizes[0] == 1 && sizes[3] == 1
            ? Gen.Elements(Form.SpanCollection, Form.SpanArray, Form.SpanGetter, Form.ReadOnlyArray, Form.Matrix)
            : Gen.Elements(Form.SpanCollection, Form.SpanArray, Form.SpanGetter, Form.ReadOnlyArray);

    private static Gen<int[]> SizesFor(Kind kind) => kind switch
    {
        Kind.Dot => Gen.OneOf(Gen.Choose(1, 40), Gen.Choose(1, 300)).Select(n => new[] { n }),
        Kind.Dense => from i in Gen.Choose(1, 70) from o in Gen.Choose(1, 12) select new[] { i, o },
        Kind.BatchedDense => from i in Gen.Choose(1, 40) from o in Gen.Choose(1, 12) from b in Gen.Choose(2, 9) select new[] { i, o, b },
        Kind.MatMul or Kind.MatMulTransposed => from m in Gen.Choose(1, 12) from k in Gen.Choose(1, 20) from n in Gen.Choose(1, 40) select new[] { m, k, n },
        Kind.Conv1D => from c in Gen.Elements(1, 1, 2)
             from oc in Gen.Elements(1, 1, 3)
             from n in Gen.OneOf(Gen.Choose(13, 40), Gen.Choose(40, 600)) // at least the widest dilated filter (7 taps, dilation 2)
             from k in Gen.Choose(1, 7)
             from stride in Gen.Elements(1, 1, 2)
             from pad in Gen.Choose(0, 3)
             from dilation in Gen.Elements(1, 1, 2)
             select new[] { c, n, oc, k, stride, pad, dilation },
        _ => from c in Gen.Elements(1, 1, 2, 3)
             from oc in Gen.Elements(1, 1, 2, 5)
             from h in Gen.Choose(3, 14)
             from w in Gen.Choose(3, 40)
             from k in Gen.Choose(1, 3)
             from stride in Gen.Elements(1, 1, 2)
             from pad in Gen.Choose(0, k / 2)
             select new[] { c, h, w, oc, k, k, stride, pad },
    };

    private static Arbitrary<Case> Cases() => Arb.From(
        from kind in Gen.Elements(Enum.GetValues<Kind>())
        from sizes in SizesFor(kind)
        from isDouble in Gen.Elements(false, true)
        from constWeights in Gen.Elements(true, true, false)
        from bias in Gen.Elements(false, true)
        from constBias in Gen.Elements(true, false)
        from form in FormFor(kind, sizes)
        from activation in Gen.Elements(Enum.GetValues<Activation>())
        from seed in Gen.Choose(0, int.MaxValue)
        let anyConstant = constWeights || (kind != Kind.Dot && bias && constBias)
        select new Case(kind, isDouble, sizes, anyConstant ? constWeights : true, bias, constBias, form, activation, seed));

    [Fact]
    public void Random_constant_weights_compile_and_match_the_reference_given_the_same_values()
    {
        Prop.ForAll(Cases(), CheckKernel).Check(Config.QuickThrowOnFailure.WithMaxTest(40).WithQuietOnSuccess(true));
    }

    private static void CheckKernel(Case c)
    {
        MethodInfo method = GeneratorHarness.CompileKernel(c.Declaration);
        if (c.IsDouble)
        {
            Check<double>(c, method);
        }
        else
        {
            Check<float>(c, method);
        }
    }

    private static T[] Cast<T>(double[] values)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T> => values.Select(T.CreateTruncating).ToArray();

    private static void Check<T>(Case c, MethodInfo method)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(c.Seed);
        T[] x = Accuracy.RandomArray<T>(random, c.InputLength);
        T[] w = c.ConstWeights ? Cast<T>(c.Values(c.WeightsLength, 1)) : Accuracy.RandomArray<T>(random, c.WeightsLength);
        T[] b = !c.HasBias ? Array.Empty<T>() : c.ConstBias ? Cast<T>(c.Values(c.BiasLength, 2)) : Accuracy.RandomArray<T>(random, c.BiasLength);
        if (c.Kind == Kind.Dot)
        {
            Accuracy.AssertDot(method.CreateDelegate<DotConst<T>>()(x), x, w, c.Sizes[0], c.ToString());
            return;
        }

        var output = new T[c.OutputLength];
        bool runtimeOther = !c.ConstWeights || (c.HasBias && !c.ConstBias);
        if (runtimeOther)
        {
            method.CreateDelegate<Binary<T>>()(x, c.ConstWeights ? b : w, output);
        }
        else
        {
            method.CreateDelegate<Unary<T>>()(x, output);
        }

        string context = c.ToString();
        switch (c.Kind)
        {
            case Kind.Dense:
                Accuracy.AssertDense<T>(output, x, w, b, c.Sizes[0], c.Sizes[1], c.Activation, context);
                break;
            case Kind.BatchedDense:
                Accuracy.AssertMatMul<T>(output, x, w, b, c.Sizes[2], c.Sizes[0], c.Sizes[1], true, c.Activation, context);
                break;
            case Kind.MatMul:
            case Kind.MatMulTransposed:
                Accuracy.AssertMatMul<T>(output, x, w, b, c.Sizes[0], c.Sizes[1], c.Sizes[2], c.Kind == Kind.MatMulTransposed, c.Activation, context);
                break;
            case Kind.Conv1D:
                Accuracy.AssertConv1D<T>(output, x, w, b, c.Conv1, c.Activation, context);
                break;
            default:
                Accuracy.AssertConv<T>(output, x, w, b, c.Conv, c.Activation, context);
                break;
        }
    }
}
