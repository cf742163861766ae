using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// Shapes nobody thought of: FsCheck draws a kernel (kind, sizes, element type, activation, bias, unroll budget), the
/// generator runs in-process, Roslyn compiles its output with warnings as errors, the assembly is loaded, and the
/// kernel is held to the reference interpreter on random inputs. A failure prints FsCheck's replay seed.
/// </summary>
public class PropertyTests
{
    private delegate float DotF(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    private delegate double DotD(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    private delegate void DenseF(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y);
    private delegate void DenseD(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> b, Span<double> y);
    private delegate void DenseNoBiasF(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);
    private delegate void DenseNoBiasD(ReadOnlySpan<double> x, ReadOnlySpan<double> w, Span<double> y);

    /// <summary>One random kernel declaration.</summary>
    public sealed record KernelCase(bool Dense, bool IsDouble, int Inputs, int Outputs, Activation Activation, bool Bias, int Budget, int Seed)
    {
        public string Type => IsDouble ? "double" : "float";

        public string Declaration => Dense
            ? $"[Dense({Inputs}, {Outputs}, Activation = Activation.{Activation}{BudgetText})] public static partial void K(ReadOnlySpan<{Type}> input, ReadOnlySpan<{Type}> weights, {(Bias ? $"ReadOnlySpan<{Type}> bias, " : "")}Span<{Type}> output);"
            : $"[DotProduct({Inputs}{BudgetText})] public static partial {Type} K(ReadOnlySpan<{Type}> x, ReadOnlySpan<{Type}> y);";

        private string BudgetText => Budget == 0 ? "" : ", UnrollBudget = " + Budget.ToString(CultureInfo.InvariantCulture);

        public override string ToString() => Declaration;
    }

    private static Arbitrary<KernelCase> Cases() => Arb.From(
        from dense in Gen.Elements(false, true)
        from isDouble in Gen.Elements(false, true)
        from inputs in Gen.OneOf(Gen.Choose(1, 40), Gen.Choose(1, 700))
        from outputs in Gen.Choose(1, 24)
        from activation in Gen.Elements(Enum.GetValues<Activation>())
        from bias in Gen.Elements(false, true)
        from budget in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 96))
        from seed in Gen.Choose(0, int.MaxValue)
        select new KernelCase(dense, isDouble, inputs, dense ? outputs : 1, activation, bias, budget, seed));

    [Fact]
    public void Random_kernels_compile_and_match_the_reference_interpreter()
    {
        Prop.ForAll(Cases(), CheckKernel).Check(Config.QuickThrowOnFailure.WithMaxTest(40).WithQuietOnSuccess(true));
    }

    private static void CheckKernel(KernelCase c)
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

    private static void Check<T>(KernelCase c, MethodInfo method, Random random)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        T[] x = Accuracy.RandomArray<T>(random, c.Inputs);
        if (!c.Dense)
        {
            T[] y = Accuracy.RandomArray<T>(random, c.Inputs);
            T result = typeof(T) == typeof(float)
                ? (T)(object)method.CreateDelegate<DotF>()((float[])(object)x, (float[])(object)y)
                : (T)(object)method.CreateDelegate<DotD>()((double[])(object)x, (double[])(object)y);
            Accuracy.AssertDot<T>(result, x, y, c.Inputs, c.ToString());
            return;
        }

        T[] w = Accuracy.RandomArray<T>(random, c.Inputs * c.Outputs);
        T[] b = c.Bias ? Accuracy.RandomArray<T>(random, c.Outputs) : Array.Empty<T>();
        T[] output = new T[c.Outputs];
        switch (output)
        {
            case float[] o when c.Bias: method.CreateDelegate<DenseF>()((float[])(object)x, (float[])(object)w, (float[])(object)b, o); break;
            case float[] o: method.CreateDelegate<DenseNoBiasF>()((float[])(object)x, (float[])(object)w, o); break;
            case double[] o when c.Bias: method.CreateDelegate<DenseD>()((double[])(object)x, (double[])(object)w, (double[])(object)b, o); break;
            case double[] o: method.CreateDelegate<DenseNoBiasD>()((double[])(object)x, (double[])(object)w, o); break;
        }

        Accuracy.AssertDense<T>(output, x, w, b, c.Inputs, c.Outputs, c.Activation, c.ToString());
    }

    /// <summary>One random matrix product (or, with <see cref="Batch"/>, a batched dense layer: m = batch, k = inputs, n = outputs).</summary>
    public sealed record GemmCase(int M, int K, int N, bool TransposeB, bool Batch, bool IsDouble, Activation Activation, bool Bias, int Budget, int Seed)
    {
        public string Type => IsDouble ? "double" : "float";

        public string Declaration => Batch
            ? $"[Dense({K}, {N}, Batch = {M}, Activation = Activation.{Activation}{BudgetText})] public static partial void K(ReadOnlySpan<{Type}> input, ReadOnlySpan<{Type}> weights, {(Bias ? $"ReadOnlySpan<{Type}> bias, " : "")}Span<{Type}> output);"
            : $"[MatMul({M}, {K}, {N}{(TransposeB ? ", TransposeB = true" : "")}, Activation = Activation.{Activation}{BudgetText})] public static partial void K(ReadOnlySpan<{Type}> a, ReadOnlySpan<{Type}> b, {(Bias ? $"ReadOnlySpan<{Type}> bias, " : "")}Span<{Type}> c);";

        private string BudgetText => Budget == 0 ? "" : ", UnrollBudget = " + Budget.ToString(CultureInfo.InvariantCulture);

        public override string ToString() => Declaration;
    }

    private static Arbitrary<GemmCase> GemmCases() => Arb.From(
        from m in Gen.OneOf(Gen.Choose(1, 9), Gen.Choose(1, 40))
        from k in Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(1, 130))
        from n in Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(1, 70))
        from transposeB in Gen.Elements(false, true)
        from batch in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from isDouble in Gen.Elements(false, true)
        from activation in Gen.Elements(Enum.GetValues<Activation>())
        from bias in Gen.Elements(false, true)
        from budget in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 96))
        from seed in Gen.Choose(0, int.MaxValue)
        select new GemmCase(m, k, n, transposeB || batch, batch, isDouble, activation, bias, budget, seed));

    [Fact]
    public void Random_matrix_products_compile_and_match_the_reference_interpreter()
    {
        Prop.ForAll(GemmCases(), CheckGemm).Check(Config.QuickThrowOnFailure.WithMaxTest(30).WithQuietOnSuccess(true));
    }

    private static void CheckGemm(GemmCase c)
    {
        MethodInfo method = GeneratorHarness.CompileKernel(c.Declaration);
        var random = new Random(c.Seed);
        if (c.IsDouble)
        {
            CheckGemm<double>(c, method, random);
        }
        else
        {
            CheckGemm<float>(c, method, random);
        }
    }

    private static void CheckGemm<T>(GemmCase c, MethodInfo method, Random random)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        T[] a = Accuracy.RandomArray<T>(random, c.M * c.K), b = Accuracy.RandomArray<T>(random, c.K * c.N);
        T[] bias = c.Bias ? Accuracy.RandomArray<T>(random, c.N) : Array.Empty<T>();
        T[] output = new T[c.M * c.N];
        switch (output)
        {
            case float[] o when c.Bias: method.CreateDelegate<DenseF>()((float[])(object)a, (float[])(object)b, (float[])(object)bias, o); break;
            case float[] o: method.CreateDelegate<DenseNoBiasF>()((float[])(object)a, (float[])(object)b, o); break;
            case double[] o when c.Bias: method.CreateDelegate<DenseD>()((double[])(object)a, (double[])(object)b, (double[])(object)bias, o); break;
            case double[] o: method.CreateDelegate<DenseNoBiasD>()((double[])(object)a, (double[])(object)b, o); break;
        }

        Accuracy.AssertMatMul<T>(output, a, b, bias, c.M, c.K, c.N, c.TransposeB, c.Activation, c.ToString());
    }
}
