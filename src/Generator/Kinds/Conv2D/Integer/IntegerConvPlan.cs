using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D.Integer;

/// <summary>
/// One path of an integer convolution: a register block of <see cref="Rows"/> output channels of one output pixel,
/// each an exact sum over the filter's runs (<see cref="IntegerConvPlan.Segments"/>), and the block for the channels
/// left over (<see cref="Remainder"/>).
/// </summary>
internal sealed record IntegerConvPath(int Rows, ReductionPlan Block, ReductionPlan? Remainder)
{
    public int Bits => Block.Bits;
}

/// <summary>
/// An integer (quantized) 2-D convolution, computed as dot products over a channels-last copy of the input: each image
/// is copied into a zero-point-padded scratch <c>[paddedHeight][paddedWidth][inChannels]</c>, so that the taps an
/// output pixel reads in one filter row are one contiguous run of <c>kernelWidth x inPerGroup</c> bytes (with dilation 1;
/// one run per tap otherwise), and the weights are reordered <c>[oc][ky][kx][ic]</c> to match (once per call, or by
/// the generator for constant weights). Every output is then the shared integer reduction over <see cref="Segments"/>
/// runs (<see cref="IntegerReductionEmitter"/>): VPDPBUSD, VPMADDWD, portable widening or scalar, each exact.
/// Threads share out blocks of output channels; a batch runs image by image.
/// </summary>
/// <remarks>
/// On x64, a stride-1 convolution of one group is computed by register tiles instead (<see cref="Tiles"/>, written
/// first: <see cref="IntegerTilePath"/>), and <see cref="Paths"/> keeps only the portable and scalar paths.
/// </remarks>
internal sealed record IntegerConvPlan(ConvSpec Spec, EquatableArray<IntegerConvPath> Paths, EquatableArray<IntegerTilePath> Tiles, TargetInfo Target, int UnrollBudget)
    : KernelPlan(Target, UnrollBudget)
{
    public IntegerScheme Integer => Spec.Integer!;

    public int PaddedHeight => Spec.Height + (2 * Spec.PaddingY);

    public int PaddedWidth => Spec.Width + (2 * Spec.PaddingX);

    /// <summary>The channels-last copy's bytes (a cache line of slack after it).</summary>
    public int ScratchLength => (PaddedHeight * PaddedWidth * Spec.InChannels) + 64;

    /// <summary>Whether a filter row's taps are one run in the copy: neighbouring pixels (dilation 1) of every channel (one group).</summary>
    public bool RowRuns => Spec.DilationX == 1 && Spec.Groups == 1;

    /// <summary>Elements of one run: a filter row's taps of every channel (<see cref="RowRuns"/>), else one tap's channels of the group.</summary>
    public int RunLength => RowRuns ? Spec.KernelWidth * Spec.InPerGroup : Spec.InPerGroup;

    /// <summary>Each run's start in the pixel's copy and in the reordered filter.</summary>
    public IReadOnlyList<(int A, int B)> Segments
    {
        get
        {
            var runs = new List<(int, int)>();
            int ic = Spec.InChannels, icg = Spec.InPerGroup;
            for (int ky = 0; ky < Spec.KernelHeight; ky++)
            {
                int row = ky * Spec.DilationY * PaddedWidth * ic;
                if (RowRuns)
                {
                    runs.Add((row, ky * RunLength));
                    continue;
                }

                for (int kx = 0; kx < Spec.KernelWidth; kx++)
                {
                    runs.Add((row + (kx * Spec.DilationX * ic), ((ky * Spec.KernelWidth) + kx) * icg));
                }
            }

            return runs;
        }
    }

    /// <summary>Blocks of output channels per group, the units threads share out (all groups' blocks, in order).</summary>
    public int BlocksPerGroup => (Spec.OutPerGroup + Paths[0].Rows - 1) / Paths[0].Rows;

    public override int SplitUnits => Spec.Groups * BlocksPerGroup;

    public override string SplitUnitNoun => "blocks of output channels";

    public override string? PreparedRole => Spec.ConstantOf("weights") is null && (IntegerConvEmitter.Reorders(Spec) || Tiles.Count > 0) ? "weights" : null;

    public override bool ReadsConstantData(string role) => role != "weights" || !IntegerConvEmitter.Reorders(Spec) || Tiles.Any(t => t.Gathers);

    public override bool IsLooped => Paths[0].Block.IsLooped;

    public override int FullMultiplyAdds => Paths[0].Block.FullMultiplyAdds * Segments.Count;

    public override int UnrolledMultiplyAdds => Paths[0].Block.UnrolledMultiplyAdds;

    public override long EmittedMultiplyAdds => Paths.Sum(p => (p.Block.EmittedMultiplyAdds + (p.Remainder?.EmittedMultiplyAdds ?? 0)) * Segments.Count);
}

/// <summary>Plans an integer convolution: the paths the integer reduction has for one run, 8 output channels a block.</summary>
internal static class IntegerConvPlanner
{
    /// <summary>Output channels per block: 8 sums share each loaded run of the pixel (8 accumulators, the loads and the
    /// activation transform in VEX's 16 registers).</summary>
    public const int Rows = 8;

    public static IntegerConvPlan Plan(ConvSpec spec, TargetInfo target, int budget)
    {
        EquatableArray<IntegerTilePath> tiles = IntegerTiles.Plan(spec, target);
        var plan = new IntegerConvPlan(spec, EquatableArray<IntegerConvPath>.Empty, tiles, target, budget);
        int run = plan.RunLength;
        int rows = System.Math.Min(Rows, spec.OutPerGroup);
        int left = spec.OutPerGroup % rows;
        var paths = new List<IntegerConvPath>();
        foreach ((IntegerProduct product, int bits, int ladderBudget) in IntegerReductionPlanner.Ladder(run, target, budget))
        {
            if (tiles.Count > 0 && product is IntegerProduct.DotProduct or IntegerProduct.MultiplyAddAdjacent)
            {
                continue; // the tile paths cover every x64 machine with AVX2
            }

            // the budget covers every run of a block: each run gets its share
            int pathBudget = System.Math.Max(rows, ladderBudget / plan.Segments.Count);
            ReductionPlan Reduction(int count) => IntegerReductionPlanner.Plan(product, bits, run, count, pathBudget, corrected: false);
            paths.Add(new IntegerConvPath(rows, Reduction(rows), left == 0 ? null : Reduction(left)));
        }

        return plan with { Paths = paths.ToEquatableArray() };
    }
}
