using System;
using System.ComponentModel;

namespace KernelGen;

/// <summary>
/// The activations of deterministic kernels (<c>Deterministic = true</c>): <c>exp</c>, the sigmoid and <c>tanh</c> from
/// IEEE-754 additions, multiplications, divisions and fused multiply-adds only, in one fixed order, so that they give
/// the same bits on every machine, operating system, JIT tier and under NativeAOT (<see cref="MathF.Exp"/> calls the
/// platform's C library, whose last bit differs between x64 and Arm64, glibc and the Windows CRT). The <c>float</c>
/// forms compute in <c>double</c> and round once. Accurate to a few units in the last place (<see cref="Tanh(double)"/>:
/// 3 units of 2^-53 absolute), well inside the contract's 8u(1 + |f|).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DeterministicMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01; // ln 2 with its low 32 bits zero: k * Ln2Hi is exact
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;

    /// <summary>e^x, to within 2 units in the last place; +inf above 709.78, 0 below -745.2, NaN for NaN.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > 709.782712893384)
        {
            return double.PositiveInfinity;
        }

        if (x < -745.1332191019412)
        {
            return 0.0;
        }

        // x = k ln2 + r, |r| <= ln2 / 2 (Cody-Waite: k * Ln2Hi is exact, so r keeps its bits).
        double k = Math.Round(x * InvLn2, MidpointRounding.ToEven);
        double r = Math.FusedMultiplyAdd(-k, Ln2Lo, Math.FusedMultiplyAdd(-k, Ln2Hi, x));

        // e^r by its Taylor polynomial to r^13 / 13! (|error| < 4e-18 for |r| <= 0.35), Horner with fused multiply-adds.
        double p = 1.0 / 6227020800.0;
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 479001600.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 39916800.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 3628800.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 362880.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 40320.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 5040.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 720.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 120.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 24.0);
        p = Math.FusedMultiplyAdd(p, r, 1.0 / 6.0);
        p = Math.FusedMultiplyAdd(p, r, 0.5);
        p = Math.FusedMultiplyAdd(p, r * r, r);
        double e = 1.0 + p;

        // Times 2^k in two exact steps, so that results near overflow and in the subnormal range come out right.
        int n = (int)k;
        int half = n / 2;
        return e * Power2(half) * Power2(n - half);
    }

    /// <summary>1 / (1 + e^-z).</summary>
    public static double Sigmoid(double z) => 1.0 / (1.0 + Exp(-z));

    /// <summary>1 / (1 + e^-z), computed in double and rounded once.</summary>
    public static float Sigmoid(float z) => (float)Sigmoid((double)z);

    /// <summary>tanh(z): z - z^3/3 below 2^-10, 1 - 2 / (e^2|z| + 1) with z's sign up to 22, then +-1.</summary>
    public static double Tanh(double z)
    {
        if (double.IsNaN(z))
        {
            return z;
        }

        double a = Math.Abs(z);
        double t;
        if (a < 0.0009765625)
        {
            return z == 0 ? z : z - (z * z * z / 3.0); // tanh(-0) is -0
        }

        if (a > 22.0)
        {
            t = 1.0;
        }
        else
        {
            t = 1.0 - (2.0 / (Exp(2.0 * a) + 1.0));
        }

        return z < 0 ? -t : t;
    }

    /// <summary>tanh(z), computed in double and rounded once.</summary>
    public static float Tanh(float z) => (float)Tanh((double)z);

    /// <summary>2^n for -1022 - 53 &lt; n &lt;= 1023 as a double built from its bits (n in [-537, 512] here).</summary>
    private static double Power2(int n) => n >= -1022
        ? BitConverter.Int64BitsToDouble((long)(n + 1023) << 52)
        : BitConverter.Int64BitsToDouble(1L << (n + 1074));
}
