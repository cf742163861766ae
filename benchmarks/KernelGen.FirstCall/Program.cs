// The first call of the kernels in the issue's table, in one fresh process: after a warm-up call of another kernel (so
// the runtime's own start-up is not counted), each kernel's first call, its second call and its steady state (best of
// 200 after 100 calls). --jit first compiles each kernel alone (RuntimeHelpers.PrepareMethod) and prints that time;
// --touch writes the large arrays before any call, so that the operating system's first-touch page faults of freshly
// allocated memory are not counted in a kernel's first call.
using System;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using KernelGen;

bool jit = args.Contains("--jit") || args.Contains("jit"), touch = args.Contains("--touch") || args.Contains("touch");
var clock = new Stopwatch();
var random = new Random(1);
float[] a = new float[4096], b = new float[4096];
for (int i = 0; i < a.Length; i++)
{
    (a[i], b[i]) = (random.NextSingle(), random.NextSingle());
}

FirstCallKernels.Warm(a.AsSpan(0, 8), b.AsSpan(0, 8));
float[] x16 = new float[16 * 32 * 32], w16 = new float[32 * 16 * 9], y16 = new float[32 * 32 * 32];
float[] image = new float[3 * 224 * 224], w7 = new float[64 * 3 * 49], y7 = new float[64 * 112 * 112];
float[] hd = new float[1080 * 1920], edges = new float[1080 * 1920];
float[] pooled = new float[64 * 56 * 56], pool = new float[64 * 28 * 28];
byte[] q = new byte[16 * 12 * 12], qy = new byte[24 * 12 * 12];
sbyte[] qw = new sbyte[24 * 16 * 9];
int[] qb = new int[24];
float[] qs = Enumerable.Repeat(0.001f, 24).ToArray();
if (touch)
{
    foreach (float[] array in new[] { x16, y16, image, y7, hd, edges })
    {
        array.AsSpan().Fill(1);
    }
}

(string Name, string Method, Action Run)[] kernels =
{
    ("(no kernel: the timing)", nameof(FirstCallKernels.Nothing), FirstCallKernels.Nothing),
    ("DotProduct(32)", nameof(FirstCallKernels.Dot32), () => FirstCallKernels.Dot32(a.AsSpan(0, 32), b.AsSpan(0, 32))),
    ("DotProduct(4096)", nameof(FirstCallKernels.Dot4096), () => FirstCallKernels.Dot4096(a, b)),
    ("Conv2D 16x32x32 -> 32", nameof(FirstCallKernels.Conv16), () => FirstCallKernels.Conv16(x16, w16, y16)),
    ("Conv2D stem 7x7/2", nameof(FirstCallKernels.Stem), () => FirstCallKernels.Stem(image, w7, y7)),
    ("Sobel 1080p (const)", nameof(FirstCallKernels.Sobel), () => FirstCallKernels.Sobel(hd, edges)),
    ("MaxPool 64x56x56 3x3/2", nameof(FirstCallKernels.MaxPool), () => FirstCallKernels.MaxPool(pooled, pool)),
    ("MaxPool, deterministic", nameof(FirstCallKernels.MaxPoolDeterministic), () => FirstCallKernels.MaxPoolDeterministic(pooled, pool)),
    ("int8 Conv2D 16x12x12", nameof(FirstCallKernels.Int8Conv), () => FirstCallKernels.Int8Conv(q, qw, qb, qs, qy)),
};
Console.WriteLine($"{"kernel",-22} {"JIT alone",10} {"first call",11} {"jitted",7} {"JIT time",9} {"second",9} {"steady",10}");
foreach (var (name, method, run) in kernels)
{
    string compiled = "";
    if (jit)
    {
        clock.Restart();
        RuntimeHelpers.PrepareMethod(typeof(FirstCallKernels).GetMethod(method)!.MethodHandle);
        compiled = $"{clock.Elapsed.TotalMilliseconds:F2} ms";
    }

    // what the first call compiled: the methods the JIT compiled on this thread and its time (0 when a ReadyToRun image's code ran)
    long methods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
    TimeSpan jitTime = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
    clock.Restart();
    run();
    double first = clock.Elapsed.TotalMilliseconds;
    methods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - methods;
    jitTime = System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jitTime;
    clock.Restart();
    run();
    double second = clock.Elapsed.TotalMilliseconds;
    for (int i = 0; i < 100; i++)
    {
        run();
    }

    double best = double.MaxValue;
    for (int i = 0; i < 200; i++)
    {
        clock.Restart();
        run();
        best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"{name,-22} {compiled,10} {first,8:F2} ms {methods,7} {jitTime.TotalMilliseconds,6:F2} ms {second,6:F2} ms {best * 1000,7:F1} us");
}

internal static partial class FirstCallKernels
{
    private static readonly float[] SobelX = { -1, 0, 1, -2, 0, 2, -1, 0, 1 };

    [DotProduct(8)] public static partial float Warm(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    /// <summary>Timed first: what a first call costs the program around any kernel (the row's delegate, the clock).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Nothing()
    {
    }

    [DotProduct(32)] public static partial float Dot32(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4096)] public static partial float Dot4096(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [Conv2D(16, 32, 32, 32, 3, 3, Padding = 1)] public static partial void Conv16(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);
    [Conv2D(3, 224, 224, 64, 7, 7, Stride = 2, Padding = 3)] public static partial void Stem(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);
    [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1, Weights = nameof(SobelX))] public static partial void Sobel(ReadOnlySpan<float> x, Span<float> y);
    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1)] public static partial void MaxPool(ReadOnlySpan<float> x, Span<float> y);
    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1, Deterministic = true)] public static partial void MaxPoolDeterministic(ReadOnlySpan<float> x, Span<float> y);
    [Conv2D(16, 12, 12, 24, 3, 3, Padding = 1, Activation = Activation.Relu, InputZeroPoint = 128, OutputZeroPoint = 3)]
    public static partial void Int8Conv(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> y);
}
