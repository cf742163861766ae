using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace KernelGen.Tool.Tests;

/// <summary>
/// <c>bench --quick</c> and <c>roofline --quick</c> run BenchmarkDotNet in this process: every column is there and
/// holds a number where it must, the exports parse, the image is what was asked for. (Speed itself is claimed from the
/// benchmark suite, never from a test.) One class: its tests run one after another, so no two benchmark runs overlap.
/// </summary>
public sealed class BenchTests
{
    private const string DotAndPool =
        "[DotProduct(256)] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); " +
        "[MaxPool2D(4, 16, 16, 2, 2)] public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);";

    [Fact]
    public void A_threaded_kernel_is_timed_against_its_own_parts_on_one_thread()
    {
        string json = Path.Combine(Path.GetTempPath(), $"kernelgen-bench-{Guid.NewGuid():N}.json");
        try
        {
            ToolRun run = ToolRun.Of("bench", "--quick", "--no-baselines",
                "[MatMul(96, 64, 80, Threads = 2)] public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);",
                "--export", "json", "--output", json);

            Assert.Equal(0, run.ExitCode);
            string header = run.Output.Split('\n').Single(l => l.Contains("│ kernel", StringComparison.Ordinal));
            Assert.Contains("threads", header, StringComparison.Ordinal);
            Assert.Contains("vs 1 thread", header, StringComparison.Ordinal);
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
            JsonElement kernel = document.RootElement.GetProperty("kernels").EnumerateArray().Single();
            Assert.Equal(2, kernel.GetProperty("threads").GetInt32());
            Assert.True(kernel.GetProperty("oneThreadNs").GetDouble() > 0);
            Assert.True(kernel.GetProperty("speedupOverOneThread").GetDouble() > 0);
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Fact]
    public void Bench_quick_prints_every_column_and_exports_json()
    {
        string json = Path.Combine(Path.GetTempPath(), $"kernelgen-bench-{Guid.NewGuid():N}.json");
        try
        {
            ToolRun run = ToolRun.Of("bench", "--quick", DotAndPool, "--export", "json", "--output", json);

            Assert.Equal(0, run.ExitCode);
            string header = run.Output.Split('\n').Single(l => l.Contains("│ kernel", StringComparison.Ordinal));
            foreach (string column in new[] { "median", "spread", "GFLOP/s", "GB/s", "% FMA peak", "% L1 bound", "first call", "vs reference", "vs TensorPrimitives" })
            {
                Assert.Contains(column, header, StringComparison.Ordinal);
            }

            Assert.Contains("Limits measured in this run", run.Output, StringComparison.Ordinal);
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
            JsonElement limits = document.RootElement.GetProperty("limits");
            Assert.True(limits.GetProperty("fmaPeakGflops").GetDouble() > 1);
            Assert.True(limits.GetProperty("l1GBs").GetDouble() > limits.GetProperty("memoryGBs").GetDouble());
            JsonElement[] kernels = document.RootElement.GetProperty("kernels").EnumerateArray().ToArray();
            Assert.Equal(new[] { "KernelGen.Declared.Kernels.Dot", "KernelGen.Declared.Kernels.Pool" }, kernels.Select(k => k.GetProperty("name").GetString()));
            foreach (JsonElement kernel in kernels)
            {
                foreach (string field in new[] { "medianNs", "spreadPercent", "gflops", "gbs", "percentOfFmaPeak", "percentOfL1LoadBound", "firstCallMs", "referenceNs", "speedupOverReference" })
                {
                    Assert.True(kernel.GetProperty(field).GetDouble() > 0, $"{field} of {kernel}");
                }

                // the first call, in a fresh process, compiles the kernel: milliseconds against a steady state in nanoseconds
                Assert.True(kernel.GetProperty("firstCallMs").GetDouble() * 1e6 > 10 * kernel.GetProperty("medianNs").GetDouble(), $"first call of {kernel}");
                double gflops = kernel.GetProperty("flops").GetDouble() / kernel.GetProperty("medianNs").GetDouble();
                Assert.Equal(gflops, kernel.GetProperty("gflops").GetDouble(), 0.01 * gflops);
            }

            // TensorPrimitives has a dot product, and no pooling.
            Assert.True(kernels[0].GetProperty("speedupOverTensorPrimitives").GetDouble() > 0);
            Assert.Equal(JsonValueKind.Null, kernels[1].GetProperty("tensorPrimitivesNs").ValueKind);
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Fact]
    public void Roofline_writes_a_png_and_an_svg_of_the_size_asked()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"kernelgen-roofline-{Guid.NewGuid():N}");
        string png = Path.Combine(folder, "roof.png"), svg = Path.Combine(folder, "roof.svg");
        try
        {
            ToolRun first = ToolRun.Of("roofline", "--quick", "DotProduct(64)", "-o", png, "--width", "640", "--height", "480");
            ToolRun second = ToolRun.Of("roofline", "--quick", "DotProduct(64)", "-o", svg, "--width", "800", "--height", "500");

            Assert.Equal(0, first.ExitCode);
            Assert.Equal(0, second.ExitCode);
            byte[] bytes = File.ReadAllBytes(png);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
            Assert.Equal(640, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
            Assert.Equal(480, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
            var root = System.Xml.Linq.XDocument.Load(svg).Root!;
            Assert.Equal("svg", root.Name.LocalName);
            Assert.Equal("800", root.Attribute("width")!.Value);
            Assert.Equal("500", root.Attribute("height")!.Value);
            Assert.Contains("Kernel", File.ReadAllText(svg), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("md", "| kernel | attribute | type | median ns |")]
    [InlineData("csv", "kernel,attribute,type,median ns,")]
    public void Bench_exports_markdown_and_csv_to_standard_output(string format, string header)
    {
        ToolRun run = ToolRun.Of("bench", "--quick", "DotProduct(16)", "--export", format);

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.Split('\n');
        int at = Array.FindIndex(lines, l => l.StartsWith(header, StringComparison.Ordinal));
        Assert.True(at >= 0, run.Output);
        string row = lines[at + (format == "md" ? 2 : 1)];
        Assert.StartsWith(format == "md" ? "| KernelGen.Declared.Kernels.Kernel | DotProduct(16) | float | " : "KernelGen.Declared.Kernels.Kernel,DotProduct(16),float,", row, StringComparison.Ordinal);
        Assert.Equal(17, format == "md" ? row.Split('|').Length - 2 : row.Split(',').Length);
    }

    [Fact]
    public void Aligned_puts_every_operand_on_a_cache_line_and_the_default_says_where_arrays_put_them()
    {
        ToolRun aligned = ToolRun.Of("bench", "--quick", "--no-baselines", "--aligned", "Dense(20, 12)", "--export", "json");
        ToolRun arrays = ToolRun.Of("bench", "--quick", "--no-baselines", "Dense(20, 12)", "--export", "json");

        Assert.Equal(0, aligned.ExitCode);
        Assert.Equal(0, arrays.ExitCode);
        int[] Offsets(ToolRun run)
        {
            using JsonDocument document = JsonDocument.Parse(run.Output[run.Output.IndexOf("{\n", StringComparison.Ordinal)..]);
            return document.RootElement.GetProperty("kernels")[0].GetProperty("operandOffsetsFromCacheLine").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        }

        Assert.Equal(new[] { 0, 0, 0, 0 }, Offsets(aligned)); // input, weights, bias, output
        Assert.All(Offsets(arrays), o => Assert.True(o is >= 0 and < 64 && o % 4 == 0, $"offset {o}"));
        Assert.Contains("Operands 64-byte aligned.", aligned.Output, StringComparison.Ordinal);
        Assert.Contains("Operands where arrays put them", arrays.Output, StringComparison.Ordinal);
    }
}
