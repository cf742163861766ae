using KernelGen.Generator.Model;

namespace KernelGen.Generator.Shared;

/// <summary>
/// One x64 path of an integer kernel computed as register tiles: <see cref="Rows"/> broadcast rows (a convolution's
/// output channels, a matrix product's rows of <c>a</c>) x <see cref="Vectors"/> vectors of <see cref="Lanes"/> lanes
/// (a convolution's neighbouring output pixels, a product's columns), each lane an exact <c>int</c> sum. One step
/// multiplies a loaded vector (<see cref="Group"/> reduction elements per lane, side by side) by a row's
/// <see cref="Group"/> elements broadcast to every lane:
/// <c>VPDPBUSD</c> (<see cref="IntegerProduct.DotProduct"/>: 4 unsigned bytes x 4 signed bytes into each lane) or
/// <c>VPMADDWD</c> + <c>VPADDD</c> (<see cref="IntegerProduct.MultiplyAddAdjacent"/>: 2 shorts x 2 shorts).
/// </summary>
/// <remarks><see cref="Gathers"/>: a convolution's gather tiles (<c>IntegerGatherTiles</c>): the activations gathered into
/// columns by byte permutes (AVX512-VBMI), the filters read in place as ints of 4 neighbouring weights.</remarks>
internal sealed record IntegerTilePath(IntegerProduct Product, int Bits, int Rows, int Vectors, bool Gathers = false)
{
    /// <summary>Channels side by side in one lane: 4 bytes (<c>VPDPBUSD</c>) or 2 shorts (<c>VPMADDWD</c>).</summary>
    public int Group => Product == IntegerProduct.DotProduct ? 4 : 2;

    /// <summary>Bytes per element of the activations' copy: 1 (unsigned bytes) or 2 (shorts, <c>x - InputZeroPoint</c>).</summary>
    public int ElementBytes => Product == IntegerProduct.DotProduct ? 1 : 2;

    /// <summary>Lanes per vector (one <c>int</c> sum each).</summary>
    public int Lanes => Bits / 32;

    /// <summary>Lanes one tile computes per row: <see cref="Vectors"/> x <see cref="Lanes"/>.</summary>
    public int Pixels => Vectors * Lanes;

    public int Accumulators => Rows * Vectors;

    /// <summary>Whether the sums hold the unsigned offset times the weights. sums (VPDPBUSD on activations with an offset), taken off with the bias.</summary>
    public bool Corrects(IntegerScheme scheme) => IntegerReductionPlanner.Corrects(Product, scheme);

    /// <summary>The path's check; the JIT folds it to a constant.</summary>
    public string Condition => Gathers
        ? "global::System.Runtime.Intrinsics.X86.AvxVnni.IsSupported && global::System.Runtime.Intrinsics.X86.Avx512Vbmi.IsSupported"
        : Product == IntegerProduct.DotProduct
        ? "global::System.Runtime.Intrinsics.X86.AvxVnni.IsSupported"
        : Bits == 512
        ? "global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && global::System.Runtime.Intrinsics.X86.Avx512BW.IsSupported"
        : "global::System.Runtime.Intrinsics.X86.Avx2.IsSupported";

    public string Name => Gathers ? "Gather" : Product == IntegerProduct.DotProduct ? "AvxVnni" + Bits : Bits == 512 ? "Avx512BW" : "Avx2";
}
