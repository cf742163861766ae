using System;
using System.Linq;
using System.Numerics;
using System.Numerics.Tensors;
using KernelGen.Catalog;

namespace KernelGen.Tool.Bench;

/// <summary>
/// What a user would otherwise call: <c>TensorPrimitives</c> (System.Numerics.Tensors) for the kinds it covers, the
/// same operands and result as the kernel. A dot product is <c>Dot</c>, a cosine <c>CosineSimilarity</c>, a dense layer
/// one <c>Dot</c> per output plus the bias and the activation, a matrix product one <c>MultiplyAdd</c> row update per
/// term (or, with <c>TransposeB</c>, one <c>Dot</c> per output). Convolutions and pooling have none (null).
/// </summary>
internal static class Baselines
{
    public static KernelInvoker<T>? TensorPrimitivesFor<T>(KernelInfo<T> kernel)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>, IRootFunctions<T>, IHyperbolicFunctions<T>, IExponentialFunctions<T>
    {
        if (kernel.Parameters.Any(p => p.GivenAtCompileTime))
        {
            return null;
        }

        int Length(string role) => kernel.Parameters.FirstOrDefault(p => p.Role == role)?.Length ?? 0;
        bool hasBias = kernel.Parameters.Any(p => p.Role == "bias");
        switch (kernel.Kind)
        {
            case "DotProduct":
                return static (x, y, _, _) => TensorPrimitives.Dot(x, y);
            case "CosineSimilarity":
                return static (x, y, _, _) => TensorPrimitives.CosineSimilarity(x, y);
            case "Dense" when kernel.Activation != Activation.Step:
            {
                // input [batch][inputs], weights [outputs][inputs], output [batch][outputs].
                int inputs = (int)Math.Round(Math.Sqrt((double)Length("input") * Length("weights") / kernel.OutputLength));
                int outputs = Length("weights") / inputs, batch = Length("input") / inputs;
                Activation activation = kernel.Activation;
                return (input, weights, bias, output) =>
                {
                    for (int b = 0; b < batch; b++)
                    {
                        ReadOnlySpan<T> row = input.Slice(b * inputs, inputs);
                        Span<T> result = output.Slice(b * outputs, outputs);
                        for (int o = 0; o < outputs; o++)
                        {
                            result[o] = TensorPrimitives.Dot(weights.Slice(o * inputs, inputs), row);
                        }

                        if (hasBias)
                        {
                            TensorPrimitives.Add(result, bias, result);
                        }

                        Activate(result, activation);
                    }

                    return T.Zero;
                };
            }

            case "MatMul" when kernel.Activation != Activation.Step:
            {
                int k = (int)Math.Round(Math.Sqrt((double)Length("a") * Length("b") / kernel.OutputLength));
                int m = Length("a") / k, n = Length("b") / k;
                bool transposeB = kernel.Spec.Contains("TransposeB = true", StringComparison.Ordinal);
                Activation activation = kernel.Activation;
                return (a, b, bias, c) =>
                {
                    for (int i = 0; i < m; i++)
                    {
                        Span<T> row = c.Slice(i * n, n);
                        if (transposeB)
                        {
                            for (int j = 0; j < n; j++)
                            {
                                row[j] = TensorPrimitives.Dot(a.Slice(i * k, k), b.Slice(j * k, k));
                            }

                            if (hasBias)
                            {
                                TensorPrimitives.Add(row, bias, row);
                            }
                        }
                        else
                        {
                            if (hasBias)
                            {
                                bias.CopyTo(row);
                            }
                            else
                            {
                                row.Clear();
                            }

                            for (int p = 0; p < k; p++)
                            {
                                TensorPrimitives.MultiplyAdd(b.Slice(p * n, n), a[(i * k) + p], row, row);
                            }
                        }

                        Activate(row, activation);
                    }

                    return T.Zero;
                };
            }

            default:
                return null;
        }
    }

    private static void Activate<T>(Span<T> values, Activation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>, IHyperbolicFunctions<T>, IExponentialFunctions<T>
    {
        switch (activation)
        {
            case Activation.Relu:
                TensorPrimitives.Max(values, T.Zero, values);
                break;
            case Activation.Sigmoid:
                TensorPrimitives.Sigmoid(values, values);
                break;
            case Activation.Tanh:
                TensorPrimitives.Tanh(values, values);
                break;
        }
    }
}
