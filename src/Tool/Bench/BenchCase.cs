using System;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using KernelGen.Catalog;

namespace KernelGen.Tool.Bench;

/// <summary>What one benchmark case runs: the generated kernel, the reference interpreter (a plain loop from the definition), or the TensorPrimitives baseline.</summary>
public enum BenchVariant
{
    Kernel,
    Reference,
    TensorPrimitives,

    /// <summary>An invoker that does nothing, called the same way: what calling through the catalog costs by itself, subtracted from the others.</summary>
    Overhead,
}

/// <summary>One timed thing: a kernel (by its index in the run) and the variant, with its operands made once.</summary>
internal sealed class BenchCase
{
    private BenchCase(KernelInfo kernel, int index, BenchVariant variant, Action run)
    {
        Kernel = kernel;
        Index = index;
        Variant = variant;
        Run = run;
    }

    public KernelInfo Kernel { get; }

    public int Index { get; }

    public BenchVariant Variant { get; }

    /// <summary>One call on fixed random operands.</summary>
    public Action Run { get; }

    /// <summary>The case's name in BenchmarkDotNet's parameter: <c>index:variant</c>.</summary>
    public string Id => $"{Index:D3}:{Variant}";

    /// <summary>The case for <paramref name="variant"/>, or null when the kernel has no such baseline.</summary>
    public static BenchCase? Create(KernelInfo kernel, int index, BenchVariant variant) => kernel switch
    {
        KernelInfo<float> f => Create(f, index, variant),
        KernelInfo<double> d => Create(d, index, variant),
        _ => null,
    };

    private static BenchCase? Create<T>(KernelInfo<T> kernel, int index, BenchVariant variant)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>, IRootFunctions<T>, IHyperbolicFunctions<T>, IExponentialFunctions<T>
    {
        KernelInvoker<T>? invoker = variant switch
        {
            BenchVariant.Kernel => kernel.Invoke,
            BenchVariant.Reference => kernel.Reference,
            BenchVariant.Overhead => static (_, _, _, _) => T.Zero,
            _ => Baselines.TensorPrimitivesFor(kernel),
        };
        if (invoker is null)
        {
            return null;
        }

        KernelArguments<T> arguments = KernelArguments<T>.Random(kernel, new Random(1));
        return new BenchCase(kernel, index, variant, new Call<T>(invoker, arguments).Run);
    }

    /// <summary>
    /// One call of an invoker on fixed operands. Compiled fully optimized at once and without a profile
    /// (<see cref="MethodImplOptions.AggressiveOptimization"/>): every case runs this one method, and a profile-guided
    /// guess of the delegate's target, right for one case and wrong for the others, would make the cost of the call
    /// itself (subtracted as the overhead) differ from case to case.
    /// </summary>
    private sealed class Call<T>(KernelInvoker<T> invoker, KernelArguments<T> arguments)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private readonly T[] _a0 = arguments.Input0, _a1 = arguments.Input1, _a2 = arguments.Input2, _output = arguments.Output;

        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
        public void Run() => invoker(_a0, _a1, _a2, _output);
    }

    /// <summary>The first call's time in milliseconds, which includes compiling the kernel (the JIT's first tier).</summary>
    public double TimeFirstCall()
    {
        var stopwatch = Stopwatch.StartNew();
        Run();
        return stopwatch.Elapsed.TotalMilliseconds;
    }
}
