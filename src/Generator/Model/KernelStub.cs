namespace KernelGen.Generator.Model;

/// <summary>
/// A refused kernel whose declaration is otherwise sound (a static partial method with the kind's signature, in partial
/// types): the generator still writes its implementation part, a body that throws, so that the build shows only the
/// <c>KGEN</c> error and not also the compiler's CS8795 ("partial method must have an implementation part"). The
/// build fails on the error either way; the body never runs. Strings only, so it caches.
/// </summary>
/// <param name="Signature">The implementing declaration, as the kernel's would be: <c>public static partial void Conv(global::System.ReadOnlySpan&lt;float&gt; input, ...)</c>.</param>
/// <param name="Error">The id of the error that refused it (<c>KGEN008</c>).</param>
internal sealed record KernelStub(HierarchyInfo Hierarchy, string Name, string Signature, string HintName, string Error);
