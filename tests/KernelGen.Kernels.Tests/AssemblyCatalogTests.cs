using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KernelGen.Catalog;
using AssemblyKernels = KernelGen.Catalog.KernelCatalog; // this project has its own KernelCatalog (its declarations as data)
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// The kernel catalog of KernelGen.TestKernels, as the real build's generator wrote it: every declared kernel once, each entry's
/// invoker the kernel itself (bit for bit what a direct call gives), and <see cref="KernelVerifier"/> over all of them.
/// </summary>
public class AssemblyCatalogTests
{
    private static readonly Assembly Kernels = typeof(Declared).Assembly; // KernelGen.TestKernels, where the kernels under test are declared

    private static readonly string[] KernelAttributes =
        { "DotProduct", "Dense", "MatMul", "Conv1D", "Conv2D", "MaxPool2D", "AvgPool2D", "CosineSimilarity" };

    /// <summary>Every method of this assembly that carries a kernel attribute, by its full name.</summary>
    // Integer kernels (byte or sbyte operands) are not listed yet: the catalog's delegates take one element type.
    private static List<string> DeclaredKernels() =>
        Kernels.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes().Any(a => KernelAttributes.Contains(a.GetType().Name.Replace("Attribute", ""))))
            .Where(m => m.GetParameters().FirstOrDefault()?.ParameterType.GetGenericArguments().FirstOrDefault() is not { } t || (t != typeof(byte) && t != typeof(sbyte)))
            .Select(m => m.DeclaringType!.FullName!.Replace('+', '.') + "." + m.Name)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Every_declared_kernel_is_listed_once_in_name_order()
    {
        AssemblyKernels catalog = AssemblyKernels.For(Kernels)!;
        Assert.NotNull(catalog);
        List<string> declared = DeclaredKernels();
        Assert.True(declared.Count > 1000, $"{declared.Count} kernels");
        Assert.Equal(declared, catalog.Kernels.Select(k => k.Name));
        Assert.Equal(catalog.Kernels.Count, catalog.Kernels.Select(k => k.GeneratedFile).Distinct().Count());
        foreach (KernelInfo kernel in catalog.Kernels)
        {
            Assert.Contains(kernel.Kind, KernelAttributes);
            Assert.StartsWith(kernel.Kind + "(", kernel.Attribute, StringComparison.Ordinal);
            Assert.True(kernel.Flops > 0 && kernel.BytesRead > 0 && kernel.BytesWritten > 0, kernel.Name);
            Assert.NotNull(kernel.WidestPath);
        }
    }

    [Fact]
    public void An_invoker_gives_the_bits_of_a_direct_call()
    {
        AssemblyKernels catalog = AssemblyKernels.For(Kernels)!;
        var random = new Random(11);

        var dot = (KernelInfo<float>)catalog.Find("Dot_float_37")!;
        float[] x = Accuracy.RandomArray<float>(random, 37), y = Accuracy.RandomArray<float>(random, 37);
        Assert.Equal(BitConverter.SingleToInt32Bits(Declared.Dot_float_37(x, y)), BitConverter.SingleToInt32Bits(dot.Invoke(x, y, default, default)));

        var conv = (KernelInfo<float>)catalog.Find("KernelGen.Kernels.Tests.Declared.Conv_float_K3P1C3to16_None_Deterministic")!;
        var args = KernelArguments<float>.Random(conv, random);
        args.Call(conv.Invoke);
        var direct = new float[args.Output.Length];
        Declared.Conv_float_K3P1C3to16_None_Deterministic(args.Input0, args.Input1, args.Input2, direct);
        Assert.Equal(direct, args.Output);
    }

    [Fact]
    public void Every_kernel_of_the_assembly_verifies_against_the_reference()
    {
        IReadOnlyList<KernelVerification> results = KernelVerifier.VerifyAll(Kernels, trials: 1, seed: 5);
        Assert.Equal(AssemblyKernels.For(Kernels)!.Kernels.Count, results.Count);
        var failed = results.Where(v => !v.Passed).Select(v => $"{v.Kernel}: error {v.WorstError:E3} > {v.Bound:E3} at {v.WorstOutput}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }
}
