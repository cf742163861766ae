using System;
using BenchmarkDotNet.Attributes;
using NWaves.Filters.Base;
using NWaves.Signals;
using OpenCvSharp;

namespace KernelGen.FilterBenchmarks;

public enum Filter { SobelX, Laplacian, Box3, Gaussian5 }

/// <summary>The image, output and filter of one benchmark, as managed arrays for KernelGen and Mats for OpenCV.</summary>
public abstract class ImageBenchmark
{
    [Params("640x480", "1920x1080")]
    public string Size { get; set; } = "640x480";

    protected int Width => Size == "640x480" ? 640 : 1920;

    protected int Height => Size == "640x480" ? 480 : 1080;

    protected float[] Image = [];
    protected float[] Output = [];
    protected Mat Source = new();
    protected Mat Destination = new();

    protected void SetUpImage()
    {
        Cv2.SetNumThreads(1);
        var random = new Random(42);
        Image = new float[Width * Height];
        for (int i = 0; i < Image.Length; i++)
        {
            Image[i] = (float)random.NextDouble();
        }

        Output = new float[Image.Length];
        Source = new Mat(Height, Width, MatType.CV_32FC1);
        Source.SetArray(Image);
        Destination = new Mat(Height, Width, MatType.CV_32FC1);
    }

    protected static float[] Values(Filter filter) => filter switch
    {
        Filter.SobelX => Filters.SobelXValues,
        Filter.Laplacian => Filters.LaplacianValues,
        Filter.Box3 => Filters.BoxValues,
        _ => Filters.GaussianValues,
    };

    protected static int Side(Filter filter) => filter == Filter.Gaussian5 ? 5 : 3;
}

/// <summary>
/// A filter over a single-channel float image, zero border, one thread: OpenCV's <c>filter2D</c> against the
/// KernelGen kernel with the weights folded in at compile time and the same kernel with the weights passed at run time.
/// </summary>
[MemoryDiagnoser(false)]
public class ImageFilterBenchmarks : ImageBenchmark
{
    [Params(Filter.SobelX, Filter.Laplacian, Filter.Box3, Filter.Gaussian5)]
    public Filter Filter { get; set; }

    private Mat _kernel = new();
    private float[] _weights = [];

    [GlobalSetup]
    public void SetUp()
    {
        SetUpImage();
        _weights = Values(Filter);
        int side = Side(Filter);
        _kernel = new Mat(side, side, MatType.CV_32FC1);
        _kernel.SetArray(_weights);
    }

    /// <summary>The largest difference between the last outputs of OpenCV and KernelGen (for --check).</summary>
    public double MaxDifference()
    {
        Destination.GetArray(out float[] opencv);
        double max = 0;
        for (int i = 0; i < opencv.Length; i++)
        {
            max = Math.Max(max, Math.Abs(opencv[i] - Output[i]));
        }

        // both results must be the filter's, not two arrays left at zero
        double energy = 0;
        foreach (float v in Output)
        {
            energy += Math.Abs(v);
        }

        return energy == 0 ? double.NaN : max;
    }

    [Benchmark(Baseline = true)]
    public void OpenCvFilter2D() =>
        Cv2.Filter2D(Source, Destination, MatType.CV_32F, _kernel, new Point(-1, -1), 0, BorderTypes.Constant);

    [Benchmark]
    public void KernelGenConstant()
    {
        bool small = Width == 640;
        switch (Filter)
        {
            case Filter.SobelX when small: Filters.SobelX_640(Image, Output); break;
            case Filter.SobelX: Filters.SobelX_1920(Image, Output); break;
            case Filter.Laplacian when small: Filters.Laplacian_640(Image, Output); break;
            case Filter.Laplacian: Filters.Laplacian_1920(Image, Output); break;
            case Filter.Box3 when small: Filters.Box_640(Image, Output); break;
            case Filter.Box3: Filters.Box_1920(Image, Output); break;
            case Filter.Gaussian5 when small: Filters.Gaussian_640(Image, Output); break;
            default: Filters.Gaussian_1920(Image, Output); break;
        }
    }

    [Benchmark]
    public void KernelGenRunTime()
    {
        bool small = Width == 640;
        if (Filter == Filter.Gaussian5)
        {
            if (small) Filters.RunTime5x5_640(Image, _weights, Output); else Filters.RunTime5x5_1920(Image, _weights, Output);
        }
        else if (small)
        {
            Filters.RunTime3x3_640(Image, _weights, Output);
        }
        else
        {
            Filters.RunTime3x3_1920(Image, _weights, Output);
        }
    }
}

/// <summary>The separable filters: OpenCV's <c>sepFilter2D</c> (a row pass and a column pass) against KernelGen's folded kernel.</summary>
[MemoryDiagnoser(false)]
public class SeparableFilterBenchmarks : ImageBenchmark
{
    [Params(Filter.SobelX, Filter.Box3, Filter.Gaussian5)]
    public Filter Filter { get; set; }

    private Mat _row = new(), _column = new();

    [GlobalSetup]
    public void SetUp()
    {
        SetUpImage();
        (float[] row, float[] column) = Filter switch
        {
            Filter.SobelX => (new float[] { -1, 0, 1 }, new float[] { 1, 2, 1 }),
            Filter.Box3 => (new float[] { 1f / 3, 1f / 3, 1f / 3 }, new float[] { 1f / 3, 1f / 3, 1f / 3 }),
            _ => (Filters.Gaussian1D, Filters.Gaussian1D),
        };
        _row = new Mat(1, row.Length, MatType.CV_32FC1);
        _row.SetArray(row);
        _column = new Mat(column.Length, 1, MatType.CV_32FC1);
        _column.SetArray(column);
    }

    [Benchmark(Baseline = true)]
    public void OpenCvSepFilter2D() =>
        Cv2.SepFilter2D(Source, Destination, MatType.CV_32F, _row, _column, new Point(-1, -1), 0, BorderTypes.Constant);

    [Benchmark]
    public void KernelGenConstant()
    {
        bool small = Width == 640;
        switch (Filter)
        {
            case Filter.SobelX when small: Filters.SobelX_640(Image, Output); break;
            case Filter.SobelX: Filters.SobelX_1920(Image, Output); break;
            case Filter.Box3 when small: Filters.Box_640(Image, Output); break;
            case Filter.Box3: Filters.Box_1920(Image, Output); break;
            case Filter.Gaussian5 when small: Filters.Gaussian_640(Image, Output); break;
            default: Filters.Gaussian_1920(Image, Output); break;
        }
    }
}

/// <summary>
/// Sobel and 5x5 Gaussian with every core: OpenCV's <c>filter2D</c> and <c>sepFilter2D</c> at its default
/// thread count (<c>Cv2.SetNumThreads(-1)</c>: OpenCV's own choice) against KernelGen's constant-weight kernels at
/// <c>Threads = 1</c> and <c>Threads = 2</c>.
/// </summary>
[MemoryDiagnoser(false)]
public class ThreadedFilterBenchmarks : ImageBenchmark
{
    [Params(Filter.SobelX, Filter.Gaussian5)]
    public Filter Filter { get; set; }

    private Mat _kernel = new(), _row = new(), _column = new();

    /// <summary>OpenCV's cases: its default thread pool (started here, in their own processes only: its idle threads
    /// would otherwise share the cores with KernelGen's cases).</summary>
    [GlobalSetup(Targets = new[] { nameof(OpenCvFilter2DDefaultThreads), nameof(OpenCvSepFilter2DDefaultThreads) })]
    public void SetUpOpenCv()
    {
        SetUp();
        Cv2.SetNumThreads(-1); // OpenCV's default
    }

    [GlobalSetup(Targets = new[] { nameof(KernelGenThreads1), nameof(KernelGenThreads2) })]
    public void SetUp()
    {
        SetUpImage();
        KernelThreads.Limit = Math.Max(2, Environment.ProcessorCount);
        int side = Side(Filter);
        _kernel = new Mat(side, side, MatType.CV_32FC1);
        _kernel.SetArray(Values(Filter));
        (float[] row, float[] column) = Filter == Filter.SobelX
            ? (new float[] { -1, 0, 1 }, new float[] { 1, 2, 1 })
            : (Filters.Gaussian1D, Filters.Gaussian1D);
        _row = new Mat(1, row.Length, MatType.CV_32FC1);
        _row.SetArray(row);
        _column = new Mat(column.Length, 1, MatType.CV_32FC1);
        _column.SetArray(column);
    }

    [Benchmark(Baseline = true)]
    public void OpenCvFilter2DDefaultThreads() =>
        Cv2.Filter2D(Source, Destination, MatType.CV_32F, _kernel, new Point(-1, -1), 0, BorderTypes.Constant);

    [Benchmark]
    public void OpenCvSepFilter2DDefaultThreads() =>
        Cv2.SepFilter2D(Source, Destination, MatType.CV_32F, _row, _column, new Point(-1, -1), 0, BorderTypes.Constant);

    [Benchmark]
    public void KernelGenThreads1()
    {
        switch (Filter)
        {
            case Filter.SobelX when Width == 640: Filters.SobelX_640(Image, Output); break;
            case Filter.SobelX: Filters.SobelX_1920(Image, Output); break;
            case Filter.Gaussian5 when Width == 640: Filters.Gaussian_640(Image, Output); break;
            default: Filters.Gaussian_1920(Image, Output); break;
        }
    }

    [Benchmark]
    public void KernelGenThreads2()
    {
        switch (Filter)
        {
            case Filter.SobelX when Width == 640: Filters.SobelX_640T2(Image, Output); break;
            case Filter.SobelX: Filters.SobelX_1920T2(Image, Output); break;
            case Filter.Gaussian5 when Width == 640: Filters.Gaussian_640T2(Image, Output); break;
            default: Filters.Gaussian_1920T2(Image, Output); break;
        }
    }
}

/// <summary>
/// A 63-tap FIR low-pass over 48,000 samples (one second at 48 kHz): NWaves' <c>FirFilter</c> sample by sample into a
/// preallocated array and through <c>ApplyTo</c>, against KernelGen's Conv1D with constant and run-time taps.
/// </summary>
[MemoryDiagnoser(false)]
public class FirBenchmarks
{
    public const int Samples = 48_000;
    public const int Taps = 63;

    private float[] _signal = [], _output = [], _taps = [];
    private FirFilter _filter = null!;
    private DiscreteSignal _discrete = null!;

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(7);
        _signal = new float[Samples];
        for (int i = 0; i < Samples; i++)
        {
            _signal[i] = (float)((random.NextDouble() * 2) - 1);
        }

        _output = new float[Samples];
        _taps = Filters.LowPassValues;
        _filter = new FirFilter(_taps);
        _discrete = new DiscreteSignal(48_000, _signal);
    }

    /// <summary>The largest difference between NWaves' causal output (delayed by 31) and KernelGen's "same" output.</summary>
    public double MaxDifference()
    {
        NWavesProcess();
        float[] nwaves = (float[])_output.Clone();
        KernelGenConstant();
        double max = 0;
        for (int i = 0; i + 31 < Samples; i++)
        {
            max = Math.Max(max, Math.Abs(nwaves[i + 31] - _output[i]));
        }

        return max;
    }

    [Benchmark(Baseline = true)]
    public void NWavesProcess()
    {
        _filter.Reset();
        for (int i = 0; i < _signal.Length; i++)
        {
            _output[i] = _filter.Process(_signal[i]);
        }
    }

    [Benchmark]
    public DiscreteSignal NWavesApplyTo() => _filter.ApplyTo(_discrete);

    [Benchmark]
    public void KernelGenConstant() => Filters.Fir(_signal, _output);

    [Benchmark]
    public void KernelGenRunTime() => Filters.FirRunTime(_signal, _taps, _output);
}

/// <summary>
/// The memory floor of a 1-in, 1-out image filter: copying a single-channel float image of that size (one read and one
/// write of every pixel, as a filter's input and output) with <c>Span.CopyTo</c>, measured in the same run.
/// </summary>
public class ImageCopyBenchmarks : ImageBenchmark
{
    [GlobalSetup]
    public void SetUp() => SetUpImage();

    [Benchmark]
    public void CopyImage() => Image.AsSpan().CopyTo(Output);
}

/// <summary>
/// The 7x7 box filter, every form at once: OpenCV's <c>filter2D</c> (baseline) and <c>sepFilter2D</c> (rows of 1/7),
/// KernelGen with the weights folded (separable: add 7 columns, add 7 rows, multiply once) and passed at run time.
/// </summary>
[MemoryDiagnoser(false)]
public class Box7Benchmarks : ImageBenchmark
{
    private Mat _kernel = new(), _row = new(), _column = new();
    private float[] _weights = [];

    [GlobalSetup]
    public void SetUp()
    {
        SetUpImage();
        _weights = Filters.Box7Values;
        _kernel = new Mat(7, 7, MatType.CV_32FC1);
        _kernel.SetArray(_weights);
        float[] seventh = [1f / 7, 1f / 7, 1f / 7, 1f / 7, 1f / 7, 1f / 7, 1f / 7];
        _row = new Mat(1, 7, MatType.CV_32FC1);
        _row.SetArray(seventh);
        _column = new Mat(7, 1, MatType.CV_32FC1);
        _column.SetArray(seventh);
    }

    [Benchmark(Baseline = true)]
    public void OpenCvFilter2D() =>
        Cv2.Filter2D(Source, Destination, MatType.CV_32F, _kernel, new Point(-1, -1), 0, BorderTypes.Constant);

    [Benchmark]
    public void OpenCvSepFilter2D() =>
        Cv2.SepFilter2D(Source, Destination, MatType.CV_32F, _row, _column, new Point(-1, -1), 0, BorderTypes.Constant);

    [Benchmark]
    public void KernelGenConstant()
    {
        if (Width == 640) Filters.Box7_640(Image, Output); else Filters.Box7_1920(Image, Output);
    }

    [Benchmark]
    public void KernelGenRunTime()
    {
        if (Width == 640) Filters.RunTime7x7_640(Image, _weights, Output); else Filters.RunTime7x7_1920(Image, _weights, Output);
    }

    /// <summary>The largest difference between OpenCV's filter2D and KernelGen's folded box (for --check).</summary>
    public double MaxDifference()
    {
        OpenCvFilter2D();
        KernelGenConstant();
        Destination.GetArray(out float[] opencv);
        double max = 0;
        for (int i = 0; i < opencv.Length; i++)
        {
            max = Math.Max(max, Math.Abs(opencv[i] - Output[i]));
        }

        return max;
    }
}
