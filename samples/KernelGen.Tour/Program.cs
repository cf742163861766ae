// KernelGen tour: what a generated kernel computes, checked against the reference interpreter at every step.
// The kernels are declared in Kernels.cs; their bodies are in obj/generated after a build.
using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using KernelGen;
using KernelGen.Tour;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
#if DEBUG
// A Debug build runs every kernel without JIT optimization (the build says so too: KGEN103).
Console.WriteLine("Note: this is a Debug build, so every kernel runs without JIT optimization (about 20-30x slower) and the");
Console.WriteLine("timings below say nothing about KernelGen's speed. Run the tour as the README does: dotnet run -c Release --project samples/KernelGen.Tour");
Console.WriteLine();
#endif
var random = new Random(2026);
int failures = 0;

void Check(string what, bool ok)
{
    Console.WriteLine($"  {(ok ? "ok  " : "FAIL")} {what}");
    failures += ok ? 0 : 1;
}

// 1. A dot product is the sum of element-wise products.
Console.WriteLine("1. The dot product is the sum of the element-wise products");
float[] x = Enumerable.Range(1, 27).Select(i => (float)(i % 5) - 2f).ToArray();
float[] y = Enumerable.Range(1, 27).Select(i => (float)(i % 3)).ToArray();
float[] products = x.Zip(y, (a, b) => a * b).ToArray();
Console.WriteLine($"  x        = [{string.Join(", ", x.Take(9))}, ...]");
Console.WriteLine($"  y        = [{string.Join(", ", y.Take(9))}, ...]");
Console.WriteLine($"  x[i]*y[i] = [{string.Join(", ", products.Take(9))}, ...]");
float sumOfProducts = products.Sum();
float dot = Kernels.Dot27(x, y);
Console.WriteLine($"  sum of products = {sumOfProducts}, generated Dot27(x, y) = {dot}, reference = {ReferenceInterpreter.DotProduct<float>(x, y, 27)}");
Check("Dot27 equals the sum of the element-wise products", dot == sumOfProducts);

// 2. A perceptron, y = Step(w.x + b), learns to separate two point clouds; the generated Dense(2, 1, Step) predicts.
Console.WriteLine();
Console.WriteLine("2. A perceptron separates two linearly separable point clouds");
var points = new (float X, float Y, float Label)[200];
for (int i = 0; i < points.Length; i++)
{
    bool upper = i % 2 == 0;
    float cx = upper ? 1.5f : -1.5f, cy = upper ? 2f : -1f;
    points[i] = (cx + (float)(random.NextDouble() - 0.5) * 2f, cy + (float)(random.NextDouble() - 0.5) * 2f, upper ? 1f : 0f);
}

float[] weights = { 0f, 0f }, bias = { 0f }, output = new float[1];
int epochs = 0, errors;
do
{
    errors = 0;
    foreach (var p in points)
    {
        Kernels.Perceptron(new[] { p.X, p.Y }, weights, bias, output);
        float error = p.Label - output[0]; // the perceptron rule: w += (target - prediction) * x
        if (error != 0)
        {
            errors++;
            weights[0] += error * p.X;
            weights[1] += error * p.Y;
            bias[0] += error;
        }
    }

    epochs++;
}
while (errors > 0 && epochs < 100);

int correct = 0, agree = 0;
float[] reference = new float[1];
foreach (var p in points)
{
    Kernels.Perceptron(new[] { p.X, p.Y }, weights, bias, output);
    ReferenceInterpreter.Dense<float>(new[] { p.X, p.Y }, weights, bias, reference, 2, 1, Activation.Step);
    correct += output[0] == p.Label ? 1 : 0;
    agree += output[0] == reference[0] ? 1 : 0;
}

Console.WriteLine($"  trained in {epochs} epochs: w = ({weights[0]:0.###}, {weights[1]:0.###}), b = {bias[0]:0.###}");
Console.WriteLine($"  classified {correct}/{points.Length} points correctly; generated and reference agree on {agree}/{points.Length}");
Check("the perceptron separates the clouds", correct == points.Length);
Check("the generated perceptron agrees with the reference interpreter", agree == points.Length);

// 3. A dense layer of 10 sigmoid neurons over 784 inputs (an MNIST-sized layer).
Console.WriteLine();
Console.WriteLine("3. A dense layer: output = Sigmoid(W x + b), 784 inputs, 10 outputs");
float[] input = Enumerable.Range(0, 784).Select(_ => (float)random.NextDouble()).ToArray();
float[] layerWeights = Enumerable.Range(0, 7840).Select(_ => (float)(random.NextDouble() - 0.5) * 0.1f).ToArray();
float[] layerBias = Enumerable.Range(0, 10).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
float[] generated = new float[10], expected = new float[10];
Kernels.Layer(input, layerWeights, layerBias, generated);
ReferenceInterpreter.Dense<float>(input, layerWeights, layerBias, expected, 784, 10, Activation.Sigmoid);
double maxDiff = generated.Zip(expected, (a, b) => Math.Abs(a - b)).Max();
Console.WriteLine($"  generated = [{string.Join(", ", generated.Select(v => v.ToString("0.0000")))}]");
Console.WriteLine($"  reference = [{string.Join(", ", expected.Select(v => v.ToString("0.0000")))}]");
Console.WriteLine($"  largest difference {maxDiff:E2} (float rounding; the contract's bound is about 1e-4 here)");
Check("the dense layer matches the reference interpreter", maxDiff < 1e-5);

// 3b. A layer over a batch is "one large matrix multiply": 32 inputs at once, row b of the output is the layer on row b.
Console.WriteLine();
Console.WriteLine("3b. A batch through the layer is one matrix multiply: Sigmoid(inputs [32][784] x W^T + b)");
float[] batch = Enumerable.Range(0, 32 * 784).Select(_ => (float)random.NextDouble()).ToArray();
float[] batchOut = new float[32 * 10], product = new float[32 * 10], rowOut = new float[10];
Kernels.LayerBatch(batch, layerWeights, layerBias, batchOut);
Kernels.LayerAsMatMul(batch, layerWeights, layerBias, product);
double rowDiff = 0;
for (int b = 0; b < 32; b++)
{
    Kernels.Layer(batch.AsSpan(b * 784, 784), layerWeights, layerBias, rowOut);
    rowDiff = Math.Max(rowDiff, rowOut.Zip(batchOut.Skip(b * 10).Take(10), (p, q) => Math.Abs(p - q)).Max());
}

double productDiff = batchOut.Zip(product, (p, q) => Math.Abs(p - q)).Max();
Console.WriteLine($"  row 0 of the batch = [{string.Join(", ", batchOut.Take(10).Select(v => v.ToString("0.0000")))}]");
Console.WriteLine($"  largest difference from 32 calls of the batch-1 layer {rowDiff:E2}; from MatMul(32, 784, 10, TransposeB = true) {productDiff:E2}");
Check("the batched layer is the batch-1 layer row by row", rowDiff < 1e-5);
Check("the batched layer is the matrix product with the weights transposed", productDiff < 1e-5);

// 4. How fast? A short timing; the benchmarks project has the real figures (BenchmarkDotNet).
Console.WriteLine();
Console.WriteLine("4. A rough timing of Dot1024: generated against a plain loop (see benchmarks/README.md for real numbers)");
float[] a1024 = Enumerable.Range(0, 1024).Select(_ => (float)random.NextDouble()).ToArray();
float[] b1024 = Enumerable.Range(0, 1024).Select(_ => (float)random.NextDouble()).ToArray();
static float Naive(float[] a, float[] b)
{
    float s = 0;
    for (int i = 0; i < a.Length; i++)
    {
        s += a[i] * b[i];
    }

    return s;
}

double Time(Func<float> f)
{
    float sink = 0;
    for (int i = 0; i < 20_000; i++)
    {
        sink += f(); // warm-up, lets tiered compilation finish
    }

    var watch = Stopwatch.StartNew();
    const int Calls = 200_000;
    for (int i = 0; i < Calls; i++)
    {
        sink += f();
    }

    GC.KeepAlive(sink);
    return watch.Elapsed.TotalMilliseconds * 1e6 / Calls;
}

double naive = Time(() => Naive(a1024, b1024));
double fast = Time(() => Kernels.Dot1024(a1024, b1024));
Console.WriteLine($"  plain loop {naive:0.0} ns, generated {fast:0.0} ns per call: {naive / fast:0.0}x");
#if DEBUG
Console.WriteLine("  (a Debug build: both unoptimized, so this ratio is not KernelGen's; run with -c Release)");
#endif
Check("Dot1024 matches the reference interpreter", Math.Abs(Kernels.Dot1024(a1024, b1024) - ReferenceInterpreter.DotProduct<float>(a1024, b1024, 1024)) < 1e-2);

// 5. A convolution: at each output position, the sum of element-wise products of the filter with the patch under it.
Console.WriteLine();
Console.WriteLine("5. Convolution: \"sum of element-wise products\" or \"dot product\"? The same number.");
float[] image =
{
    1, 1, 1, 0, 0,
    0, 1, 1, 1, 0,
    0, 0, 1, 1, 1,
    0, 0, 1, 1, 0,
    0, 1, 1, 0, 0,
};
float[] filter = { 1, 0, 1, 0, 1, 0, 1, 0, 1 };
float[] convolved = new float[9];
Kernels.Classic(image, filter, convolved);
float[] patch = { image[0], image[1], image[2], image[5], image[6], image[7], image[10], image[11], image[12] };
float[] elementWise = patch.Zip(filter, (p, f) => p * f).ToArray();
Console.WriteLine($"  top-left patch         [{string.Join(", ", patch)}]");
Console.WriteLine($"  filter                 [{string.Join(", ", filter)}]");
Console.WriteLine($"  element-wise products  [{string.Join(", ", elementWise)}], sum = {elementWise.Sum()}");
Console.WriteLine($"  dot(filter, patch)     = {Kernels.Dot27(Pad27(filter), Pad27(patch))} (the flattened filter . the flattened patch)");
Console.WriteLine("  generated Classic(image, filter):");
for (int row = 0; row < 3; row++)
{
    Console.WriteLine($"    [{string.Join(", ", convolved.Skip(row * 3).Take(3))}]");
}

float[] expectedClassic = { 4, 3, 4, 2, 4, 3, 2, 3, 4 };
Check("the 5x5 image with the 3x3 filter gives [[4,3,4],[2,4,3],[2,3,4]]", convolved.SequenceEqual(expectedClassic));
Check("output[0,0] is both the sum of element-wise products and the dot product", convolved[0] == elementWise.Sum());
float[] convolvedConstant = new float[9];
Kernels.ClassicConstant(image, convolvedConstant);
Console.WriteLine("  ClassicConstant(image), the filter given at compile time (Weights = nameof(ClassicFilter)):");
Console.WriteLine($"    [{string.Join("]  [", Enumerable.Range(0, 3).Select(r => string.Join(", ", convolvedConstant.Skip(r * 3).Take(3))))}]");
Check("the filter known at compile time gives the same output as the filter passed at run time", convolvedConstant.SequenceEqual(convolved));

float[] volume = Enumerable.Range(0, 75).Select(_ => (float)random.Next(-2, 3)).ToArray();
float[] filters = Enumerable.Range(0, 54).Select(_ => (float)random.Next(-1, 2)).ToArray();
float[] filterBias = { 1, 0 };
float[] strided = new float[18], stridedReference = new float[18];
Kernels.Strided(volume, filters, filterBias, strided);
ReferenceInterpreter.Conv2D<float>(volume, filters, filterBias, stridedReference,
    new Conv2DShape(3, 5, 5, 2, 3, 3, StrideY: 2, StrideX: 2, PaddingY: 1, PaddingX: 1));
Console.WriteLine("  3x5x5 input, padding 1, two 3x3x3 filters, stride 2 -> 2x3x3 output:");
for (int o = 0; o < 2; o++)
{
    Console.WriteLine($"    filter {o}: {string.Join("  ", Enumerable.Range(0, 3).Select(r => "[" + string.Join(", ", strided.Skip((o * 9) + (r * 3)).Take(3)) + "]"))}");
}

Check("the stride-2, padded, 3-channel convolution matches the reference interpreter", strided.SequenceEqual(stridedReference));

// 6. Edge detection: Sobel gradients of a synthetic image, written as PNG files you can open.
Console.WriteLine();
Console.WriteLine("6. Edge detection: two Sobel filters as one Conv2D(1, 120, 160, 2, 3, 3, Padding = 1)");
const int Width = 160, Height = 120;
float[] scene = new float[Width * Height];
for (int py = 0; py < Height; py++)
{
    for (int px = 0; px < Width; px++)
    {
        bool disc = ((px - 50) * (px - 50)) + ((py - 60) * (py - 60)) < 35 * 35;
        bool square = Math.Abs(px - 120 + ((py - 60) / 2)) < 22 && Math.Abs(py - 60) < 30; // a slanted box
        float shade = 0.15f + (0.1f * px / Width); // a gentle gradient: no edge
        scene[(py * Width) + px] = disc ? 0.9f : square ? 0.6f : shade;
    }
}

float[] sobel =
{
    -1, 0, 1, -2, 0, 2, -1, 0, 1, // d/dx
    -1, -2, -1, 0, 0, 0, 1, 2, 1, // d/dy
};
float[] gradients = new float[2 * Width * Height], gradientsReference = new float[2 * Width * Height];
Kernels.Sobel(scene, sobel, gradients);
ReferenceInterpreter.Conv2D<float>(scene, sobel, ReadOnlySpan<float>.Empty, gradientsReference,
    new Conv2DShape(1, Height, Width, 2, 3, 3, PaddingY: 1, PaddingX: 1));
byte[] edges = new byte[Width * Height];
for (int i = 0; i < edges.Length; i++)
{
    float magnitude = MathF.Sqrt((gradients[i] * gradients[i]) + (gradients[(Width * Height) + i] * gradients[(Width * Height) + i]));
    edges[i] = (byte)Math.Clamp(magnitude * 255f / 3.6f, 0f, 255f); // 3.6 = the largest gradient of a 0.9 step
}

string folder = Path.GetFullPath("kernelgen-tour");
Directory.CreateDirectory(folder);
string scenePath = Path.Combine(folder, "scene.png"), edgesPath = Path.Combine(folder, "edges.png");
PngWriter.WriteGreyscale(scenePath, scene.Select(v => (byte)(v * 255f)).ToArray(), Width, Height);
PngWriter.WriteGreyscale(edgesPath, edges, Width, Height);
Console.WriteLine($"  wrote {scenePath}");
Console.WriteLine($"  wrote {edgesPath}");
double worst = gradients.Zip(gradientsReference, (a, b) => Math.Abs(a - b)).Max();
int edgePixels = edges.Count(e => e > 64);
Console.WriteLine($"  {edgePixels} edge pixels of {edges.Length}; largest difference from the reference {worst:E1}");
Check("the Sobel gradients match the reference interpreter", worst < 1e-5);
Check("edges are found only where the shapes end (the background gradient is not an edge)",
    edgePixels > 300 && edges[(60 * Width) + 5] == 0 && edges[(60 * Width) + 50] == 0 && edges[(60 * Width) + 15] > 64);
float[] gradientsConstant = new float[2 * Width * Height];
Kernels.SobelConstant(scene, gradientsConstant);
Check("Sobel with the filters known at compile time gives the same gradients", gradientsConstant.SequenceEqual(gradients));
if (FindGenerated("Kernels.SobelConstant.g.cs") is { } generatedSobel)
{
    Console.WriteLine($"  what the generator folded, from the header of {Path.GetFileName(generatedSobel)}:");
    foreach (string line in File.ReadLines(generatedSobel).Where(l => l.StartsWith("// Given:", StringComparison.Ordinal) || l.StartsWith("//   Weights:", StringComparison.Ordinal)))
    {
        Console.WriteLine("    " + line);
    }
}

(byte[] readBack, int readWidth, int readHeight) = PngWriter.ReadGreyscale(edgesPath);
Check("the PNG file reads back pixel for pixel", readWidth == Width && readHeight == Height && readBack.SequenceEqual(edges));

// 7. A whole CNN: samples/KernelGen.Digits, trained with PyTorch by its train.py, every layer a generated kernel.
Console.WriteLine();
Console.WriteLine("7. A whole CNN, every layer generated: the digits network of samples/KernelGen.Digits");
Console.WriteLine("   Conv2D(1, 8, 8, 16, 3, 3, Padding = 1, Relu) -> MaxPool2D(16, 8, 8, 2, 2) -> Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Relu)");
Console.WriteLine("   -> MaxPool2D(32, 4, 4, 2, 2) -> Dense(128, 10); weights trained by PyTorch (train.py), read as PyTorch lays them out");
var digitsNetwork = KernelGen.Digits.DigitsNetwork.Load(KernelGen.Digits.DigitsData.DefaultDirectory);
var digitsData = KernelGen.Digits.DigitsData.Load(KernelGen.Digits.DigitsData.DefaultDirectory);
KernelGen.Digits.DigitsConsole.PrintDigits(digitsNetwork, digitsData, 10, 5);
var digitsReport = KernelGen.Digits.DigitsCheck.Run(digitsNetwork, digitsData);
Console.WriteLine($"  accuracy on the {digitsReport.Count} test images: {digitsReport.Accuracy:P2} (PyTorch: {digitsReport.TorchAccuracy:P2}); the same digit as PyTorch on {digitsReport.Agreeing} of them");
Console.WriteLine($"  largest logit difference from PyTorch {digitsReport.MaxDifference:E1}, within the contract's bound propagated through the layers ({digitsReport.MaxBound:E1})");
var int8Network = KernelGen.Digits.DigitsQuantizedNetwork.Load(KernelGen.Digits.DigitsData.DefaultDirectory);
var int8Report = KernelGen.Digits.DigitsQuantizedCheck.Run(int8Network, digitsNetwork, digitsData,
    KernelGen.Digits.DigitsQuantizedReference.Load(KernelGen.Digits.DigitsData.DefaultDirectory));
Console.WriteLine("  int8: the same network quantized by PyTorch (train.py: static quantization, QNNPACK), every layer a byte x sbyte kernel,");
Console.WriteLine("  e.g. [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Relu)] on (ReadOnlySpan<byte>, ReadOnlySpan<sbyte>, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte>):");
Console.WriteLine($"  accuracy {int8Report.Accuracy:P2} (PyTorch's int8 model: {int8Report.TorchAccuracy:P2}); the same digit as PyTorch's int8 model on {int8Report.AgreeingTorch} of {int8Report.Count}, every logit equal on {int8Report.SameLogits}");
#if DEBUG
Console.WriteLine("  latency: not measured in a Debug build (the kernels run without JIT optimization); run the tour with -c Release");
#else
double floatMicroseconds = KernelGen.Digits.DigitsConsole.LatencyNanoseconds(digitsNetwork, digitsData, passes: 5) / 1000;
double int8Microseconds = KernelGen.Digits.DigitsConsole.LatencyNanoseconds(int8Network, digitsData, passes: 5) / 1000;
Console.WriteLine($"  latency: float {floatMicroseconds:F2} us, int8 {int8Microseconds:F2} us per image, one core, batch 1 (rough; benchmarks/README.md has ONNX Runtime beside it)");
#endif
Check("the generated network classifies every test image as PyTorch does, every logit within its bound", digitsReport.Holds);
Check("the int8 network gives PyTorch's int8 digit on at least 99 % of the test images", int8Report.Holds);

// 8. Cosine similarity: the dot product of normalized vectors says how much two vectors point the same way. And
// Deterministic = true: one fixed order of every sum, so the same bits on every vector path, JIT tier and NativeAOT.
Console.WriteLine();
Console.WriteLine("8. Cosine similarity of 384-element embeddings, and sums with the same bits everywhere");
float[] embedding = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
float[] nearby = embedding.Select(v => v + (float)((random.NextDouble() - 0.5) * 0.2)).ToArray();
float[] unrelated = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
float[] opposite = embedding.Select(v => -v).ToArray();
Console.WriteLine($"  cos(e, e + noise) = {Kernels.Similarity(embedding, nearby):F4}, cos(e, unrelated) = {Kernels.Similarity(embedding, unrelated):F4}, cos(e, -e) = {Kernels.Similarity(embedding, opposite):F4}, cos(e, 0) = {Kernels.Similarity(embedding, new float[384])}");
double cosineError = Math.Abs(Kernels.Similarity(embedding, nearby) - ReferenceInterpreter.CosineSimilarityExact<float>(embedding, nearby, 384));
Check("CosineSimilarity(384) matches the reference (one pass, x.y, x.x and y.y together)", cosineError < 1e-5);
using (var alignedX = new AlignedBuffer<float>(1024))
using (var alignedY = new AlignedBuffer<float>(1024))
{
    for (int i = 0; i < 1024; i++)
    {
        alignedX.Span[i] = (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-2, 3)));
        alignedY.Span[i] = (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-2, 3)));
    }

    float free = Kernels.Dot1024(alignedX.Span, alignedY.Span), fixedOrder = Kernels.DeterministicDot1024(alignedX.Span, alignedY.Span);
    double exactDot = ReferenceInterpreter.DotProductExact<float>(alignedX.Span, alignedY.Span, 1024);
    Console.WriteLine($"  on 64-byte aligned memory (AlignedBuffer<float>): Dot1024 = {free:R} (bits {BitConverter.SingleToInt32Bits(free):x8}), exact {exactDot:R}");
    Console.WriteLine($"  DeterministicDot1024 = {fixedOrder:R} (bits {BitConverter.SingleToInt32Bits(fixedOrder):x8}): these bits on every path (Vector512, Vector256, Vector128, scalar), which");
    Console.WriteLine("  the default kernel does not promise: each of its paths adds in its own order. Try DOTNET_EnableAVX512=0 or DOTNET_EnableHWIntrinsic=0.");
    double magnitude = 0;
    for (int i = 0; i < 1024; i++)
    {
        magnitude += Math.Abs((double)alignedX.Span[i] * alignedY.Span[i]);
    }

    double bound = 1025 * Math.Pow(2, -24) * magnitude; // the contract's n u (sum of |products|)
    Check("both within the contract's accuracy bound of the exact dot product", Math.Abs(free - exactDot) <= bound && Math.Abs(fixedOrder - exactDot) <= bound);
}

Console.WriteLine();
Console.WriteLine(failures == 0 ? "Every check passed." : $"{failures} check(s) failed.");
return failures == 0 ? 0 : 1;

static float[] Pad27(float[] values) => values.Concat(new float[27 - values.Length]).ToArray();

// The generated file a build wrote to obj/generated (EmitCompilerGeneratedFiles in the csproj), found from the binary.
static string? FindGenerated(string fileName)
{
    for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        string generated = Path.Combine(directory.FullName, "obj", "generated");
        if (Directory.Exists(generated))
        {
            return Directory.EnumerateFiles(generated, "*" + fileName, SearchOption.AllDirectories).FirstOrDefault();
        }
    }

    return null;
}
