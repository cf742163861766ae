using System;
using System.Diagnostics.CodeAnalysis;

namespace KernelGen.Catalog;

/// <summary>
/// Names an assembly's kernel catalog: the generator writes <c>[assembly: KernelCatalog(typeof(...))]</c> into every
/// assembly that declares kernels (unless the project sets <c>&lt;KernelGenCatalog&gt;false&lt;/KernelGenCatalog&gt;</c>),
/// so <see cref="KernelCatalog.For"/> finds the catalog without scanning types.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class KernelCatalogAttribute : Attribute
{
    /// <summary>Names <paramref name="catalogType"/> as the assembly's catalog.</summary>
    public KernelCatalogAttribute([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type catalogType) =>
        CatalogType = catalogType ?? throw new ArgumentNullException(nameof(catalogType));

    /// <summary>The generated <see cref="KernelCatalog"/> subclass (kept by the trimmer with its constructor).</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    public Type CatalogType { get; }
}
