using System;

namespace KernelGen.Kernels.Tests;

public delegate T DotKernel<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y);

public delegate void DenseKernel<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias, Span<T> output);

public delegate void DenseNoBiasKernel<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, Span<T> output);

/// <summary>A declared dense kernel: exactly one of <see cref="WithBias"/> and <see cref="NoBias"/> is set.</summary>
public sealed record DenseCase<T>(int Inputs, int Outputs, Activation Activation, DenseKernel<T>? WithBias, DenseNoBiasKernel<T>? NoBias)
{
    public override string ToString() => $"Dense({Inputs}, {Outputs}, {Activation}{(WithBias is null ? ", no bias" : "")}) {typeof(T).Name}";
}

/// <summary>A declared convolution: exactly one of <see cref="WithBias"/> and <see cref="NoBias"/> is set.</summary>
public sealed record ConvCase<T>(string Name, Conv2DShape Shape, Activation Activation, DenseKernel<T>? WithBias, DenseNoBiasKernel<T>? NoBias)
{
    public override string ToString() => $"Conv {Name} {Shape} {Activation} {typeof(T).Name}";
}

/// <summary>A declared matrix product (or batched dense layer, as the product with <c>TransposeB</c>): exactly one of
/// <see cref="WithBias"/> and <see cref="NoBias"/> is set. <c>a</c> is <c>[M][K]</c>, <c>c</c> is <c>[M][N]</c>.</summary>
public sealed record MatMulCase<T>(string Name, int M, int K, int N, bool TransposeB, Activation Activation, DenseKernel<T>? WithBias, DenseNoBiasKernel<T>? NoBias)
{
    public override string ToString() => $"{Name} {typeof(T).Name}";
}
