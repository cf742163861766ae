using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Kinds.Conv2D.Winograd;

/// <summary>An exact fraction of two <c>long</c>s in lowest terms, for the transform matrices (their entries are small).</summary>
internal readonly struct Rational : IEquatable<Rational>
{
    public Rational(long numerator, long denominator = 1)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException();
        }

        long g = Gcd(Math.Abs(numerator), Math.Abs(denominator));
        g = g == 0 ? 1 : g;
        int sign = denominator < 0 ? -1 : 1;
        Numerator = sign * numerator / g;
        Denominator = sign * denominator / g;
    }

    public long Numerator { get; }

    public long Denominator { get; }

    public static Rational Zero => new(0);

    public static Rational One => new(1);

    public bool IsZero => Numerator == 0;

    public double Value => (double)Numerator / Denominator;

    public static Rational operator +(Rational a, Rational b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    public override int GetHashCode() => (Numerator.GetHashCode() * 397) ^ Denominator.GetHashCode();

    public override string ToString() =>
        Denominator == 1 ? Numerator.ToString(CultureInfo.InvariantCulture) : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}

/// <summary>
/// Winograd's minimal filtering F(m, 3) (Lavin and Gray's form of Toom-Cook, with the point at infinity), built exactly
/// from its interpolation points: <c>y = Aᵀ [(G g) ⊙ (Bᵀ d)]</c> computes the <c>m</c> outputs of a 3-tap
/// cross-correlation of <c>d</c> (<c>α = m + 2</c> inputs) with <c>g</c>, and nested on both axes
/// <c>Y = Aᵀ [(G g Gᵀ) ⊙ (Bᵀ d B)] A</c> a tile of <c>m x m</c> outputs of a 3x3 filter. With finite points
/// <c>p_0 .. p_(α-2)</c>: <c>Aᵀ[i][j] = p_j^i</c> (the last column is <c>[0 .. 0 1]</c>); <c>G[j][k] = p_j^k / N_j</c>,
/// <c>N_j = Π_(l≠j) (p_j - p_l)</c> (the last row is <c>[0 0 1]</c>); row <c>j</c> of <c>Bᵀ</c> holds the coefficients
/// of <c>Π_(l≠j) (x - p_l)</c>, its last row those of <c>Π_l (x - p_l)</c>.
/// </summary>
internal static class WinogradTransform
{
    /// <summary>The taps of the filter along one axis.</summary>
    public const int Taps = 3;

    /// <summary>
    /// The finite interpolation points of F(m, 3): <c>0, ±1</c> for F(2, 3) and <c>0, ±1, ±2</c> for F(4, 3), the points
    /// of Lavin and Gray's matrices (and ncnn's, up to scaling). Small integers keep <c>Bᵀ</c> and <c>Aᵀ</c> exact in
    /// binary floating point; only <c>G</c>'s sixths and twenty-fourths round, and with constant weights <c>G g Gᵀ</c> is
    /// computed in double and rounded once.
    /// </summary>
    public static Rational[] Points(int m) => m switch
    {
        2 => new[] { new Rational(0), new Rational(1), new Rational(-1) },
        4 => new[] { new Rational(0), new Rational(1), new Rational(-1), new Rational(2), new Rational(-2) },
        _ => throw new ArgumentOutOfRangeException(nameof(m), "F(2, 3) and F(4, 3) only"),
    };

    /// <summary><c>Bᵀ</c> (α x α).</summary>
    public static Rational[,] InputTransform(int m)
    {
        Rational[] p = Points(m);
        int alpha = m + Taps - 1;
        var bt = new Rational[alpha, alpha];
        for (int j = 0; j < alpha; j++)
        {
            // the polynomial whose coefficients are row j: the product of (x - p_l) over every finite point but p_j
            Rational[] poly = { Rational.One };
            for (int l = 0; l < p.Length; l++)
            {
                if (l != j)
                {
                    poly = MultiplyByRoot(poly, p[l]);
                }
            }

            for (int c = 0; c < alpha; c++)
            {
                bt[j, c] = c < poly.Length ? poly[c] : Rational.Zero;
            }
        }

        return bt;
    }

    /// <summary><c>G</c> (α x 3).</summary>
    public static Rational[,] FilterTransform(int m)
    {
        Rational[] p = Points(m);
        int alpha = m + Taps - 1;
        var g = new Rational[alpha, Taps];
        for (int j = 0; j < alpha; j++)
        {
            for (int k = 0; k < Taps; k++)
            {
                g[j, k] = j == alpha - 1 ? (k == Taps - 1 ? Rational.One : Rational.Zero) : Power(p[j], k) / Difference(p, j);
            }
        }

        return g;
    }

    /// <summary><c>Aᵀ</c> (m x α).</summary>
    public static Rational[,] OutputTransform(int m)
    {
        Rational[] p = Points(m);
        int alpha = m + Taps - 1;
        var at = new Rational[m, alpha];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < alpha; j++)
            {
                at[i, j] = j == alpha - 1 ? (i == m - 1 ? Rational.One : Rational.Zero) : Power(p[j], i);
            }
        }

        return at;
    }

    /// <summary>The matrix as row-major doubles (each entry the nearest double to the fraction).</summary>
    public static EquatableArray<double> Values(Rational[,] matrix)
    {
        var values = new List<double>();
        for (int i = 0; i < matrix.GetLength(0); i++)
        {
            for (int j = 0; j < matrix.GetLength(1); j++)
            {
                values.Add(matrix[i, j].Value);
            }
        }

        return values.ToEquatableArray();
    }

    /// <summary>The rows of a matrix as text for the header: <c>[4 0 -5 0 1 0]</c>.</summary>
    public static string Rows(Rational[,] matrix) =>
        string.Join(" ", Enumerable.Range(0, matrix.GetLength(0)).Select(i =>
            "[" + string.Join(" ", Enumerable.Range(0, matrix.GetLength(1)).Select(j => matrix[i, j].ToString())) + "]"));

    private static Rational[] MultiplyByRoot(Rational[] poly, Rational root)
    {
        // (c_0 + c_1 x + ...) (x - root)
        var result = new Rational[poly.Length + 1];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Rational.Zero;
        }

        for (int i = 0; i < poly.Length; i++)
        {
            result[i + 1] += poly[i];
            result[i] -= poly[i] * root;
        }

        return result;
    }

    private static Rational Power(Rational x, int k)
    {
        Rational r = Rational.One;
        for (int i = 0; i < k; i++)
        {
            r *= x;
        }

        return r;
    }

    private static Rational Difference(Rational[] p, int j)
    {
        Rational d = Rational.One;
        for (int l = 0; l < p.Length; l++)
        {
            if (l != j)
            {
                d *= p[j] - p[l];
            }
        }

        return d;
    }
}
