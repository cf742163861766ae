using System;
using System.Collections.Generic;
using System.Numerics;
using System.Reflection;

namespace KernelGen.Catalog;

/// <summary>
/// One kernel checked against the reference interpreter: the worst output (by its error relative to what the contract
/// allows there), that error and that allowance. <see cref="Passed"/> when no output exceeds its bound.
/// </summary>
public sealed record KernelVerification(KernelInfo Kernel, double WorstError, double Bound, int WorstOutput, int Trials)
{
    /// <summary>Whether every output is within its bound.</summary>
    public bool Passed => WorstError <= Bound || (double.IsNaN(WorstError) && double.IsNaN(Bound));

    /// <summary>The worst error as a fraction of its bound (0 for an exact kernel; above 1 is a failure).</summary>
    public double Ratio => Bound > 0 ? WorstError / Bound : (WorstError == 0 ? 0 : double.PositiveInfinity);
}

/// <summary>
/// Checks kernels on random inputs against the reference interpreter, to the contract's accuracy bound
/// (<c>|z - exact| &lt;= n u (sum |products| + |bias|)</c> before the activation, the activation's own allowance, the
/// pooling and cosine bounds). Put one call in your own test suite:
/// <code>Assert.All(KernelVerifier.VerifyAll(typeof(MyKernels).Assembly), v =&gt; Assert.True(v.Passed, v.ToString()));</code>
/// </summary>
public static class KernelVerifier
{
    /// <summary>Every kernel of <paramref name="assembly"/> (none when it has no catalog), <paramref name="trials"/> random inputs each.</summary>
    public static IReadOnlyList<KernelVerification> VerifyAll(Assembly assembly, int trials = 3, int seed = 1)
    {
        KernelCatalog? catalog = KernelCatalog.For(assembly);
        return catalog is null ? Array.Empty<KernelVerification>() : VerifyAll(catalog, trials, seed);
    }

    /// <summary>Every kernel of <paramref name="catalog"/>, <paramref name="trials"/> random inputs each.</summary>
    public static IReadOnlyList<KernelVerification> VerifyAll(KernelCatalog catalog, int trials = 3, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var results = new List<KernelVerification>(catalog.Kernels.Count);
        foreach (KernelInfo kernel in catalog.Kernels)
        {
            results.Add(Verify(kernel, trials, seed));
        }

        return results;
    }

    /// <summary>One kernel on <paramref name="trials"/> random inputs (values in [-1, 1] times a scale of 10^-2 .. 10^2 per trial).</summary>
    public static KernelVerification Verify(KernelInfo kernel, int trials = 3, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "Must be at least 1.");
        }

        return kernel switch
        {
            KernelInfo<float> f => Verify(f, trials, seed),
            KernelInfo<double> d => Verify(d, trials, seed),
            _ => throw new ArgumentException($"Unsupported element type {kernel.ElementType}.", nameof(kernel)),
        };
    }

    private static KernelVerification Verify<T>(KernelInfo<T> kernel, int trials, int seed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        double worstRatio = -1, worstError = 0, worstBound = 0;
        int worstOutput = 0;
        double u = typeof(T) == typeof(float) ? Math.Pow(2, -24) : Math.Pow(2, -53);
        double tiny = typeof(T) == typeof(float) ? 1e-37 : 1e-300;
        for (int trial = 0; trial < trials; trial++)
        {
            KernelArguments<T> args = KernelArguments<T>.Random(kernel, random);
            var actual = new T[kernel.OutputLength];
            T returned = kernel.Invoke(args.Input0, args.Input1, args.Input2, args.Returns ? Span<T>.Empty : actual);
            if (args.Returns)
            {
                actual[0] = returned;
            }

            var exact = new double[kernel.OutputLength];
            var magnitude = new double[kernel.OutputLength];
            kernel.Exact(args.Input0, args.Input1, args.Input2, exact, absolute: false);
            kernel.Exact(args.Input0, args.Input1, args.Input2, magnitude, absolute: true);
            for (int i = 0; i < actual.Length; i++)
            {
                double value = double.CreateTruncating(actual[i]);
                (double expected, double allowed) = Allowed(kernel, exact[i], magnitude[i], u, tiny);
                // Equal values (infinities of one sign included) and NaN where the reference has NaN are exact.
                double error = value == expected || (double.IsNaN(expected) && double.IsNaN(value)) ? 0 : Math.Abs(value - expected);
                if (double.IsNaN(error))
                {
                    error = double.PositiveInfinity;
                }

                double ratio = allowed > 0 ? error / allowed : (error == 0 ? 0 : double.PositiveInfinity);
                if (ratio > worstRatio)
                {
                    (worstRatio, worstError, worstBound, worstOutput) = (ratio, error, allowed, i);
                }
            }
        }

        return new KernelVerification(kernel, worstError, worstBound, worstOutput, trials);
    }

    /// <summary>The exact result after the activation and the error the contract allows for it.</summary>
    private static (double Expected, double Allowed) Allowed(KernelInfo kernel, double exact, double magnitude, double u, double tiny)
    {
        switch (kernel.Kind)
        {
            case "MaxPool2D":
                return (exact, 0);
            case "CosineSimilarity":
                // With absolute operands the exact cosine is sum |x y| / (|x| |y|): the bound's magnitude term.
                return (exact, 4 * (kernel.Terms + 2) * u * (1 + magnitude));
        }

        // One more than the contract's n for the final rounding to T, and room for a subnormal result.
        double bound = ((kernel.Terms + 1) * u * magnitude) + tiny;
        double expected = ReferenceInterpreter.Activate(kernel.Activation, exact);
        double allowed = kernel.Activation switch
        {
            Activation.Sigmoid => (0.25 * bound) + (8 * u * (1 + Math.Abs(expected))),
            Activation.Tanh => bound + (8 * u * (1 + Math.Abs(expected))),
            Activation.Step => Math.Abs(exact) <= bound ? 1 : 0,
            _ => bound,
        };
        return (expected, allowed);
    }
}

/// <summary>Random operands for one call of a kernel through its <see cref="KernelInvoker{T}"/> (used by the verifier and the tool).</summary>
public sealed class KernelArguments<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly T[][] _inputs;

    private KernelArguments(T[][] inputs, T[] output, bool returns)
    {
        _inputs = inputs;
        Output = output;
        Returns = returns;
    }

    /// <summary>Read slot 0 (empty when the kernel takes nothing there).</summary>
    public T[] Input0 => _inputs[0];

    /// <summary>Read slot 1.</summary>
    public T[] Input1 => _inputs[1];

    /// <summary>Read slot 2.</summary>
    public T[] Input2 => _inputs[2];

    /// <summary>The output buffer (empty for a kernel that returns its result).</summary>
    public T[] Output { get; }

    /// <summary>Whether the kernel returns its result instead of writing it.</summary>
    public bool Returns { get; }

    /// <summary>Calls <paramref name="invoker"/> (the kernel's or the reference's) on these operands.</summary>
    public T Call(KernelInvoker<T> invoker) => invoker(_inputs[0], _inputs[1], _inputs[2], Output);

    /// <summary>
    /// Every operand the caller passes, filled with values in [-1, 1] times a scale of 10^-2 .. 10^2 drawn per call;
    /// slots the kernel does not take, or whose values were given at compile time, are empty.
    /// </summary>
    public static KernelArguments<T> Random(KernelInfo<T> kernel, Random random)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(random);
        double scale = Math.Pow(10, random.Next(-2, 3));
        var inputs = new T[3][] { Array.Empty<T>(), Array.Empty<T>(), Array.Empty<T>() };
        T[] output = Array.Empty<T>();
        bool returns = false;
        foreach (KernelParameter p in kernel.Parameters)
        {
            switch (p.Use)
            {
                case KernelParameterUse.Read when !p.GivenAtCompileTime:
                    var values = new T[p.Length];
                    for (int i = 0; i < values.Length; i++)
                    {
                        values[i] = T.CreateTruncating(((random.NextDouble() * 2) - 1) * scale);
                    }

                    inputs[p.Slot] = values;
                    break;
                case KernelParameterUse.Written:
                    output = new T[p.Length];
                    break;
                case KernelParameterUse.Returned:
                    returns = true;
                    break;
            }
        }

        return new KernelArguments<T>(inputs, output, returns);
    }
}
