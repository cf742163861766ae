using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
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

    /// <summary>A threaded kernel with <c>KernelThreads.Limit = 1</c> for the call: the same parts, on the calling thread alone.</summary>
    OneThread,
}

/// <summary>One timed thing: a kernel (by its index in the run) and the variant, with its operands made once.</summary>
internal sealed class BenchCase
{
    private BenchCase(KernelInfo kernel, int index, BenchVariant variant, Action run, IReadOnlyList<int> offsets)
    {
        Offsets = offsets;
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

    /// <summary>Each operand's first element's distance in bytes past a 64-byte cache line (read operands, then the output).</summary>
    public IReadOnlyList<int> Offsets { get; }

    /// <summary>The case's name in BenchmarkDotNet's parameter: <c>index:variant</c>.</summary>
    public string Id => IdOf(Index, Variant);

    /// <summary>The id of the case for kernel <paramref name="index"/> and <paramref name="variant"/>.</summary>
    public static string IdOf(int index, BenchVariant variant) => $"{index:D3}:{variant}";

    /// <summary>The case for <paramref name="variant"/>, or null when the kernel has no such baseline.</summary>
    public static BenchCase? Create(KernelInfo kernel, int index, BenchVariant variant, bool aligned) => kernel switch
    {
        KernelInfo<float> f => Create(f, index, variant, aligned),
        KernelInfo<double> d => Create(d, index, variant, aligned),
        _ => null,
    };

    private static BenchCase? Create<T>(KernelInfo<T> kernel, int index, BenchVariant variant, bool aligned)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>, IRootFunctions<T>, IHyperbolicFunctions<T>, IExponentialFunctions<T>
    {
        KernelInvoker<T>? invoker = variant switch
        {
            BenchVariant.Kernel => kernel.Invoke,
            BenchVariant.Reference => kernel.Reference,
            BenchVariant.Overhead => static (_, _, _, _) => T.Zero,
            BenchVariant.OneThread => OneThread(kernel.Invoke),
            _ => Baselines.TensorPrimitivesFor(kernel),
        };
        if (invoker is null)
        {
            return null;
        }

        KernelArguments<T> arguments = KernelArguments<T>.Random(kernel, new Random(1));
        var call = new Call<T>(invoker, arguments, aligned);
        return new BenchCase(kernel, index, variant, call.Run, call.Offsets);
    }

    /// <summary>The kernel with <see cref="KernelThreads.Limit"/> at 1 for the call, and back after it.</summary>
    private static KernelInvoker<T> OneThread<T>(KernelInvoker<T> kernel) => (a, b, c, output) =>
    {
        int limit = KernelThreads.Limit;
        KernelThreads.Limit = 1;
        try
        {
            return kernel(a, b, c, output);
        }
        finally
        {
            KernelThreads.Limit = limit;
        }
    };

    /// <summary>
    /// An operand in pinned memory (it never moves, so its alignment holds for the whole run): where an array puts it
    /// (16 bytes into the object, so 0 to 56 bytes past a cache line, as in an application), or 64-byte aligned.
    /// </summary>
    private readonly struct Operand<T>
        where T : unmanaged
    {
        public Operand(T[] values, bool aligned)
        {
            Length = values.Length;
            Array = GC.AllocateUninitializedArray<T>(values.Length + (aligned ? 64 / Unsafe.SizeOf<T>() : 0), pinned: true);
            Start = 0;
            if (aligned && values.Length > 0)
            {
                int misalignment = (int)(Address(Array, 0) % 64);
                Start = misalignment == 0 ? 0 : (64 - misalignment) / Unsafe.SizeOf<T>();
            }

            values.CopyTo(Array, Start);
        }

        public T[] Array { get; }

        public int Start { get; }

        public int Length { get; }

        public int Offset => Length == 0 ? 0 : (int)(Address(Array, Start) % 64);

        private static long Address(T[] array, int index)
        {
            var handle = System.Runtime.InteropServices.GCHandle.Alloc(array, System.Runtime.InteropServices.GCHandleType.Pinned);
            try
            {
                return handle.AddrOfPinnedObject().ToInt64() + ((long)index * Unsafe.SizeOf<T>());
            }
            finally
            {
                handle.Free();
            }
        }
    }

    /// <summary>
    /// One call of an invoker on fixed operands. Compiled fully optimized at once and without a profile
    /// (<see cref="MethodImplOptions.AggressiveOptimization"/>): every case runs this one method, and a profile-guided
    /// guess of the delegate's target, right for one case and wrong for the others, would make the cost of the call
    /// itself (subtracted as the overhead) differ from case to case.
    /// </summary>
    private sealed class Call<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private readonly KernelInvoker<T> _invoker;
        private readonly T[] _a0, _a1, _a2, _out;
        private readonly int _s0, _s1, _s2, _sOut, _n0, _n1, _n2, _nOut;

        public Call(KernelInvoker<T> invoker, KernelArguments<T> arguments, bool aligned)
        {
            _invoker = invoker;
            var operands = new[] { arguments.Input0, arguments.Input1, arguments.Input2, arguments.Output }.Select(v => new Operand<T>(v, aligned)).ToArray();
            (_a0, _s0, _n0) = (operands[0].Array, operands[0].Start, operands[0].Length);
            (_a1, _s1, _n1) = (operands[1].Array, operands[1].Start, operands[1].Length);
            (_a2, _s2, _n2) = (operands[2].Array, operands[2].Start, operands[2].Length);
            (_out, _sOut, _nOut) = (operands[3].Array, operands[3].Start, operands[3].Length);
            Offsets = operands.Where(o => o.Length > 0).Select(o => o.Offset).ToArray();
        }

        public int[] Offsets { get; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
        public void Run() => _invoker(
            new ReadOnlySpan<T>(_a0, _s0, _n0), new ReadOnlySpan<T>(_a1, _s1, _n1), new ReadOnlySpan<T>(_a2, _s2, _n2), new Span<T>(_out, _sOut, _nOut));
    }

    /// <summary>The first call's time in milliseconds, which includes compiling the kernel (the JIT's first tier).</summary>
    public double TimeFirstCall()
    {
        var stopwatch = Stopwatch.StartNew();
        Run();
        return stopwatch.Elapsed.TotalMilliseconds;
    }
}
