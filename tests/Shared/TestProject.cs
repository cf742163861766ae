using System.Linq;
using System.Reflection;

namespace KernelGen.Testing;

/// <summary>
/// Where a test project's files are on disk, recorded at build time by the <c>ProjectDirectory</c> assembly metadata
/// (tests/Directory.Build.props). Not <c>[CallerFilePath]</c>: CI builds map source paths to <c>/_/</c>.
/// </summary>
public static class TestProject
{
    public static string Directory { get; } = typeof(TestProject).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;
}
