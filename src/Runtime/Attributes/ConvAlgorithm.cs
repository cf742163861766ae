namespace KernelGen;

/// <summary>How a <see cref="Conv2DAttribute"/> kernel computes its convolution.</summary>
public enum ConvAlgorithm
{
    /// <summary>The definition's products, every tap of every filter (the default): the tightest accuracy bound.</summary>
    Direct = 0,

    /// <summary>
    /// Winograd's minimal filtering, F(4x4, 3x3) or F(2x2, 3x3): up to 4x fewer multiplications for a 3x3 filter with
    /// stride 1, dilation 1 and one group (a compile-time error otherwise), within the contract's Winograd accuracy
    /// bound. Constant weights are transformed at compile time, run-time weights once per call.
    /// </summary>
    Winograd = 1,
}
