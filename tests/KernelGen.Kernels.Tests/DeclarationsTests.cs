using System;
using System.IO;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

public class DeclarationsTests
{
    [Fact]
    public void Declarations_file_matches_the_catalog()
    {
        string path = Path.Combine(TestProject.Directory, "..", "KernelGen.TestKernels", "Declarations.cs");
        string expected = KernelCatalog.WriteDeclarations();
        if (Environment.GetEnvironmentVariable("KERNELGEN_ACCEPT") is "1" or "true")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == expected,
            "Declarations.cs is out of date with KernelCatalog; run the tests once with KERNELGEN_ACCEPT=1.");
    }
}
