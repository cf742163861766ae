using System;
using System.IO;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// A small snapshot check that follows Verify's conventions, so that moving to Verify later is mechanical:
/// <c>Snapshots/Name.verified.cs</c> is committed beside the test; on a mismatch <c>Name.received.cs</c> is written next
/// to it and the test fails with a diff hint. Set <c>KERNELGEN_ACCEPT=1</c> (or Verify's <c>DiffEngine_Disabled</c>-style
/// workflow: copy received over verified) to accept new output.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "KERNELGEN_ACCEPT";

    public static void Verify(string actual, string name, string extension = "cs")
    {
        string folder = Path.Combine(TestProject.Directory, "Snapshots");
        string verified = Path.Combine(folder, $"{name}.verified.{extension}");
        string received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified} yet. Review {received}, then rename it to .verified.{extension} (or run with {AcceptVariable}=1)."
            : $"Snapshot {name} changed: first difference at line {FirstDifferentLine(expected, actual)}. Compare {received} with {verified}; accept with {AcceptVariable}=1.");
    }

    private static int FirstDifferentLine(string a, string b)
    {
        string[] x = a.Split('\n'), y = b.Split('\n');
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i])
            {
                return i + 1;
            }
        }

        return Math.Min(x.Length, y.Length) + 1;
    }
}
