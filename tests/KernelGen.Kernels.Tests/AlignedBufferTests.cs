using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary><see cref="AlignedBuffer{T}"/>: 64-byte aligned and zeroed at every length, unusable after dispose, and
/// kernels on it give exactly what they give on arrays.</summary>
public class AlignedBufferTests
{
    private static nint Address<T>(Span<T> span) where T : unmanaged => Unsafe.ByteOffset(ref Unsafe.NullRef<T>(), ref MemoryMarshal.GetReference(span));

    [Fact]
    public void Every_length_is_64_byte_aligned_and_zeroed()
    {
        foreach (int length in Enumerable.Range(1, 300).Concat(new[] { 1023, 1024, 4096, 4099, 100_000, 1 << 20 }))
        {
            using var floats = new AlignedBuffer<float>(length);
            using var doubles = new AlignedBuffer<double>(length);
            using var bytes = new AlignedBuffer<byte>(length);
            Assert.Equal(0, Address(floats.Span) % 64);
            Assert.Equal(0, Address(doubles.Span) % 64);
            Assert.Equal(0, Address(bytes.Span) % 64);
            Assert.Equal(length, floats.Length);
            Assert.Equal(length, floats.Span.Length);
            Assert.Equal(length, doubles.Memory.Length);
            Assert.True(floats.Span.IndexOfAnyExcept(0f) < 0 && doubles.Span.IndexOfAnyExcept(0d) < 0 && bytes.Span.IndexOfAnyExcept((byte)0) < 0, $"length {length} not zeroed");
            floats.Span.Fill(float.NaN); // dirty the memory, so that a later allocation reusing it must zero it again
            doubles.Span.Fill(-1);
        }
    }

    [Fact]
    public void An_empty_buffer_has_empty_spans_and_a_negative_length_throws()
    {
        using var empty = new AlignedBuffer<float>(0);
        Assert.True(empty.Span.IsEmpty);
        Assert.True(empty.Memory.IsEmpty);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AlignedBuffer<float>(-1));
        Assert.Equal("length", e.ParamName);
    }

    [Fact]
    public void After_dispose_span_memory_and_earlier_memory_throw_and_a_second_dispose_does_nothing()
    {
        var buffer = new AlignedBuffer<float>(100);
        Memory<float> before = buffer.Memory;
        before.Span[3] = 7;
        Assert.Equal(7, buffer.Span[3]);
        Assert.False(buffer.IsDisposed);

        buffer.Dispose();
        Assert.True(buffer.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => buffer.Span.Length);
        Assert.Throws<ObjectDisposedException>(() => buffer.Memory);
        Assert.Throws<ObjectDisposedException>(() => before.Span.Length);
        Assert.Throws<ObjectDisposedException>(() => before.Pin());
        buffer.Dispose();
        Assert.True(buffer.IsDisposed);
    }

    [Fact]
    public void A_pin_taken_before_dispose_holds_the_memory_until_released()
    {
        var buffer = new AlignedBuffer<double>(16);
        System.Buffers.MemoryHandle pin = buffer.Memory.Slice(4).Pin();
        buffer.Dispose(); // the pin holds the handle: the memory is freed when the pin is released
        Assert.True(buffer.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => buffer.Span.Length);
        pin.Dispose();
    }

    [Fact]
    public void Kernels_on_aligned_buffers_equal_kernels_on_arrays()
    {
        var random = new Random(13);
        foreach (int length in new[] { 3, 16, 100, 300, 1024, 4096 })
        {
            float[] x = Accuracy.RandomArray<float>(random, length), y = Accuracy.RandomArray<float>(random, length);
            using var ax = new AlignedBuffer<float>(length);
            using var ay = new AlignedBuffer<float>(length);
            x.CopyTo(ax.Span);
            y.CopyTo(ay.Span);
            DotKernel<float> dot = Declared.FloatDots.Single(d => d.Length == length).Kernel;
            Assert.Equal(BitConverter.SingleToInt32Bits(dot(x, y)), BitConverter.SingleToInt32Bits(dot(ax.Span, ay.Span)));
        }

        foreach (var (length, plain, deterministic) in Declared.FloatCosines.Where(c => c.Length is 384 or 768 or 1536))
        {
            float[] x = Accuracy.RandomArray<float>(random, length), y = Accuracy.RandomArray<float>(random, length);
            using var ax = new AlignedBuffer<float>(length);
            using var ay = new AlignedBuffer<float>(length);
            x.CopyTo(ax.Span);
            y.CopyTo(ay.Span);
            Assert.Equal(plain(x, y), plain(ax.Span, ay.Span));
            Assert.Equal(deterministic(x, y), deterministic(ax.Span, ay.Span));
        }

        DenseCase<float> layer = Declared.FloatDense.First(c => c.Inputs == 784 && c.Outputs == 10 && c.WithBias is not null);
        float[] input = Accuracy.RandomArray<float>(random, 784), weights = Accuracy.RandomArray<float>(random, 7840), bias = Accuracy.RandomArray<float>(random, 10);
        using var aInput = new AlignedBuffer<float>(784);
        using var aWeights = new AlignedBuffer<float>(7840);
        using var aOutput = new AlignedBuffer<float>(10);
        input.CopyTo(aInput.Span);
        weights.CopyTo(aWeights.Span);
        float[] output = new float[10];
        layer.WithBias!(input, weights, bias, output);
        layer.WithBias!(aInput.Span, aWeights.Span, bias, aOutput.Span);
        Assert.Equal(output, aOutput.Span.ToArray());
    }
}
