using System;
using System.Collections.Generic;
using System.Reflection;

namespace KernelGen.Catalog;

/// <summary>
/// Every kernel of one assembly, as data: what each computes, its sizes and costs, its plan, and delegates that call it
/// and the reference interpreter over spans. The generator writes one subclass per assembly; get it with
/// <see cref="For"/> (or <see cref="KernelVerifier.VerifyAll(Assembly, int, int)"/> to check every kernel at once).
/// No reflection is needed to call a kernel, so the catalog works trimmed and under NativeAOT.
/// </summary>
public abstract class KernelCatalog
{
    private IReadOnlyList<KernelInfo>? _kernels;

    /// <summary>The assembly's kernels, ordered by <see cref="KernelInfo.Name"/>.</summary>
    public IReadOnlyList<KernelInfo> Kernels => _kernels ??= Array.AsReadOnly(CreateKernels());

    /// <summary>Creates the entries (called once, by <see cref="Kernels"/>).</summary>
    protected abstract KernelInfo[] CreateKernels();

    /// <summary>
    /// The kernel whose <see cref="KernelInfo.Name"/> is <paramref name="name"/> (<c>Namespace.Type.Method</c>), or the
    /// only one whose method name it is; null when there is none.
    /// </summary>
    public KernelInfo? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        KernelInfo? byMethod = null;
        int methods = 0;
        foreach (KernelInfo kernel in Kernels)
        {
            if (string.Equals(kernel.Name, name, StringComparison.Ordinal))
            {
                return kernel;
            }

            if (string.Equals(kernel.Method, name, StringComparison.Ordinal))
            {
                byMethod = kernel;
                methods++;
            }
        }

        return methods == 1 ? byMethod : null;
    }

    /// <summary>The catalog the generator wrote into <paramref name="assembly"/>, or null when it declares no kernels (or opted out).</summary>
    public static KernelCatalog? For(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        KernelCatalogAttribute? attribute = assembly.GetCustomAttribute<KernelCatalogAttribute>();
        return attribute is null ? null : (KernelCatalog)Activator.CreateInstance(attribute.CatalogType)!;
    }
}
