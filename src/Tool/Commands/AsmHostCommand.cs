using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.CommandLine;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;
using KernelGen.Tool.Sources;

namespace KernelGen.Tool.Commands;

/// <summary>
/// The hidden child of <c>kernelgen asm</c>: loads an assembly and calls each named kernel through its catalog, so the
/// JIT compiles (and, with the disassembly switches its parent sets, prints) it.
/// </summary>
internal static class AsmHostCommand
{
    public const string Name = "__asm-host";

    public static Command Create(ToolContext context)
    {
        var assembly = new Option<string>("--assembly") { Required = true };
        var kernels = new Option<string[]>("--kernel") { DefaultValueFactory = _ => Array.Empty<string>() };
        var command = new Command(Name) { Hidden = true };
        command.Options.Add(assembly);
        command.Options.Add(kernels);
        command.SetAction(ToolApp.Guarded(context, result =>
        {
            KernelSet set = KernelAssemblyLoader.Load(result.GetValue(assembly)!, "asm host");
            foreach (KernelInfo kernel in set.Select(result.GetValue(kernels)!))
            {
                // A small kernel is inlined into its catalog invoker, so calling it would print no listing of its
                // own: compile the method itself first (fully optimized: the parent turns tiering off).
                foreach (MethodInfo method in Methods(set.LoadedAssembly, kernel))
                {
                    RuntimeHelpers.PrepareMethod(method.MethodHandle);
                }

                // Then call it, so that the local functions it calls are compiled too.
                switch (kernel)
                {
                    case KernelInfo<float> f:
                        Call(f);
                        break;
                    case KernelInfo<double> d:
                        Call(d);
                        break;
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The kernel's method, found by its name (the host is the one place the tool uses reflection; the catalog needs none).</summary>
    private static IEnumerable<MethodInfo> Methods(Assembly assembly, KernelInfo kernel)
    {
        string typeName = kernel.Name[..kernel.Name.LastIndexOf('.')];
        return assembly.GetTypes()
            .Where(t => t.FullName?.Replace('+', '.') == typeName)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name == kernel.Method);
    }

    private static void Call<T>(KernelInfo<T> kernel)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var arguments = KernelArguments<T>.Random(kernel, new Random(1));
        arguments.Call(kernel.Invoke);
    }
}
