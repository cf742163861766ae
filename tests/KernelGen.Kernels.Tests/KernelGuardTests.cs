using System;
using System.Runtime.InteropServices;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// <see cref="KernelGuard.ThrowIfOverlaps{T}"/> against the definition (two index ranges of one buffer intersect) for
/// every placement of the output around the input, element-aligned and (through reinterpreted bytes) not.
/// </summary>
public sealed class KernelGuardTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 7)]
    [InlineData(5, 3)]
    [InlineData(16, 16)]
    [InlineData(33, 100)]
    public void Overlap_is_detected_exactly_when_the_ranges_share_an_element(int outputLength, int inputLength)
    {
        var buffer = new float[outputLength + inputLength + 8];
        int input = outputLength + 4;
        for (int output = 0; output + outputLength <= buffer.Length; output++)
        {
            bool shares = output < input + inputLength && input < output + outputLength;

            bool threw = Throws(buffer.AsSpan(output, outputLength), buffer.AsSpan(input, inputLength));

            Assert.True(shares == threw, $"output [{output}, {output + outputLength}) input [{input}, {input + inputLength}): shares {shares}, threw {threw}");
        }
    }

    [Fact]
    public void Overlap_counts_bytes_when_the_spans_are_not_element_aligned_to_each_other()
    {
        var bytes = new byte[64];
        Span<float> input = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(16, 16)); // bytes 16..31
        for (int start = 0; start + 8 <= bytes.Length; start++)
        {
            Span<float> output = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(start, 8)); // bytes start..start+7
            bool shares = start < 32 && 16 < start + 8;

            Assert.Equal(shares, Throws(output, input));
        }
    }

    [Fact]
    public void Separate_buffers_never_overlap_and_the_message_names_both()
    {
        Assert.False(Throws(new double[4], new double[4]));
        var buffer = new double[8];
        var e = Assert.Throws<ArgumentException>(() => KernelGuard.ThrowIfOverlaps<double, double>(buffer.AsSpan(2, 4), 4, "result", buffer.AsSpan(0, 4), 4, "x"));
        Assert.Equal("result", e.ParamName);
        Assert.Contains("'x'", e.Message, StringComparison.Ordinal);
    }

    private static bool Throws<T>(Span<T> output, ReadOnlySpan<T> input)
    {
        try
        {
            KernelGuard.ThrowIfOverlaps(output, output.Length, "output", input, input.Length, "input");
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
