using System.Linq;
using Microsoft.CodeAnalysis;

namespace KernelGen.Generator.Model;

/// <summary>
/// The few facts about the consumer's compilation that change the generated code, projected once into a small record
/// so that the pipeline never holds the <see cref="Compilation"/>.
/// </summary>
/// <param name="HasVectorApis">System.Runtime.Intrinsics has the .NET 8 cross-platform vector API (Vector128.LoadUnsafe).</param>
/// <param name="HasVector512">Vector512 exists (.NET 8 and later).</param>
/// <param name="HasVectorFusedMultiplyAdd">Vector128/256/512.FusedMultiplyAdd exist (.NET 9 and later); otherwise the
/// x86 intrinsics Fma.MultiplyAdd and Avx512F.FusedMultiplyAdd are used.</param>
/// <param name="HasNativeMinMax">Vector128/256/512.MaxNative exist (.NET 9 and later): the one-instruction maximum, whose
/// NaN behaviour is the platform's (pooling tracks NaN itself); otherwise Max, which is that instruction on .NET 8.</param>
/// <param name="HasAvxVnni">System.Runtime.Intrinsics.X86.AvxVnni exists and is not a preview API (.NET 9 and later;
/// .NET 8 marks it <c>RequiresPreviewFeatures</c>): the u8 x s8 dot-product instruction <c>VPDPBUSD</c> for integer kernels.</param>
/// <param name="HasArmDot">System.Runtime.Intrinsics.Arm.Dp exists and is not a preview API: Arm64's s8 x s8 dot-product
/// instruction <c>SDOT</c> for integer kernels.</param>
/// <param name="ReadyToRun">The project asks for kernels a ReadyToRun image can hold (<c>&lt;KernelGenReadyToRun&gt;</c>):
/// no <c>AggressiveOptimization</c> (the runtime never runs precompiled code of such a method), and only what crossgen2
/// compiles ahead of time: the platform's fused multiply-add intrinsics (<c>Fma</c>, <c>Avx512F</c>) instead of
/// <c>VectorNNN.FusedMultiplyAdd</c>, and horizontal sums written out lane by lane instead of <c>VectorNNN.Sum</c>.</param>
internal sealed record TargetInfo(bool HasVectorApis, bool HasVector512, bool HasVectorFusedMultiplyAdd, bool HasNativeMinMax = false, bool HasAvxVnni = false,
    bool HasArmDot = false, bool ReadyToRun = false)
{
    /// <summary>This target as ReadyToRun mode writes for it (see <see cref="ReadyToRun"/>).</summary>
    public TargetInfo ForReadyToRun() => this with { HasVectorFusedMultiplyAdd = false, ReadyToRun = true };

    /// <summary>
    /// The attribute line of every kernel method and helper: <c>AggressiveOptimization</c> (optimized from its first call,
    /// never run as unoptimized tier-0 code), or none in ReadyToRun mode, where the image's code runs first.
    /// </summary>
    public string? OptimizationAttribute => ReadyToRun ? null
        : "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";

    /// <summary>What .NET 10 offers; the default for planner tests.</summary>
    public static TargetInfo Latest { get; } = new(true, true, true, true, true, true);

    /// <summary>What .NET 8 offers.</summary>
    public static TargetInfo Net8 { get; } = new(true, true, false, false, false, true);

    public static TargetInfo From(Compilation compilation)
    {
        INamedTypeSymbol? v128 = compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.Vector128");
        INamedTypeSymbol? v512 = compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.Vector512");
        bool hasApis = v128 is not null && !v128.GetMembers("LoadUnsafe").IsEmpty
            && compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.X86.Fma") is not null;
        bool has512 = v512 is not null && !v512.GetMembers("LoadUnsafe").IsEmpty
            && compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.X86.Avx512F") is not null;
        bool hasFma = v128 is not null && !v128.GetMembers("FusedMultiplyAdd").IsEmpty
            && (!has512 || !v512!.GetMembers("FusedMultiplyAdd").IsEmpty);
        bool hasNative = v128 is not null && !v128.GetMembers("MaxNative").IsEmpty && (!has512 || !v512!.GetMembers("MaxNative").IsEmpty);
        bool hasVnni = IsStable(compilation, "System.Runtime.Intrinsics.X86.AvxVnni");
        return new TargetInfo(hasApis, has512, hasFma, hasNative, hasVnni, IsStable(compilation, "System.Runtime.Intrinsics.Arm.Dp"));
    }

    /// <summary>Whether the type exists and is not a preview API (<c>RequiresPreviewFeatures</c>).</summary>
    private static bool IsStable(Compilation compilation, string name) =>
        compilation.GetTypeByMetadataName(name) is { } type && !type.GetAttributes().Any(a => a.AttributeClass?.Name == "RequiresPreviewFeaturesAttribute");
}

/// <summary>Project-wide settings from MSBuild (<c>&lt;KernelGenUnrollBudget&gt;</c>, <c>&lt;KernelGenDeterministic&gt;</c>).</summary>
/// <param name="UnrollBudget">The project's budget; <see cref="DefaultUnrollBudget"/> when not set.</param>
/// <param name="InvalidBudgetText">The property's text when it is set but not a positive integer, for a diagnostic.</param>
/// <param name="Deterministic">Every kernel of the project without its own <c>Deterministic</c> sums in one fixed order.</param>
/// <param name="Catalog">Whether the assembly gets a kernel catalog (<c>&lt;KernelGenCatalog&gt;false&lt;/KernelGenCatalog&gt;</c> turns it off).</param>
/// <param name="Threads">Threads per call of every kernel without its own <c>Threads</c> (<c>&lt;KernelGenThreads&gt;</c>; 1 when not set, 0: the machine's).</param>
/// <param name="InvalidThreadsText">The threads property's text when it is set but not a non-negative integer, for a diagnostic.</param>
/// <param name="ReadyToRun">Kernels for ReadyToRun images (<c>&lt;KernelGenReadyToRun&gt;true&lt;/KernelGenReadyToRun&gt;</c>; see <see cref="TargetInfo.ReadyToRun"/>).</param>
internal sealed record ProjectOptions(int UnrollBudget, string? InvalidBudgetText, bool Deterministic = false, bool Catalog = true, int Threads = 1,
    string? InvalidThreadsText = null, bool ReadyToRun = false)
{
    public const int DefaultUnrollBudget = 256;

    public static ProjectOptions Default { get; } = new(DefaultUnrollBudget, null);
}
