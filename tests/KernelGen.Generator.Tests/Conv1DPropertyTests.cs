using System;
using System.Globalization;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// 1-D convolutions nobody thought of: FsCheck draws channels, length, filter size, stride, padding, dilation, groups
/// (depthwise included), activation, bias and element type; the kernel is generated, compiled with warnings as
/// errors, and held to the reference interpreter's <c>Conv1D</c> on random inputs.
/// </summary>
public class Conv1DPropertyTests
{
    private delegate void ConvBias<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> w, ReadOnlySpan<T> b, Span<T> y);
    private delegate void Conv<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> w, Span<T> y);

    public sealed record Case(Conv1DShape Shape, bool IsDouble, Activation Activation, bool Bias, int Seed)
    {
        private string Type => IsDouble ? "double" : "float";

        public string Declaration
        {
            get
            {
                Conv1DShape s = Shape;
                string F(int v) => v.ToString(CultureInfo.InvariantCulture);
                return $"[Conv1D({F(s.InChannels)}, {F(s.Length)}, {F(s.OutChannels)}, {F(s.KernelSize)}, Stride = {F(s.Stride)}, Padding = {F(s.Padding)}, Dilation = {F(s.Dilation)}, Groups = {F(s.Groups)}, Activation = Activation.{Activation})] "
                    + $"public static partial void K(ReadOnlySpan<{Type}> input, ReadOnlySpan<{Type}> weights, {(Bias ? $"ReadOnlySpan<{Type}> bias, " : "")}Span<{Type}> output);";
            }
        }

        public override string ToString() => Declaration;
    }

    private static Arbitrary<Case> Cases() => Arb.From(
        from groups in Gen.Elements(1, 1, 2, 3)
        from inPerGroup in Gen.Elements(1, 1, 2, 4)
        from outPerGroup in Gen.Elements(1, 1, 2, 5)
        from depthwise in Gen.Elements(false, false, true)
        from length in Gen.OneOf(Gen.Choose(1, 40), Gen.Choose(40, 700))
        from k in Gen.Choose(1, 9)
        from stride in Gen.Elements(1, 1, 2, 3)
        from padding in Gen.Choose(0, 4)
        from dilation in Gen.Elements(1, 1, 2, 3)
        from isDouble in Gen.Elements(false, true)
        from activation in Gen.Elements(Enum.GetValues<Activation>())
        from bias in Gen.Elements(false, true)
        from seed in Gen.Choose(0, int.MaxValue)
        let channels = depthwise ? groups * 2 : groups * inPerGroup
        let outs = depthwise ? groups * 2 : groups * outPerGroup
        let g = depthwise ? groups * 2 : groups
        let fit = Math.Max(length, (dilation * (k - 1)) + 1 - (2 * padding))
        select new Case(new Conv1DShape(channels, fit, outs, k, stride, padding, dilation, g), isDouble, activation, bias, seed));

    [Fact]
    public void Random_1d_convolutions_compile_and_match_the_reference_interpreter()
    {
        Prop.ForAll(Cases(), CheckKernel).Check(Config.QuickThrowOnFailure.WithMaxTest(20).WithQuietOnSuccess(true));
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

    private static void Check<T>(Case c, MethodInfo method)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(c.Seed);
        Conv1DShape s = c.Shape;
        T[] x = Accuracy.RandomArray<T>(random, s.InputLength);
        T[] w = Accuracy.RandomArray<T>(random, s.WeightsLength);
        T[] b = c.Bias ? Accuracy.RandomArray<T>(random, s.OutChannels) : Array.Empty<T>();
        var output = new T[s.OutputLength];
        if (c.Bias)
        {
            method.CreateDelegate<ConvBias<T>>()(x, w, b, output);
        }
        else
        {
            method.CreateDelegate<Conv<T>>()(x, w, output);
        }

        Accuracy.AssertConv1D<T>(output, x, w, b, s, c.Activation, c.ToString());
    }
}
