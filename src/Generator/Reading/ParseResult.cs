using KernelGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KernelGen.Generator.Reading;

/// <summary>
/// What parsing one attributed method yields: the model (null when the declaration is wrong), the diagnostics, and
/// where the method's name is, for diagnostics decided later (unroll budget, target framework); for a refused method
/// whose declaration is sound, the <see cref="KernelStub"/> that keeps CS8795 away.
/// </summary>
internal sealed record ParseResult(KernelModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, SyntaxTree? Tree, TextSpan NameSpan, KernelStub? Stub = null)
{
    public static ParseResult Nothing { get; } = new(null, EquatableArray<DiagnosticInfo>.Empty, null, default);
}
