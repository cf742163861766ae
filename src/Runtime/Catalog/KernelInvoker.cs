using System;

namespace KernelGen.Catalog;

/// <summary>
/// Calls a kernel (or its reference) over spans, the same shape for every kind: the read operands in the kind's role
/// order (<see cref="KernelParameter.Slot"/>: 0, 1, 2; a slot the kernel does not take, or whose values were given at
/// compile time, is ignored: pass an empty span), then the span it writes (empty for a kernel that returns its result).
/// Returns the result of a kernel that returns one (<c>DotProduct</c>, <c>CosineSimilarity</c>), otherwise zero.
/// </summary>
public delegate T KernelInvoker<T>(ReadOnlySpan<T> input0, ReadOnlySpan<T> input1, ReadOnlySpan<T> input2, Span<T> output);

/// <summary>
/// The reference interpreter's exact values for a kernel, in <see cref="double"/> before any rounding to <typeparamref name="T"/>:
/// the pre-activation sums (dot, dense, matrix product, convolutions), the averages or maxima (pooling), the cosine.
/// With <paramref name="absolute"/>, every operand (given ones included) is replaced by its absolute value first: the
/// magnitude term of the contract's accuracy bound.
/// </summary>
public delegate void ExactReference<T>(ReadOnlySpan<T> input0, ReadOnlySpan<T> input1, ReadOnlySpan<T> input2, Span<double> exact, bool absolute);
