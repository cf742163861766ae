using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// <c>Threads</c> and <c>Batch</c> from the real build (<see cref="ThreadedKernels"/>): every thread count gives the
/// one-thread kernel's bits, image <c>i</c> of a batch is the batch-1 kernel's result for image <c>i</c> (bit for bit:
/// a batch takes each output's products in the batch-1 order, folded or image by image), results within the contract's bound, <see cref="KernelThreads.Limit"/>
/// changed while kernels run, many callers at once, and bad input caught before any thread starts.
/// </summary>
public class ThreadedKernelTests
{
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    private delegate void Four<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> c, Span<T> output);

    private delegate void Three<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> output);

    private delegate void Two<T>(ReadOnlySpan<T> a, Span<T> output);

    private static T[] Rand<T>(Random random, int length)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T> => Accuracy.RandomArray<T>(random, length);

    /// <summary>Bit for bit, with the first differing element in the message.</summary>
    private static void AssertSameBits<T>(T[] expected, T[] actual, string context)
        where T : unmanaged
    {
        Assert.Equal(expected.Length, actual.Length);
        ReadOnlySpan<byte> e = MemoryMarshal.AsBytes(expected.AsSpan()), a = MemoryMarshal.AsBytes(actual.AsSpan());
        int size = e.Length / expected.Length;
        for (int i = 0; i < expected.Length; i++)
        {
            if (!e.Slice(i * size, size).SequenceEqual(a.Slice(i * size, size)))
            {
                Assert.Fail($"{context} (seed {Seed}): element {i} is {actual[i]}, expected {expected[i]}");
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="single"/> image by image and <paramref name="variants"/> (each <c>images</c> images per call)
    /// on the same random operands: every variant must give the single kernel's bits for every image.
    /// </summary>
    private static void Check<T>(int inputLength, int sharedLength, int biasLength, int outputLength, Four<T> single, params (string Name, int Images, Four<T> Kernel)[] variants)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(Seed);
        int most = variants.Max(v => v.Images);
        T[] input = Rand<T>(random, inputLength * most), shared = Rand<T>(random, sharedLength), bias = Rand<T>(random, biasLength);
        var expected = new T[outputLength * most];
        for (int i = 0; i < most; i++)
        {
            single(input.AsSpan(i * inputLength, inputLength), shared, bias, expected.AsSpan(i * outputLength, outputLength));
        }

        foreach ((string name, int images, Four<T> kernel) in variants)
        {
            for (int repeat = 0; repeat < 3; repeat++)
            {
                var output = new T[outputLength * images];
                kernel(input.AsSpan(0, inputLength * images), shared, bias, output);
                AssertSameBits(expected.AsSpan(0, outputLength * images).ToArray(), output, name);
            }
        }
    }

    private static Four<T> NoBias<T>(Three<T> kernel) => (a, b, _, o) => kernel(a, b, o);

    private static Four<T> InputOnly<T>(Two<T> kernel) => (a, _, _, o) => kernel(a, o);

    private static Four<T> InputBias<T>(Three<T> kernel) => (a, _, c, o) => kernel(a, c, o);

    [Fact]
    public void Conv2D_output_channel_tiles_give_the_same_bits_for_every_thread_count_and_batch() =>
        Check<float>(16 * 20 * 20, 32 * 16 * 9, 32, 32 * 20 * 20, ThreadedKernels.Conv,
            ("Threads = 2", 1, ThreadedKernels.ConvT2), ("Threads = 3", 1, ThreadedKernels.ConvT3), ("Threads = 4", 1, ThreadedKernels.ConvT4),
            ("Threads = 0", 1, ThreadedKernels.ConvT0), ("Batch = 3", 3, ThreadedKernels.ConvB3), ("Batch = 3, Threads = 2", 3, ThreadedKernels.ConvB3T2));

    [Fact]
    public void Conv2D_stride_2_double_batch_on_four_threads() =>
        Check<double>(3 * 41 * 39, 24 * 3 * 25, 0, 24 * 21 * 20, NoBias<double>(ThreadedKernels.Stem),
            ("Batch = 2, Threads = 4", 2, NoBias<double>(ThreadedKernels.StemB2T4)));

    [Fact]
    public void Conv2D_flat_runs_batched_and_threaded_within_the_bound()
    {
        Check<float>(24 * 14 * 14, 32 * 24 * 9, 32, 32 * 14 * 14, ThreadedKernels.Flat14, ("Batch = 2, Threads = 2", 2, ThreadedKernels.Flat14B2T2));
        Check<double>(8 * 30 * 30, 16 * 8 * 9, 0, 16 * 30 * 30, NoBias<double>(ThreadedKernels.FlatDilated), ("Threads = 3", 1, NoBias<double>(ThreadedKernels.FlatDilatedT3)));
        var random = new Random(Seed);
        var shape = new Conv2DShape(24, 14, 14, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1);
        float[] input = Rand<float>(random, shape.InputLength), weights = Rand<float>(random, 32 * 24 * 9), bias = Rand<float>(random, 32);
        var output = new float[shape.OutputLength];
        ThreadedKernels.Flat14(input, weights, bias, output);
        Accuracy.AssertConv<float>(output, input, weights, bias, shape, Activation.Relu, $"Conv2D(24, 14, 14, 32, 3, 3, Padding = 1) as flat runs (seed {Seed})");
        var dilated = new Conv2DShape(8, 30, 30, 16, 3, 3, 1, 1, 2, 2, 2, 2, 1);
        double[] x = Rand<double>(random, dilated.InputLength), k = Rand<double>(random, 16 * 8 * 9);
        var y = new double[dilated.OutputLength];
        ThreadedKernels.FlatDilated(x, k, y);
        Accuracy.AssertConv<double>(y, x, k, default, dilated, Activation.None, $"dilated flat runs (seed {Seed})");
    }

    [Fact]
    public void Conv2D_stride_2_stem_banded_for_threads_only() =>
        Check<float>(3 * 224 * 224, 16 * 3 * 49, 16, 16 * 112 * 112, ThreadedKernels.Stem224, ("Threads = 2", 1, ThreadedKernels.Stem224T2));

    [Fact]
    public void Conv2D_bands_of_a_banded_copy_shared_out() =>
        Check<float>(64 * 56 * 56, 16 * 64 * 9, 16, 16 * 56 * 56, ThreadedKernels.Banded, ("Threads = 3", 1, ThreadedKernels.BandedT3));

    [Fact]
    public void Conv2D_depthwise_groups_shared_out() =>
        Check<float>(32 * 30 * 30, 32 * 9, 32, 32 * 30 * 30, ThreadedKernels.Depthwise,
            ("Batch = 2, Threads = 2", 2, ThreadedKernels.DepthwiseB2T2), ("Threads = 4", 1, ThreadedKernels.DepthwiseT4));

    [Fact]
    public void Conv2D_folded_constant_weights_banded_and_by_tile() =>
        Check<float>(480 * 640, 0, 0, 480 * 640, InputOnly<float>(ThreadedKernels.Sobel), ("Sobel, Threads = 2", 1, InputOnly<float>(ThreadedKernels.SobelT2)));

    [Fact]
    public void Conv2D_folded_tiles_shared_out() =>
        Check<float>(100 * 100, 0, 16, 16 * 100 * 100, InputBias<float>(ThreadedKernels.Folded),
            ("Batch = 3, Threads = 2", 3, InputBias<float>(ThreadedKernels.FoldedB3T2)), ("Threads = 3", 1, InputBias<float>(ThreadedKernels.FoldedT3)));

    [Fact]
    public void Conv2D_small_plane_tiles_shared_out() =>
        Check<float>(32 * 36, 64 * 32 * 9, 64, 64 * 36, ThreadedKernels.Plane,
            ("Threads = 3", 1, ThreadedKernels.PlaneT3), ("Batch = 5, Threads = 2", 5, ThreadedKernels.PlaneB5T2));

    [Fact]
    public void Conv2D_small_plane_with_the_batch_folded_gives_each_image_the_batch_1_bits()
    {
        Check<float>(16 * 16, 32 * 16 * 9, 32, 32 * 16, ThreadedKernels.Plane4,
            ("Batch = 12", 12, ThreadedKernels.Plane4B12), ("Batch = 12, Threads = 2", 12, ThreadedKernels.Plane4B12T2), ("Batch = 7, Threads = 0", 7, ThreadedKernels.Plane4B7T0),
            // the images in the lanes: the padding's taps skipped, the others in the batch-1 order from the bias, so the same bits
            ("Batch = 32 (lanes)", 32, ThreadedKernels.Plane4B32), ("Batch = 64, Threads = 0 (lanes)", 64, ThreadedKernels.Plane4B64T0),
            ("Batch = 48, Threads = 2 (lanes)", 48, ThreadedKernels.Plane4B48T2), ("Batch = 16, Threads = 2 (lanes, one group shared)", 16, ThreadedKernels.Plane4B16T2));
        Check<float>(3 * 35, 12 * 3 * 9, 0, 12 * 35, NoBias<float>(ThreadedKernels.Plane5x7), ("Batch = 6", 6, NoBias<float>(ThreadedKernels.Plane5x7B6)));
        Check<double>(8 * 8, 16 * 8 * 9, 16, 16 * 8, ThreadedKernels.Plane2x4, ("Batch = 10, Threads = 3", 10, ThreadedKernels.Plane2x4B10T3));
    }

    [Fact]
    public void Conv2D_with_the_images_in_the_lanes_is_within_the_contracts_bound_for_every_image()
    {
        var random = new Random(Seed);
        void Run(string name, Conv2DShape shape, int images, bool hasBias, Activation activation, Four<float> kernel)
        {
            float[] input = Rand<float>(random, images * shape.InputLength), weights = Rand<float>(random, shape.WeightsLength);
            float[] bias = hasBias ? Rand<float>(random, shape.OutChannels) : Array.Empty<float>();
            var output = new float[images * shape.OutputLength];
            kernel(input, weights, bias, output);
            for (int i = 0; i < images; i++)
            {
                Accuracy.AssertConv<float>(output.AsSpan(i * shape.OutputLength, shape.OutputLength), input.AsSpan(i * shape.InputLength, shape.InputLength),
                    weights, bias, shape, activation, $"{name}, image {i} (seed {Seed})");
            }
        }

        Run("stride 2, padding 2", new Conv2DShape(8, 9, 7, 16, 3, 3, 2, 2, 2, 2, 1, 1, 1), 16, false, Activation.Tanh, NoBias<float>(ThreadedKernels.LanesStrideB16));
        Run("dilated 5 x 5", new Conv2DShape(8, 6, 8, 8, 5, 5, 1, 1, 3, 2, 2, 2, 1), 32, true, Activation.Sigmoid, ThreadedKernels.LanesDilatedB32T2);
        Run("a ring of bias-only outputs", new Conv2DShape(48, 3, 3, 8, 3, 3, 1, 1, 3, 3, 1, 1, 1), 16, true, Activation.Step, ThreadedKernels.LanesBiasOnlyB16);
        Run("Conv1D", new Conv2DShape(32, 1, 10, 32, 1, 3, 1, 1, 0, 1, 1, 1, 1), 32, true, Activation.Relu, ThreadedKernels.SignalLanesB32);
    }

    [Fact]
    public void Every_part_runs_exactly_once_with_the_caller_from_the_front_and_the_workers_from_the_back()
    {
        int before = KernelThreads.Limit;
        try
        {
            KernelThreads.Limit = 4;
            var input = new int[1];
            foreach (int parts in new[] { 1, 2, 3, 7, 64, 1000 })
            {
                for (int repeat = 0; repeat < 50; repeat++)
                {
                    var runs = new int[parts];
                    KernelThreads.Run(static (part, _, output) => System.Threading.Interlocked.Increment(ref output[part]), parts, 4, input, runs);
                    int wrong = Array.FindIndex(runs, r => r != 1);
                    if (wrong >= 0)
                    {
                        Assert.Fail($"{parts} parts: part {wrong} ran {runs[wrong]} times");
                    }
                }
            }
        }
        finally
        {
            KernelThreads.Limit = before;
        }
    }

    [Fact]
    public void Conv1D_batch_and_threads() =>
        Check<float>(4 * 1000, 24 * 4 * 5, 24, 24 * 1000, ThreadedKernels.Signal,
            ("Batch = 3, Threads = 2", 3, ThreadedKernels.SignalB3T2), ("Threads = 3", 1, ThreadedKernels.SignalT3));

    [Fact]
    public void Pooling_channels_shared_out_and_batched() =>
        Check<float>(64 * 56 * 56, 0, 0, 64 * 28 * 28, InputOnly<float>(ThreadedKernels.MaxPool),
            ("Threads = 3", 1, InputOnly<float>(ThreadedKernels.MaxPoolT3)), ("Batch = 2, Threads = 0", 2, InputOnly<float>(ThreadedKernels.MaxPoolB2T0)));

    [Fact]
    public void Average_pooling_batched_in_ceil_mode() =>
        Check<double>(3 * 17 * 19, 0, 0, 3 * 9 * 10, InputOnly<double>(ThreadedKernels.AvgPool),
            ("Batch = 4, Threads = 2", 4, InputOnly<double>(ThreadedKernels.AvgPoolB4T2)));

    [Fact]
    public void Matrix_products_row_tiles_shared_out() =>
        Check<float>(96 * 64, 64 * 80, 80, 96 * 80, ThreadedKernels.Gemm,
            ("Threads = 2", 1, ThreadedKernels.GemmT2), ("Threads = 3", 1, ThreadedKernels.GemmT3));

    [Fact]
    public void Matrix_product_read_panel_by_panel_on_two_threads_within_the_bound() =>
        CheckMatMul<float>(200, 520, 200, Activation.Relu, ThreadedKernels.GemmPanels, ("Threads = 2", ThreadedKernels.GemmPanelsT2), "panels outer, packed");

    [Fact]
    public void Matrix_product_of_packed_panels_on_three_threads_within_the_bound() =>
        CheckMatMul<double>(200, 100, 90, Activation.Tanh, ThreadedKernels.GemmPacked, ("Threads = 3", ThreadedKernels.GemmPackedT3), "packed at one thread, in place at three");

    /// <summary>A matrix product (a as [m][k], b as [k][n], with bias): the threaded twin's bits equal the one-thread kernel's, whose values are within the contract's bound.</summary>
    private static void CheckMatMul<T>(int m, int k, int n, Activation activation, Four<T> single, (string Name, Four<T> Kernel) threaded, string what)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        Check<T>(m * k, k * n, n, m * n, single, (threaded.Name, 1, threaded.Kernel));
        var random = new Random(Seed);
        T[] a = Rand<T>(random, m * k), b = Rand<T>(random, k * n), bias = Rand<T>(random, n);
        var c = new T[m * n];
        single(a, b, bias, c);
        Accuracy.AssertMatMul<T>(c, a, b, bias, m, k, n, false, activation, $"MatMul({m}, {k}, {n}) {what} (seed {Seed})");
    }

    [Fact]
    public void Matrix_product_with_transposed_b_on_four_threads() =>
        Check<double>(70 * 129, 33 * 129, 0, 70 * 33, NoBias<double>(ThreadedKernels.GemmTB), ("Threads = 4", 1, NoBias<double>(ThreadedKernels.GemmTBT4)));

    [Fact]
    public void Dense_layers_row_blocks_shared_out() =>
        Check<float>(512, 301 * 512, 301, 301, ThreadedKernels.Layer,
            ("Threads = 2", 1, ThreadedKernels.LayerT2), ("Threads = 3", 1, ThreadedKernels.LayerT3));

    [Fact]
    public void Batched_dense_layer_on_two_threads() =>
        Check<float>(64 * 50, 40 * 64, 40, 40 * 50, ThreadedKernels.Rows, ("Threads = 2", 1, ThreadedKernels.RowsT2));

    [Fact]
    public void Batched_kernels_are_within_the_contracts_bound_image_by_image()
    {
        var random = new Random(Seed);
        var shape = new Conv2DShape(16, 20, 20, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1);
        float[] input = Rand<float>(random, 3 * shape.InputLength), weights = Rand<float>(random, 32 * 16 * 9), bias = Rand<float>(random, 32);
        var output = new float[3 * shape.OutputLength];
        ThreadedKernels.ConvB3T2(input, weights, bias, output);
        for (int i = 0; i < 3; i++)
        {
            Accuracy.AssertConv<float>(output.AsSpan(i * shape.OutputLength, shape.OutputLength), input.AsSpan(i * shape.InputLength, shape.InputLength),
                weights, bias, shape, Activation.Relu, $"image {i} (seed {Seed})");
        }

        var pool = new Pool2DShape(3, 17, 19, 3, 3, 2, 2, 1, 1, 1, 1, CeilMode: true, CountIncludePad: false);
        double[] pooled = Rand<double>(random, 4 * pool.InputLength);
        var pooledOut = new double[4 * pool.OutputLength];
        ThreadedKernels.AvgPoolB4T2(pooled, pooledOut);
        for (int i = 0; i < 4; i++)
        {
            Accuracy.AssertAvgPool<double>(pooledOut.AsSpan(i * pool.OutputLength, pool.OutputLength), pooled.AsSpan(i * pool.InputLength, pool.InputLength),
                pool, $"image {i} (seed {Seed})");
        }
    }

    [Fact]
    public void A_single_reduction_and_tiny_work_run_on_the_calling_thread_with_the_right_result()
    {
        var random = new Random(Seed);
        float[] x = Rand<float>(random, 4096), y = Rand<float>(random, 4096);
        Accuracy.AssertDot(ThreadedKernels.DotT2(x, y), x, y, 4096, "DotProduct(4096, Threads = 2)");
        var shape = new Conv2DShape(1, 8, 8, 4, 3, 3, 1, 1, 0, 0, 1, 1, 1);
        float[] input = Rand<float>(random, 64), weights = Rand<float>(random, 36);
        var output = new float[shape.OutputLength];
        ThreadedKernels.TinyT4(input, weights, output);
        Accuracy.AssertConv<float>(output, input, weights, default, shape, Activation.None, "Conv2D(1, 8, 8, 4, 3, 3, Threads = 4)");
    }

    [Fact]
    public void The_limit_can_change_while_kernels_run_and_the_bits_stay()
    {
        var random = new Random(Seed);
        float[] a = Rand<float>(random, 96 * 64), b = Rand<float>(random, 64 * 80), bias = Rand<float>(random, 80);
        var expected = new float[96 * 80];
        ThreadedKernels.Gemm(a, b, bias, expected);
        int before = KernelThreads.Limit;
        try
        {
            foreach (int limit in new[] { 1, 2, 3, 8, 1, 2 })
            {
                KernelThreads.Limit = limit;
                var output = new float[96 * 80];
                ThreadedKernels.GemmT3(a, b, bias, output);
                AssertSameBits(expected, output, $"Limit = {limit}");
            }

            KernelThreads.Limit = 2;
            ThreadedKernels.GemmT2(a, b, bias, new float[96 * 80]);
            Assert.True(KernelThreads.WorkersStarted >= 1, "a two-thread call with Limit = 2 started a worker");
            Assert.Throws<ArgumentOutOfRangeException>(() => KernelThreads.Limit = 0);
        }
        finally
        {
            KernelThreads.Limit = before;
        }
    }

    [Fact]
    public void Many_callers_at_once_and_from_inside_Parallel_For_get_the_right_bits()
    {
        var random = new Random(Seed);
        float[] input = Rand<float>(random, 16 * 20 * 20), weights = Rand<float>(random, 32 * 16 * 9), bias = Rand<float>(random, 32);
        float[] pooled = Rand<float>(random, 64 * 56 * 56);
        float[] a = Rand<float>(random, 96 * 64), b = Rand<float>(random, 64 * 80), gemmBias = Rand<float>(random, 80);
        var conv = new float[32 * 20 * 20];
        var pool = new float[64 * 28 * 28];
        var gemm = new float[96 * 80];
        ThreadedKernels.Conv(input, weights, bias, conv);
        ThreadedKernels.MaxPool(pooled, pool);
        ThreadedKernels.Gemm(a, b, gemmBias, gemm);
        int failures = 0;
        Parallel.For(0, 48, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
        {
            var output = new float[Math.Max(conv.Length, pool.Length)];
            bool same;
            switch (i % 3)
            {
                case 0:
                    ThreadedKernels.ConvT4(input, weights, bias, output);
                    same = output.AsSpan(0, conv.Length).SequenceEqual(conv);
                    break;
                case 1:
                    ThreadedKernels.MaxPoolT3(pooled, output);
                    same = output.AsSpan(0, pool.Length).SequenceEqual(pool);
                    break;
                default:
                    ThreadedKernels.GemmT2(a, b, gemmBias, output);
                    same = output.AsSpan(0, gemm.Length).SequenceEqual(gemm);
                    break;
            }

            if (!same)
            {
                System.Threading.Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Bad_input_is_caught_before_any_thread_starts_and_nothing_is_written()
    {
        var input = new float[16 * 20 * 20];
        var weights = new float[32 * 16 * 9];
        var bias = new float[32];
        var output = new float[32 * 20 * 20];
        Array.Fill(output, 42f);
        var e = Assert.Throws<ArgumentException>(() => ThreadedKernels.ConvT2(input, weights, bias, output.AsSpan(1)));
        Assert.Equal("output", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => ThreadedKernels.ConvB3T2(input, weights, bias, new float[3 * 32 * 20 * 20]));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("19200", e.Message);
        var shared = new float[16 * 20 * 20 + 32 * 20 * 20];
        Assert.Throws<ArgumentException>(() => ThreadedKernels.ConvT2(shared.AsSpan(0, 6400), weights, bias, shared.AsSpan(6000)));
        Assert.All(output, v => Assert.Equal(42f, v));
    }
}
