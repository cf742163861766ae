using System;
using System.Linq;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>
/// A constant 2-D filter of rank 1 written as the outer product of a column and a row: <c>K[ky, kx] = Column[ky] * Row[kx]</c>
/// (Sobel X = [1, 2, 1]^T x [-1, 0, 1], a box, a Gaussian). A path that uses it computes, for each input row it loads,
/// the row pass (the row filter along the output vectors) once in registers, and adds it into every output row that
/// needs it with that row's column weight: (R + K - 1) x nonzero(Row) / R + nonzero(Column) operations per output
/// vector of an R-row tile instead of nonzero(K).
/// </summary>
internal sealed record SeparableFilter(EquatableArray<long> ColumnBits, EquatableArray<long> RowBits, long ScaleBits)
{
    /// <summary>
    /// A factor every column weight shared, taken out (the column then holds 1s and 0s): the column pass only adds, and
    /// each output is multiplied once before its store, as a box filter sums its window and multiplies once. 1: none.
    /// </summary>
    public double Scale => BitConverter.Int64BitsToDouble(ScaleBits);

    public double Column(int ky) => BitConverter.Int64BitsToDouble(ColumnBits[ky]);

    public double Row(int kx) => BitConverter.Int64BitsToDouble(RowBits[kx]);

    public int RowTaps => RowBits.Count(b => BitConverter.Int64BitsToDouble(b) != 0);

    public int ColumnTaps => ColumnBits.Count(b => BitConverter.Int64BitsToDouble(b) != 0);

    /// <summary>
    /// The factorization of the one filter of a single-channel, single-output convolution, or null when it has none:
    /// every declared weight must equal the product of the (element-type) factors to within a few units of roundoff (zeros
    /// exactly), so the result stays within the accuracy bound of the filter as declared. Among the exact scalings it
    /// picks the one with the most +-1 factors (they become adds), the row's first.
    /// </summary>
    public static SeparableFilter? Find(ConvSpec spec)
    {
        if (spec.ConstantOf("weights") is not { } weights || spec.OutChannels != 1 || spec.InChannels != 1
            || spec.KernelHeight < 2 || spec.KernelWidth < 2)
        {
            return null;
        }

        int kh = spec.KernelHeight, kw = spec.KernelWidth;
        // The factors' products may differ from the declared weights by a few units of roundoff (a Gaussian's weights
        // are rounded products themselves): m u |K|, with m what the accuracy bound has to spare. The bound allows
        // (KH KW + 1) u of the magnitude; the two passes use about (KH + KW + 1) u, so m = KH KW - KH - KW, at most 4
        // (3x3: 3, 5x5: 4, 2x2: exact products only).
        double u = spec.Element == ElementType.Float ? Math.Pow(2, -24) : Math.Pow(2, -53);
        double tolerance = Math.Min(4, Math.Max(0, (kh * kw) - kh - kw)) * u;
        double K(int y, int x) => weights[(y * kw) + x];
        int pivot = Enumerable.Range(0, kh * kw).OrderByDescending(i => Math.Abs(weights[i])).ThenBy(i => i).First();
        int py = pivot / kw, px = pivot % kw;
        if (K(py, px) == 0 || double.IsNaN(K(py, px)) || double.IsInfinity(K(py, px)))
        {
            return null;
        }

        double Round(double v) => spec.Element == ElementType.Float ? (float)v : v;
        SeparableFilter? best = null;
        int bestOnes = -1;

        // Row = row py scaled by 1 / s, Column = column px / K(py, px) * s, for s = 1 and each |Row| value.
        foreach (double scale in Enumerable.Range(0, kw).Select(x => Math.Abs(K(py, x))).Where(v => v != 0).Prepend(1.0).Distinct())
        {
            double[] row = Enumerable.Range(0, kw).Select(x => Round(K(py, x) / scale)).ToArray();
            double[] column = Enumerable.Range(0, kh).Select(y => Round(K(y, px) / K(py, px) * scale)).ToArray();
            bool exact = true;
            for (int y = 0; y < kh && exact; y++)
            {
                for (int x = 0; x < kw && exact; x++)
                {
                    double product = column[y] * row[x];
                    exact = !double.IsNaN(product) && !double.IsInfinity(product)
                        && (K(y, x) == 0 ? product == 0 : Math.Abs(product - K(y, x)) <= tolerance * Math.Abs(K(y, x)));
                }
            }

            // +-1 in the row pass count twice: it runs for every input row of a tile, the column pass once per output row
            int ones = (2 * row.Count(v => v is 1 or -1)) + column.Count(v => v is 1 or -1);
            if (exact && ones > bestOnes)
            {
                // equal column weights: add the rows, multiply once (the products are the same reals)
                double[] nonzero = column.Where(v => v != 0).Distinct().ToArray();
                double shared = nonzero.Length == 1 && nonzero[0] is not (1 or -1) ? nonzero[0] : 1;
                best = new SeparableFilter(column.Select(v => BitConverter.DoubleToInt64Bits(v == 0 ? 0 : v / shared)).ToEquatableArray(),
                    row.Select(BitConverter.DoubleToInt64Bits).ToEquatableArray(), BitConverter.DoubleToInt64Bits(shared));
                bestOnes = ones;
            }
        }

        return best;
    }
}
