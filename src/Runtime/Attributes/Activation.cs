namespace KernelGen;

/// <summary>The function applied to each output of a dense or convolution kernel after the bias is added.</summary>
public enum Activation
{
    /// <summary>The identity: <c>f(z) = z</c>.</summary>
    None = 0,

    /// <summary>Rectified linear unit: <c>max(0, z)</c>; NaN stays NaN.</summary>
    Relu = 1,

    /// <summary>The logistic function <c>1 / (1 + e^-z)</c>.</summary>
    Sigmoid = 2,

    /// <summary>The hyperbolic tangent.</summary>
    Tanh = 3,

    /// <summary>The perceptron's rule: 1 where <c>z &gt;= 0</c>, else 0 (NaN gives 0, -0.0 gives 1).</summary>
    Step = 4,
}
