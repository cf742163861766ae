using System;
using System.Linq;
using System.Runtime.Intrinsics;
using KernelGen.Tool.Asm;
using Xunit;

namespace KernelGen.Tool.Tests;

/// <summary>
/// <c>kernelgen asm</c> on this machine (the JIT's real output from a child process), and the summary's parser on a
/// fixed listing whose counts are known.
/// </summary>
public sealed class AsmTests
{
    [Fact]
    public void Asm_finds_fully_optimized_code_with_fused_multiply_adds_and_no_bounds_checks()
    {
        ToolRun run = ToolRun.Of("asm", "--full", "[DotProduct(256)] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); " +
            "[Conv2D(8, 16, 16, 16, 3, 3, Padding = 1)] public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("; Assembly listing for method KernelGen.Declared.Kernels:Dot(", run.Output, StringComparison.Ordinal);
        Assert.Contains("; Assembly listing for method KernelGen.Declared.Kernels:Conv(", run.Output, StringComparison.Ordinal);
        var methods = AsmListing.Parse(run.Output);
        foreach (string kernel in new[] { "KernelGen.Declared.Kernels.Dot", "KernelGen.Declared.Kernels.Conv" })
        {
            AsmSummary summary = AsmSummary.Of(methods.Where(m => m.OwnerFullName == kernel).ToList());
            Assert.Equal("FullOpts", summary.Tier);
            Assert.True(summary.Fmas > 0, $"{kernel}: no FMA in\n{run.Output}");
            Assert.False(summary.HasBoundsCheck, kernel);
            Assert.Equal(Vector512.IsHardwareAccelerated ? "zmm (512-bit)" : Vector256.IsHardwareAccelerated ? "ymm (256-bit)" : summary.WidestRegister, summary.WidestRegister);
            // The table row says the same.
            Assert.Contains(run.Output.Split('\n'), l => l.Contains($"│ {kernel.Split('.').Last()} ", StringComparison.Ordinal) && l.Contains("FullOpts", StringComparison.Ordinal) && l.Contains($" {summary.Fmas} ", StringComparison.Ordinal));
        }
    }

    private const string Listing = """
        ; Assembly listing for method App.Outer+Kernels:Dot(System.ReadOnlySpan`1[float],System.ReadOnlySpan`1[float]):float (FullOpts)
        ; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
        ; FullOpts code
        ; optimized code

        G_M000_IG01:                ;; offset=0x0000
               push     rbp
               mov      rbp, rsp
        G_M000_IG02:                ;; offset=0x0004
               cmp      esi, 64
               jl       G_M000_IG04
               vmovups  zmm0, zmmword ptr [rdi]
               vfmadd231ps zmm1, zmm0, zmmword ptr [rdx]
               vfmadd213ps ymm2, ymm3, ymm4
               vfnmadd231ss xmm5, xmm6, dword ptr [rdx+0x10]
               vmulps   zmm7, zmm0, dword ptr [rax]{1to16}
               vbroadcastss zmm8, dword ptr [rcx]
               vmovups  zmmword ptr [rsp+0x40], zmm1
               vmovups  zmmword ptr [r8], zmm2
               vmovups  zmmword ptr [r8+0x40] {k1}, zmm2
               call     CORINFO_HELP_RNGCHKFAIL
               call     [System.MemoryExtensions:Overlaps[float](System.ReadOnlySpan`1[float],System.ReadOnlySpan`1[float]):bool]
               pop      rbp
               ret
        G_M000_IG03:                ;; offset=0x0060
               call     [CORINFO_HELP_STRCNS]
               call     [App.Outer+Kernels:<Dot>g____ThrowTooShort|0_0(int,int)]
               int3
        ; Total bytes of code 120

        ; Assembly listing for method App.Outer+Kernels:<Dot>g____CopyIn|0_1(byref,byref) (FullOpts)
        ; FullOpts code
        G_M001_IG01:
               vmovups  ymm0, ymmword ptr [rsi]
               vmovups  ymmword ptr [rdi], ymm0
               ret
        ; Total bytes of code 12

        ; Assembly listing for method App.Outer+Kernels:<Dot>g____ThrowTooShort|0_0(int,int) (FullOpts)
        ; FullOpts code
               vmovups  zmm9, zmmword ptr [rsi]
               call     [System.ArgumentException:.ctor()]
        ; Total bytes of code 40
        some program output after the listing
        """;

    [Fact]
    public void Listing_is_split_into_methods_with_owner_and_tier()
    {
        var methods = AsmListing.Parse(Listing);

        Assert.Equal(3, methods.Count);
        Assert.All(methods, m => Assert.Equal("App.Outer.Kernels.Dot", m.OwnerFullName));
        Assert.Equal(new[] { "FullOpts", "FullOpts", "FullOpts" }, methods.Select(m => m.Tier));
        Assert.Equal(new[] { false, true, true }, methods.Select(m => m.IsLocalFunction));
        Assert.Equal(new[] { false, false, true }, methods.Select(m => m.IsThrowHelper));
        Assert.Equal(new[] { 120, 12, 40 }, methods.Select(m => m.CodeBytes));
        Assert.DoesNotContain(methods[2].Lines, l => l.Contains("program output", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_counts_fmas_loads_stores_broadcasts_spills_and_calls_outside_throw_helpers()
    {
        AsmSummary summary = AsmSummary.Of(AsmListing.Parse(Listing));

        Assert.Equal("FullOpts", summary.Tier);
        Assert.True(summary.Optimized);
        Assert.Equal("zmm (512-bit)", summary.WidestRegister);
        Assert.Equal(3, summary.Fmas);           // vfmadd231ps, vfmadd213ps, vfnmadd231ss
        Assert.Equal(6, summary.Loads);          // vmovups, vfmadd231ps, vfnmadd231ss, vmulps, vbroadcastss (body); vmovups (CopyIn)
        Assert.Equal(4, summary.Stores);         // [rsp+0x40], [r8], [r8+0x40] {k1}; [rdi] (CopyIn)
        Assert.Equal(2, summary.Broadcasts);     // {1to16}, vbroadcastss
        Assert.Equal(1, summary.Spills);         // the store to [rsp+0x40]
        // The throw block's calls (the throw helper, the string constants for its message) are left out.
        Assert.Equal(new[] { "CORINFO_HELP_RNGCHKFAIL", "[System.MemoryExtensions:Overlaps[float](System.ReadOnlySpan`1[float],System.ReadOnlySpan`1[float]):bool]" }, summary.Calls);
        Assert.True(summary.HasBoundsCheck);
        Assert.Equal(132, summary.CodeBytes);    // the throw helper left out
    }

    [Fact]
    public void Tier0_code_is_not_optimized()
    {
        AsmSummary summary = AsmSummary.Of(AsmListing.Parse("; Assembly listing for method A:B() (Tier0)\n; Tier0 code\n       ret\n; Total bytes of code 1\n"));

        Assert.Equal("Tier0", summary.Tier);
        Assert.False(summary.Optimized);
        Assert.Equal("none", summary.WidestRegister);
    }
}
