using System.Collections.Generic;
using KernelGen.Generator.Kinds.Conv1D;
using KernelGen.Generator.Kinds.Cosine;
using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Kinds.Dense;
using KernelGen.Generator.Kinds.DotProduct;
using KernelGen.Generator.Kinds.MatMul;
using KernelGen.Generator.Kinds.Pooling;

namespace KernelGen.Generator.Kinds;

/// <summary>Every kernel kind the generator knows: the pipeline iterates over this list and nothing else names a kind.</summary>
internal static class KernelKinds
{
    public static IReadOnlyList<KernelKind> All { get; } = new KernelKind[]
    {
        DotKind.Instance,
        DenseKind.Instance,
        Conv2DKind.Instance,
        MatMulKind.Instance,
        Conv1DKind.Instance,
        MaxPool2DKind.Instance,
        AvgPool2DKind.Instance,
        CosineKind.Instance,
    };
}
