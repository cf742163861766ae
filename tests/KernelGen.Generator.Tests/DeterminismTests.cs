using System.Globalization;
using System.Linq;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// The generator's output is byte-identical for the same input: across runs, and whatever the current culture (numbers,
/// casing and sorting differ in tr-TR, de-DE, ar-SA, fa-IR; a culture-sensitive format or compare would show here).
/// </summary>
public class DeterminismTests
{
    private const string Source = """
        using System;
        using KernelGen;
        namespace Demo.Ünïcode;
        public static partial class Kernels
        {
            [DotProduct(1030, UnrollBudget = 64)] public static partial double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
            [Dense(784, 10, Activation = Activation.Sigmoid)] public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
            [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
            [Conv2D(8, 20, 20, 8, 3, 3, StrideX = 2, Dilation = 2, PaddingY = 2, Groups = 8)] public static partial void Depthwise(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
            [DotProduct(0)] public static partial float Invalid(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
            [DotProduct(4096)] public static partial float Info(ReadOnlySpan<float> i, ReadOnlySpan<float> I);
        }
        """;

    private static string Snapshot()
    {
        GeneratorRun run = GeneratorHarness.Run(Source);
        return string.Join("\n====\n", run.Sources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Source).Append(run.Catalog ?? ""))
            + "\n====\n" + string.Join("\n", run.GeneratorDiagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void Output_is_byte_identical_across_runs_and_cultures(string culture)
    {
        CultureInfo savedCulture = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        string invariant;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            invariant = Snapshot();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            string first = Snapshot(), second = Snapshot();

            Assert.Equal(invariant, first);
            Assert.Equal(first, second);
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUi;
        }

        Assert.Contains("KGEN006", invariant, System.StringComparison.Ordinal);
        Assert.Contains("KGEN100", invariant, System.StringComparison.Ordinal);
        Assert.Equal(5 + 1 + 1, invariant.Split("\n====\n").Length - 1); // five kernels, the refused one's throwing stub, the catalog
        Assert.Contains("KernelGen did not generate Invalid: KGEN006.", invariant, System.StringComparison.Ordinal);
        Assert.Contains("KernelCatalogAttribute", invariant, System.StringComparison.Ordinal);
    }
}
