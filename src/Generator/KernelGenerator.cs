using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Catalog;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Kinds;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Reading;
using KernelGen.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace KernelGen.Generator;

/// <summary>
/// The pipeline and nothing else, the same for every kind in <see cref="KernelKinds.All"/>:
/// <list type="number">
/// <item><b>Read</b> (<see cref="Steps.Parse"/>): one <c>ForAttributeWithMetadataName</c> per kind turns each attributed
/// method into a value-equal <see cref="KernelModel"/> and its diagnostics (<see cref="DeclarationReader"/>).</item>
/// <item><b>Plan</b> (<see cref="Steps.Plans"/>): each model is planned once against the target and the budget
/// (<see cref="KernelPlanner"/>); the plan and the diagnostics it implies (KGEN011, KGEN100, KGEN101) come out together.</item>
/// <item><b>Emit</b> (<see cref="Steps.Models"/>, <see cref="Steps.Files"/>): the model and its plan, without any
/// location, so that moving a kernel leaves its file cached, are written by <see cref="KernelFileWriter"/>.</item>
/// </list>
/// Diagnostics travel as data and are reported in one place; nothing here throws into the compiler (CS8785).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KernelGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for caching tests.</summary>
    public static class Steps
    {
        public const string Parse = "KernelGen.Parse";
        public const string Plans = "KernelGen.Plans";
        public const string Models = "KernelGen.Models";
        public const string Target = "KernelGen.Target";
        public const string Options = "KernelGen.Options";
        public const string Files = "KernelGen.Files";
        public const string Catalog = "KernelGen.Catalog";
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Read: one provider per registered kind, gathered into one stream.
        IncrementalValueProvider<ImmutableArray<ParseResult>>? gathered = null;
        foreach (KernelKind kind in KernelKinds.All)
        {
            IncrementalValueProvider<ImmutableArray<ParseResult>> one = context.SyntaxProvider.ForAttributeWithMetadataName(
                kind.AttributeMetadataName,
                static (node, _) => node is MethodDeclarationSyntax,
                (ctx, ct) => SafeRead(ctx, kind, ct)).Collect();
            gathered = gathered is { } before
                ? before.Combine(one).Select(static (pair, _) => pair.Left.AddRange(pair.Right))
                : one;
        }

        IncrementalValuesProvider<ParseResult> parsed = gathered!.Value
            .SelectMany(static (all, _) => all)
            .WithTrackingName(Steps.Parse);

        IncrementalValueProvider<TargetInfo> target = context.CompilationProvider
            .Select(static (compilation, _) => TargetInfo.From(compilation))
            .WithTrackingName(Steps.Target);
        IncrementalValueProvider<ProjectOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(
                provider.GlobalOptions.TryGetValue("build_property.KernelGenUnrollBudget", out string? text) ? text : null,
                provider.GlobalOptions.TryGetValue("build_property.KernelGenDeterministic", out string? deterministic) ? deterministic : null,
                provider.GlobalOptions.TryGetValue("build_property.KernelGenCatalog", out string? catalog) ? catalog : null,
                provider.GlobalOptions.TryGetValue("build_property.KernelGenThreads", out string? threads) ? threads : null,
                provider.GlobalOptions.TryGetValue("build_property.KernelGenReadyToRun", out string? readyToRun) ? readyToRun : null))
            .WithTrackingName(Steps.Options);
        IncrementalValueProvider<(TargetInfo Target, ProjectOptions Options)> settings = target.Combine(options);

        // 2. Plan: once per kernel, with the diagnostics of reading and of planning.
        IncrementalValuesProvider<PlannedKernel> planned = parsed
            .Combine(settings)
            .Select(static (item, _) => Plan(item.Left, item.Right.Target, item.Right.Options))
            .WithTrackingName(Steps.Plans);

        context.RegisterSourceOutput(planned, static (spc, kernel) =>
        {
            foreach (DiagnosticInfo diagnostic in kernel.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(options, static (spc, o) =>
        {
            if (o.InvalidBudgetText is { } text)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidUnrollBudget, Location.None, text));
            }

            if (o.InvalidThreadsText is { } threads)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidProjectThreads, Location.None, threads));
            }
        });

        // No silent Debug slowdown: once per project with kernels, an Info when the compilation is not optimized (the
        // JIT then compiles every kernel without optimization). A bool and a count, so this step caches.
        IncrementalValueProvider<bool> unoptimized = context.CompilationProvider
            .Select(static (compilation, _) => compilation.Options.OptimizationLevel == OptimizationLevel.Debug);
        IncrementalValueProvider<int> kernelCount = parsed.Collect().Select(static (all, _) => all.Length);
        context.RegisterSourceOutput(unoptimized.Combine(kernelCount), static (spc, pair) =>
        {
            if (pair.Left && pair.Right > 0)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnoptimizedBuild, Location.None, pair.Right));
            }
        });

        // 3. Emit: from the model and the plan alone (no locations).
        IncrementalValuesProvider<(string HintName, string Source)> files = planned
            .Select(static (kernel, _) => kernel.Unit)
            .Where(static unit => unit is not null)
            .WithTrackingName(Steps.Models)
            .Select(static (unit, _) => Emit(unit!))
            .WithTrackingName(Steps.Files);

        context.RegisterSourceOutput(files, static (spc, file) => spc.AddSource(file.HintName, SourceText.From(file.Source, System.Text.Encoding.UTF8)));

        // A refused kernel whose declaration is sound gets a throwing implementation part: only its KGEN error shows.
        IncrementalValuesProvider<KernelStub> stubs = planned
            .Select(static (kernel, _) => kernel.Stub)
            .Where(static stub => stub is not null)!;
        context.RegisterSourceOutput(stubs, static (spc, stub) => spc.AddSource(stub.HintName, SourceText.From(KernelFileWriter.EmitStub(stub), System.Text.Encoding.UTF8)));

        // 4. The assembly's kernel catalog: the listed kernels' names and factories (strings, sorted, so it caches) and
        // the assembly's name; no file when nothing is listed.
        IncrementalValueProvider<EquatableArray<CatalogItem>> listed = planned
            .Select(static (kernel, _) => kernel.Unit is { Listed: true } unit
                ? new CatalogItem(unit.Model.FullName + " " + unit.Model.HintName, unit.Model.Hierarchy.GlobalTypeName + "." + CatalogEntryWriter.FactoryName(unit.Model.Method))
                : null)
            .Where(static item => item is not null)
            .Collect()
            .Select(static (items, _) => items.Select(i => i!).OrderBy(i => i.SortKey, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(Steps.Catalog);
        IncrementalValueProvider<string> assemblyName = context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName ?? "");
        context.RegisterSourceOutput(listed.Combine(assemblyName), static (spc, pair) =>
        {
            if (pair.Left.Count > 0)
            {
                spc.AddSource(CatalogFileWriter.HintName, SourceText.From(CatalogFileWriter.Emit(pair.Right, pair.Left), System.Text.Encoding.UTF8));
            }
        });
    }

    internal static ProjectOptions ReadOptions(string? text, string? deterministicText = null, string? catalogText = null, string? threadsText = null,
        string? readyToRunText = null)
    {
        // MSBuild's own reading of a boolean property: "true" in any case; anything else (empty, "false") is false.
        // The catalog is on unless the property says "false".
        bool deterministic = string.Equals(deterministicText?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        bool catalog = !string.Equals(catalogText?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        int threads = 1;
        string? invalidThreads = null;
        if (!string.IsNullOrWhiteSpace(threadsText))
        {
            if (int.TryParse(threadsText!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int t) && t >= 0)
            {
                threads = t;
            }
            else
            {
                invalidThreads = threadsText;
            }
        }

        bool readyToRun = string.Equals(readyToRunText?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        ProjectOptions options = ProjectOptions.Default with
        {
            Deterministic = deterministic, Catalog = catalog, Threads = threads, InvalidThreadsText = invalidThreads, ReadyToRun = readyToRun,
        };
        if (string.IsNullOrWhiteSpace(text))
        {
            return options;
        }

        return int.TryParse(text!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0
            ? options with { UnrollBudget = value }
            : options with { InvalidBudgetText = text };
    }

    internal static int Budget(KernelModel model, ProjectOptions options) => model.UnrollBudget > 0 ? model.UnrollBudget : options.UnrollBudget;

    /// <summary>The spec with the project's settings applied where the attribute leaves them open (<c>Deterministic</c>, <c>Threads</c>).</summary>
    internal static KernelSpec Resolved(KernelModel model, ProjectOptions options)
    {
        bool deterministic = model.Deterministic ?? options.Deterministic;
        int threads = model.Threads ?? options.Threads;
        return model.Spec.Deterministic == deterministic && model.Spec.Threads == threads
            ? model.Spec
            : model.Spec with { Deterministic = deterministic, Threads = threads };
    }

    /// <summary>
    /// Whether a kernel is written for ReadyToRun images in a project that asks for them. Not the poolings and the integer
    /// kernels: on the Zen 5, crossgen2 refuses pooling's <c>Vector512.MaxNative</c>, and with it replaced the runtime
    /// still rejects the image's code of a max pooling and of the integer register tiles at their first call (their
    /// instruction-set fixups); they keep <c>AggressiveOptimization</c>, compiled optimized at their first call as by
    /// default, instead of starting as tier-0 code.
    /// </summary>
    internal static bool TakesReadyToRun(KernelSpec spec) => spec.Integer is null && spec is not Kinds.Pooling.PoolSpec;

    /// <summary>
    /// Plans one read kernel: its unit to emit (null when the declaration is wrong or the target cannot take it) and
    /// every diagnostic about it. A planner failure becomes a unit whose file is an <c>#error</c>, never an exception.
    /// </summary>
    internal static PlannedKernel Plan(ParseResult parsed, TargetInfo target, ProjectOptions options)
    {
        if (parsed.Model is not { } model || parsed.Tree is not { } tree)
        {
            return new PlannedKernel(null, parsed.Diagnostics, parsed.Stub);
        }

        var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics);
        DiagnosticInfo Late(DiagnosticDescriptor descriptor, params object[] arguments) =>
            new(descriptor, tree, parsed.NameSpan, Array.ConvertAll(arguments, a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToEquatableArray());

        if (!target.HasVectorApis)
        {
            diagnostics.Add(Late(DiagnosticDescriptors.FrameworkTooOld, model.Method.Name));
            return new PlannedKernel(null, diagnostics.ToEquatableArray(), StubOf(model, DiagnosticDescriptors.FrameworkTooOld));
        }

        if (options.ReadyToRun && TakesReadyToRun(model.Spec))
        {
            target = target.ForReadyToRun();
        }

        KernelPlan plan;
        int budget = Budget(model, options);
        try
        {
            plan = KernelPlanner.Plan(Resolved(model, options), target, budget);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PlannedKernel(new KernelUnit(model, null, $"{e.GetType().Name}: {e.Message.Replace('\n', ' ')}"), diagnostics.ToEquatableArray());
        }

        if (plan.EstimatedIlBytes > KernelPlanner.MaxGeneratedIlBytes)
        {
            diagnostics.Add(Late(DiagnosticDescriptors.TooLargeToGenerate, model.Method.Name, plan.UnrolledMultiplyAdds, plan.EstimatedIlBytes));
            return new PlannedKernel(null, diagnostics.ToEquatableArray(), StubOf(model, DiagnosticDescriptors.TooLargeToGenerate));
        }

        // A budget the user chose and the JIT limit overrides is worth saying; the default one adapts silently.
        bool chosen = model.UnrollBudget > 0 || options.UnrollBudget != ProjectOptions.DefaultUnrollBudget;
        if (plan.UnrollBudget < budget && chosen)
        {
            diagnostics.Add(Late(DiagnosticDescriptors.UnrollBudgetCapped, model.Method.Name, budget, plan.UnrollBudget, plan.UnrolledMultiplyAdds));
        }
        else if (plan.IsLooped)
        {
            diagnostics.Add(Late(DiagnosticDescriptors.UnrollBudgetExceeded, model.Method.Name, plan.FullMultiplyAdds, plan.UnrollBudget, plan.UnrolledMultiplyAdds));
        }

        // The catalog lists a kernel when code elsewhere in the assembly can reach its type; otherwise an Info says why.
        // Integer kernels are not listed yet: the catalog's delegates take one element type for every operand.
        bool listed = options.Catalog && model.Hierarchy.Unlisted is null && !model.Method.Duplicate && model.Spec.Integer is null;
        if (options.Catalog && model.Hierarchy.Unlisted is { } why)
        {
            diagnostics.Add(Late(DiagnosticDescriptors.NotInCatalog, model.Method.Name, why));
        }

        return new PlannedKernel(new KernelUnit(model, plan, null, listed), diagnostics.ToEquatableArray());
    }

    private static KernelStub StubOf(KernelModel model, DiagnosticDescriptor error) =>
        KernelFileWriter.Stub(model.Hierarchy, model.Method, model.Spec.Kind, model.Spec.Element, model.Spec.Integer, error.Id);

    /// <summary>Writes one planned kernel's file; a failure becomes an <c>#error</c> in that file (CS8785 never happens).</summary>
    internal static (string HintName, string Source) Emit(KernelUnit unit)
    {
        KernelModel model = unit.Model;
        string? error = unit.Error;
        if (unit.Plan is { } plan)
        {
            try
            {
                return (model.HintName, KernelFileWriter.Emit(model, plan, unit.Listed));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = $"{e.GetType().Name}: {e.Message.Replace('\n', ' ')}";
            }
        }

        return (model.HintName, $"#error KernelGen failed to generate {model.Method.Name}: {error}\n");
    }

    private static ParseResult SafeRead(GeneratorAttributeSyntaxContext context, KernelKind kind, System.Threading.CancellationToken ct)
    {
        try
        {
            return DeclarationReader.Read(context, kind, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var node = context.TargetNode;
            return new ParseResult(null, new[]
            {
                DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, node, context.TargetSymbol.Name, e.GetType().Name + ": " + e.Message),
            }.ToEquatableArray(), node.SyntaxTree, node.Span);
        }
    }
}

/// <summary>What the emitter needs of one kernel: its model and plan (or why planning failed). No locations.</summary>
/// <param name="Listed">Whether the kernel's file holds a catalog entry, which the assembly's catalog lists.</param>
internal sealed record KernelUnit(KernelModel Model, KernelPlan? Plan, string? Error, bool Listed = false);

/// <summary>One kernel after planning: what to emit (null: nothing) and every diagnostic about it, with locations.</summary>
internal sealed record PlannedKernel(KernelUnit? Unit, EquatableArray<DiagnosticInfo> Diagnostics, KernelStub? Stub = null);
