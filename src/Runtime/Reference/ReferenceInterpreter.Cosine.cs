using System;
using System.Numerics;

namespace KernelGen;

public static partial class ReferenceInterpreter
{
    /// <summary>
    /// The cosine similarity <c>(x . y) / (sqrt(x . x) * sqrt(y . y))</c> over <paramref name="length"/> elements, each
    /// sum accumulated in double: NaN when either vector is all zeros.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">A span is shorter than <paramref name="length"/>.</exception>
    public static T CosineSimilarity<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int length)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => T.CreateTruncating(CosineSimilarityExact(x, y, length));

    /// <summary>The cosine similarity as a <see cref="double"/>, before rounding to <typeparamref name="T"/>.</summary>
    public static double CosineSimilarityExact<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int length)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        RequirePositive(length, nameof(length));
        RequireLength(x, length, nameof(x));
        RequireLength(y, length, nameof(y));
        double xy = 0, xx = 0, yy = 0;
        for (int i = 0; i < length; i++)
        {
            double a = double.CreateTruncating(x[i]), b = double.CreateTruncating(y[i]);
            xy += a * b;
            xx += a * a;
            yy += b * b;
        }

        return xy / (Math.Sqrt(xx) * Math.Sqrt(yy));
    }
}
