using System;
using System.ComponentModel;
using System.Numerics;

namespace KernelGen.Catalog;

/// <summary>Helpers the generated catalog entries call; not meant to be called directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KernelReference
{
    /// <summary><paramref name="values"/> itself, or a copy of their absolute values when <paramref name="absolute"/>.</summary>
    public static ReadOnlySpan<T> Abs<T>(ReadOnlySpan<T> values, bool absolute)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (!absolute)
        {
            return values;
        }

        var result = new T[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = T.Abs(values[i]);
        }

        return result;
    }

    /// <summary>The plan lines of an entry, as <c>(path, summary)</c> pairs.</summary>
    public static KernelPathPlan[] Plans(params string[] pathsAndSummaries)
    {
        var plans = new KernelPathPlan[pathsAndSummaries.Length / 2];
        for (int i = 0; i < plans.Length; i++)
        {
            plans[i] = new KernelPathPlan(pathsAndSummaries[2 * i], pathsAndSummaries[(2 * i) + 1]);
        }

        return plans;
    }
}
