using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using KernelGen.Generator.Kinds.Conv2D;
using ActivationKind = KernelGen.Generator.Model.ActivationKind;
using ElementType = KernelGen.Generator.Model.ElementType;
using TargetInfo = KernelGen.Generator.Model.TargetInfo;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// Convolutions nobody thought of: FsCheck draws every size and property of a <c>[Conv2D]</c> (per-axis strides,
/// padding and dilation, groups, activation, bias, element type, unroll budget), the generator runs in-process, Roslyn
/// compiles the output with warnings as errors, and the loaded kernel is held to the reference interpreter on random
/// inputs. Draws whose filter does not fit the padded input are shrunk into range, so every case is a valid kernel.
/// </summary>
public class ConvPropertyTests
{
    private delegate void ConvF(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y);
    private delegate void ConvD(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> b, Span<double> y);
    private delegate void ConvNoBiasF(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);
    private delegate void ConvNoBiasD(ReadOnlySpan<double> x, ReadOnlySpan<double> w, Span<double> y);

    /// <summary>One random convolution declaration.</summary>
    public sealed record ConvCase(Conv2DShape Shape, bool IsDouble, Activation Activation, bool Bias, int Budget, int Seed)
    {
        private string Type => IsDouble ? "double" : "float";

        public string Declaration
        {
            get
            {
                Conv2DShape s = Shape;
                string F(int v) => v.ToString(CultureInfo.InvariantCulture);
                string named = $", StrideY = {F(s.StrideY)}, StrideX = {F(s.StrideX)}, PaddingY = {F(s.PaddingY)}, PaddingX = {F(s.PaddingX)}"
                    + $", DilationY = {F(s.DilationY)}, DilationX = {F(s.DilationX)}, Groups = {F(s.Groups)}, Activation = Activation.{Activation}"
                    + (Budget == 0 ? "" : ", UnrollBudget = " + F(Budget));
                return $"[Conv2D({F(s.InChannels)}, {F(s.Height)}, {F(s.Width)}, {F(s.OutChannels)}, {F(s.KernelHeight)}, {F(s.KernelWidth)}{named})] "
                    + $"public static partial void K(ReadOnlySpan<{Type}> input, ReadOnlySpan<{Type}> weights, {(Bias ? $"ReadOnlySpan<{Type}> bias, " : "")}Span<{Type}> output);";
            }
        }

        public override string ToString() => Declaration;
    }

    private static Arbitrary<ConvCase> Cases() => Arb.From(
        from groups in Gen.Elements(1, 1, 1, 2, 3)
        from inPerGroup in Gen.Choose(1, 5)
        from outPerGroup in Gen.Choose(1, 9)
        from height in Gen.Choose(1, 20)
        from width in Gen.Choose(1, 40)
        from kh in Gen.Choose(1, 5)
        from kw in Gen.Choose(1, 5)
        from sy in Gen.Choose(1, 3)
        from sx in Gen.Choose(1, 3)
        from py in Gen.Choose(0, 3)
        from px in Gen.Choose(0, 3)
        from dy in Gen.Elements(1, 1, 2)
        from dx in Gen.Elements(1, 1, 2, 3)
        from isDouble in Gen.Elements(false, true)
        from activation in Gen.Elements(Enum.GetValues<Activation>())
        from bias in Gen.Elements(false, true)
        from budget in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 120))
        from seed in Gen.Choose(0, int.MaxValue)
        select new ConvCase(Fit(new Conv2DShape(groups * inPerGroup, height, width, groups * outPerGroup, kh, kw, sy, sx, py, px, dy, dx, groups)),
            isDouble, activation, bias, budget, seed));

    /// <summary>Shrinks the filter (then the dilation) until its span fits the padded input: every case is valid.</summary>
    private static Conv2DShape Fit(Conv2DShape s)
    {
        while (s.DilationY * (s.KernelHeight - 1) + 1 > s.Height + (2 * s.PaddingY))
        {
            s = s.KernelHeight > 1 ? s with { KernelHeight = s.KernelHeight - 1 } : s with { DilationY = 1 };
        }

        while (s.DilationX * (s.KernelWidth - 1) + 1 > s.Width + (2 * s.PaddingX))
        {
            s = s.KernelWidth > 1 ? s with { KernelWidth = s.KernelWidth - 1 } : s with { DilationX = 1 };
        }

        return s;
    }

    [Fact]
    public void Random_convolutions_compile_and_match_the_reference_interpreter()
    {
        Prop.ForAll(Cases(), CheckKernel).Check(Config.QuickThrowOnFailure.WithMaxTest(20).WithQuietOnSuccess(true));
    }

    /// <summary>
    /// Filters wide enough that their columns are looped a group of taps at a time (<c>TapUnroll.PerTap</c>), which the
    /// random draws (filters up to 5 wide) never reach: stride 2 (groups of 2 taps, one per phase), stride 1, stride 3
    /// with dilation 2 (groups of 3 taps, phases 0, 2, 1), a tail after the loop in each; float and double.
    /// </summary>
    [Theory]
    [InlineData(3, 40, 36, 8, 7, 7, 2, 3, 1, false, true, 0)]
    [InlineData(2, 30, 40, 8, 7, 7, 1, 3, 1, true, false, 0)]
    [InlineData(2, 24, 70, 8, 3, 10, 3, 4, 2, false, false, 100)]
    [InlineData(3, 29, 33, 4, 7, 7, 2, 3, 1, true, true, 0)]
    public void Filters_looped_a_group_of_taps_at_a_time_match_the_reference_interpreter(
        int inChannels, int height, int width, int outChannels, int kh, int kw, int stride, int padding, int dilationX, bool isDouble, bool bias, int budget)
    {
        var shape = new Conv2DShape(inChannels, height, width, outChannels, kh, kw, stride, stride, padding, padding, 1, dilationX, 1);
        var spec = new ConvSpec(isDouble ? ElementType.Double : ElementType.Float,
            inChannels, height, width, outChannels, kh, kw, stride, stride, padding, padding, 1, dilationX, 1, bias, ActivationKind.Relu);
        ConvPlan plan = ConvPlanner.Plan(spec, TargetInfo.Latest, budget == 0 ? 256 : budget);
        Assert.Equal(TapUnroll.PerTap, plan.Paths[0].Unroll);
        for (int seed = 1; seed <= 3; seed++)
        {
            CheckKernel(new ConvCase(shape, isDouble, Activation.Relu, bias, budget, seed));
        }
    }

    /// <summary>One random Winograd declaration: 3x3, stride 1; any channels, plane, padding, bias, type, batch, threads.</summary>
    public sealed record WinogradCase(Conv2DShape Shape, bool IsDouble, bool Relu, bool Bias, int Images, int Threads, int Seed)
    {
        private string Type => IsDouble ? "double" : "float";

        public override string ToString()
        {
            Conv2DShape s = Shape;
            string F(int v) => v.ToString(CultureInfo.InvariantCulture);
            return $"[Conv2D({F(s.InChannels)}, {F(s.Height)}, {F(s.Width)}, {F(s.OutChannels)}, 3, 3, PaddingY = {F(s.PaddingY)}, PaddingX = {F(s.PaddingX)}, "
                + $"Algorithm = ConvAlgorithm.Winograd, Activation = Activation.{(Relu ? "Relu" : "None")}, Batch = {F(Images)}, Threads = {F(Threads)})] "
                + $"public static partial void K(ReadOnlySpan<{Type}> input, ReadOnlySpan<{Type}> weights, {(Bias ? $"ReadOnlySpan<{Type}> bias, " : "")}Span<{Type}> output);";
        }
    }

    private static Arbitrary<WinogradCase> WinogradCases() => Arb.From(
        from inChannels in Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(20, 70))
        from outChannels in Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(20, 70))
        from py in Gen.Choose(0, 2)
        from px in Gen.Choose(0, 2)
        from height in Gen.Choose(Math.Max(1, 3 - (2 * py)), 30)
        from width in Gen.Choose(Math.Max(1, 3 - (2 * px)), 30)
        from isDouble in Gen.Elements(false, true)
        from relu in Gen.Elements(false, true)
        from bias in Gen.Elements(false, true)
        from images in Gen.Elements(1, 1, 2, 3)
        from threads in Gen.Elements(1, 1, 2, 0)
        from seed in Gen.Choose(0, int.MaxValue)
        select new WinogradCase(new Conv2DShape(inChannels, height, width, outChannels, 3, 3, 1, 1, py, px), isDouble, relu, bias, images, threads, seed));

    [Fact]
    public void Random_Winograd_convolutions_compile_and_stay_within_the_Winograd_bound()
    {
        Prop.ForAll(WinogradCases(), c =>
        {
            MethodInfo method = GeneratorHarness.CompileKernel(c.ToString());
            if (c.IsDouble)
            {
                CheckWinograd<double>(c, method);
            }
            else
            {
                CheckWinograd<float>(c, method);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(18).WithQuietOnSuccess(true));
    }

    private static void CheckWinograd<T>(WinogradCase c, MethodInfo method)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        Conv2DShape s = c.Shape;
        var random = new Random(c.Seed);
        T[] x = Accuracy.RandomArray<T>(random, s.InputLength * c.Images);
        T[] w = Accuracy.RandomArray<T>(random, s.WeightsLength);
        T[] b = c.Bias ? Accuracy.RandomArray<T>(random, s.OutChannels) : Array.Empty<T>();
        T[] output = new T[s.OutputLength * c.Images];
        switch (output)
        {
            case float[] o when c.Bias: method.CreateDelegate<ConvF>()((float[])(object)x, (float[])(object)w, (float[])(object)b, o); break;
            case float[] o: method.CreateDelegate<ConvNoBiasF>()((float[])(object)x, (float[])(object)w, o); break;
            case double[] o when c.Bias: method.CreateDelegate<ConvD>()((double[])(object)x, (double[])(object)w, (double[])(object)b, o); break;
            case double[] o: method.CreateDelegate<ConvNoBiasD>()((double[])(object)x, (double[])(object)w, o); break;
        }

        // the contract's Winograd bound, 256 n u times its magnitude term; Relu is 1-Lipschitz, so the bound holds after it
        double u = Accuracy.UnitRoundoff<T>(), n = (9 * s.InChannels) + 1;
        var exact = new double[s.OutputLength];
        var magnitude = new double[s.OutputLength];
        for (int image = 0; image < c.Images; image++)
        {
            ReadOnlySpan<T> input = x.AsSpan(image * s.InputLength, s.InputLength);
            ReferenceInterpreter.Conv2DWinogradExact<T>(input, w, b, exact, s, absolute: false);
            ReferenceInterpreter.Conv2DWinogradExact<T>(input, w, b, magnitude, s, absolute: true);
            for (int i = 0; i < exact.Length; i++)
            {
                double expected = c.Relu ? Math.Max(0, exact[i]) : exact[i];
                double actual = double.CreateTruncating(output[(image * s.OutputLength) + i]);
                double bound = (256 * n * u * magnitude[i]) + 1e-300;
                Assert.True(Math.Abs(actual - expected) <= bound,
                    $"{c}: image {image}, output {i} is {actual}, exact {expected}, bound {bound}");
            }
        }
    }

    private static void CheckKernel(ConvCase c)
    {
        MethodInfo method = GeneratorHarness.CompileKernel(c.Declaration);
        var random = new Random(c.Seed);
        if (c.IsDouble)
        {
            Check<double>(c, method, random);
        }
        else
        {
            Check<float>(c, method, random);
        }
    }

    private static void Check<T>(ConvCase c, MethodInfo method, Random random)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        Conv2DShape s = c.Shape;
        T[] x = Accuracy.RandomArray<T>(random, s.InputLength);
        T[] w = Accuracy.RandomArray<T>(random, s.WeightsLength);
        T[] b = c.Bias ? Accuracy.RandomArray<T>(random, s.OutChannels) : Array.Empty<T>();
        T[] output = new T[s.OutputLength];
        switch (output)
        {
            case float[] o when c.Bias: method.CreateDelegate<ConvF>()((float[])(object)x, (float[])(object)w, (float[])(object)b, o); break;
            case float[] o: method.CreateDelegate<ConvNoBiasF>()((float[])(object)x, (float[])(object)w, o); break;
            case double[] o when c.Bias: method.CreateDelegate<ConvD>()((double[])(object)x, (double[])(object)w, (double[])(object)b, o); break;
            case double[] o: method.CreateDelegate<ConvNoBiasD>()((double[])(object)x, (double[])(object)w, o); break;
        }

        Accuracy.AssertConv<T>(output, x, w, b, s, c.Activation, c.ToString());
    }
}
