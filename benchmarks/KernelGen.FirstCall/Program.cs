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
if (touch)
{
    foreach (float[] array in new[] { x16, y16, image, y7, hd, edges })
    {
        array.AsSpan().Fill(1);
    }
}

(string Name, string Method, Action Run)[] kernels =
{
    ("DotProduct(32)", nameof(FirstCallKernels.Dot32), () => FirstCallKernels.Dot32(a.AsSpan(0, 32), b.AsSpan(0, 32))),
    ("DotProduct(4096)", nameof(FirstCallKernels.Dot4096), () => FirstCallKernels.Dot4096(a, b)),
    ("Conv2D 16x32x32 -> 32", nameof(FirstCallKernels.Conv16), () => FirstCallKernels.Conv16(x16, w16, y16)),
    ("Conv2D stem 7x7/2", nameof(FirstCallKernels.Stem), () => FirstCallKernels.Stem(image, w7, y7)),
    ("Sobel 1080p (const)", nameof(FirstCallKernels.Sobel), () => FirstCallKernels.Sobel(hd, edges)),
};
Console.WriteLine($"{"kernel",-22} {"JIT alone",10} {"first call",11} {"second",9} {"steady",10}");
foreach (var (name, method, run) in kernels)
{
    string compiled = "";
    if (jit)
    {
        clock.Restart();
        RuntimeHelpers.PrepareMethod(typeof(FirstCallKernels).GetMethod(method)!.MethodHandle);
        compiled = $"{clock.Elapsed.TotalMilliseconds:F2} ms";
    }

    clock.Restart();
    run();
    double first = clock.Elapsed.TotalMilliseconds;
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

    Console.WriteLine($"{name,-22} {compiled,10} {first,8:F2} ms {second,6:F2} ms {best * 1000,7:F1} us");
}

internal static partial class FirstCallKernels
{
    private static readonly float[] SobelX = { -1, 0, 1, -2, 0, 2, -1, 0, 1 };

    [DotProduct(8)] public static partial float Warm(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(32)] public static partial float Dot32(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4096)] public static partial float Dot4096(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [Conv2D(16, 32, 32, 32, 3, 3, Padding = 1)] public static partial void Conv16(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);
    [Conv2D(3, 224, 224, 64, 7, 7, Stride = 2, Padding = 3)] public static partial void Stem(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);
    [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1, Weights = nameof(SobelX))] public static partial void Sobel(ReadOnlySpan<float> x, Span<float> y);
}
