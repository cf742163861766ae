using System;
using System.Collections.Generic;
using System.Numerics;

namespace KernelGen.Catalog;

/// <summary>How a kernel uses one operand.</summary>
public enum KernelParameterUse
{
    /// <summary>A span the kernel reads (passed in a read slot of <see cref="KernelInvoker{T}"/>).</summary>
    Read,

    /// <summary>The span the kernel writes (the invoker's <c>output</c>).</summary>
    Written,

    /// <summary>The kernel's return value (returned by the invoker).</summary>
    Returned,
}

/// <summary>
/// One operand of a kernel: its role in the kind's definition (<c>input</c>, <c>weights</c>, <c>x</c>...), its name in
/// the declaration (the parameter's, or for a role given at compile time the member's), how it is used, how many
/// elements it holds, and its slot in <see cref="KernelInvoker{T}"/> (-1 for the written or returned operand).
/// </summary>
public sealed record KernelParameter(string Role, string Name, KernelParameterUse Use, int Length, int Slot, bool GivenAtCompileTime);

/// <summary>One line of a kernel's plan: a vector path (<c>Vector512</c>, ..., <c>Scalar</c>) or a note (<c>Input</c>, <c>Weights</c>) and what it says.</summary>
public sealed record KernelPathPlan(string Path, string Summary)
{
    /// <summary>Whether this line is one vector path's plan (rather than a note about every path).</summary>
    public bool IsPath => Path.StartsWith("Vector", StringComparison.Ordinal) || Path == "Scalar";
}

/// <summary>
/// One kernel of a <see cref="KernelCatalog"/>. The typed entry, <see cref="KernelInfo{T}"/>, holds the delegates.
/// </summary>
public abstract class KernelInfo
{
    /// <summary>
    /// The most threads one call uses, the caller included, as the generator partitioned it (<c>Threads</c> on the
    /// attribute or the project's <c>KernelGenThreads</c>, fewer when the work is small); <see cref="KernelThreads.Limit"/>
    /// caps it at run time. 1: the calling thread alone.
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>The full name, <c>Namespace.Type.Method</c> (nested types dotted).</summary>
    public string Name { get; init; } = "";

    /// <summary>The method's name.</summary>
    public string Method { get; init; } = "";

    /// <summary>The kind, as its attribute is named without <c>Attribute</c>: <c>DotProduct</c>, <c>Conv2D</c>, ...</summary>
    public string Kind { get; init; } = "";

    /// <summary>The attribute as written in the declaration, e.g. <c>Conv2D(3, 32, 32, 16, 3, 3, Padding = 1)</c>.</summary>
    public string Attribute { get; init; } = "";

    /// <summary>What the generator read from the attribute (sizes resolved, bias), as the generated file's header says it.</summary>
    public string Spec { get; init; } = "";

    /// <summary>The element type: <see cref="float"/> or <see cref="double"/>.</summary>
    public abstract Type ElementType { get; }

    /// <summary>The operands in the kind's role order (a role the declaration leaves out, such as a missing bias, is absent).</summary>
    public IReadOnlyList<KernelParameter> Parameters { get; init; } = Array.Empty<KernelParameter>();

    /// <summary>Floating-point operations per call, counting a multiply-add as two.</summary>
    public long Flops { get; init; }

    /// <summary>Bytes the call must read: each read operand once (compile-time values included).</summary>
    public long BytesRead { get; init; }

    /// <summary>Bytes the call writes: the output once (the size of the result for a kernel that returns one).</summary>
    public long BytesWritten { get; init; }

    /// <summary>FLOPs per byte moved, <see cref="Flops"/> / (<see cref="BytesRead"/> + <see cref="BytesWritten"/>): the x axis of a roofline.</summary>
    public double ArithmeticIntensity => (double)Flops / Math.Max(1, BytesRead + BytesWritten);

    /// <summary>The plan as the generated header states it: notes, then one line per vector path, widest first.</summary>
    public IReadOnlyList<KernelPathPlan> Plans { get; init; } = Array.Empty<KernelPathPlan>();

    /// <summary>The generated file's name (its hint name), as it appears under <c>obj/.../generated/</c>.</summary>
    public string GeneratedFile { get; init; } = "";

    /// <summary>Whether every sum has one fixed order (<c>Deterministic = true</c> or the project's <c>KernelGenDeterministic</c>).</summary>
    public bool Deterministic { get; init; }

    /// <summary>The activation applied after the sum (<see cref="KernelGen.Activation.None"/> for kinds without one).</summary>
    public Activation Activation { get; init; }

    /// <summary>
    /// The contract's <c>n</c> for each output's accuracy bound: the products of the definition plus one for a bias
    /// (dense, matrix product, convolutions), the length (dot, cosine), the window's taps (pooling).
    /// </summary>
    public int Terms { get; init; }

    /// <summary>The number of values the kernel produces per call (its output's length, or 1 for a returned result).</summary>
    public int OutputLength { get; init; }

    /// <summary>The widest vector path's plan line, or null.</summary>
    public KernelPathPlan? WidestPath
    {
        get
        {
            foreach (KernelPathPlan plan in Plans)
            {
                if (plan.IsPath)
                {
                    return plan;
                }
            }

            return null;
        }
    }

    /// <summary>The name, the attribute and the element type.</summary>
    public override string ToString() => $"{Name} [{Attribute}] ({ElementType.Name})";
}

/// <summary>A kernel over elements of type <typeparamref name="T"/>, with the delegates that run it and its reference.</summary>
public sealed class KernelInfo<T> : KernelInfo
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override Type ElementType => typeof(T);

    /// <summary>Calls the generated kernel.</summary>
    public KernelInvoker<T> Invoke { get; init; } = static (_, _, _, _) => throw new InvalidOperationException("No invoker.");

    /// <summary>Calls <see cref="ReferenceInterpreter"/> for the same spec (activation and compile-time values included), rounded to <typeparamref name="T"/>.</summary>
    public KernelInvoker<T> Reference { get; init; } = static (_, _, _, _) => throw new InvalidOperationException("No reference.");

    /// <summary>The reference interpreter's exact values before rounding (see <see cref="ExactReference{T}"/>), for accuracy checks.</summary>
    public ExactReference<T> Exact { get; init; } = static (_, _, _, _, _) => throw new InvalidOperationException("No reference.");
}
