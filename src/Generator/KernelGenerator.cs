using System;
using System.Collections.Immutable;
using System.Globalization;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Emitting;
using KernelGen.Generator.Model;
using KernelGen.Generator.Parsing;
using KernelGen.Generator.Planning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KernelGen.Generator;

/// <summary>
/// The pipeline and nothing else: attributed methods are parsed into value-equal models, planned against the target,
/// and emitted, one file per kernel. Diagnostics travel as data and are reported in one place.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KernelGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for caching tests.</summary>
    public static class Steps
    {
        public const string Parse = "KernelGen.Parse";
        public const string Models = "KernelGen.Models";
        public const string Target = "KernelGen.Target";
        public const string Options = "KernelGen.Options";
        public const string Files = "KernelGen.Files";
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ParseResult> dots = context.SyntaxProvider.ForAttributeWithMetadataName(
            KernelParser.DotProductAttribute,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
            static (ctx, ct) => SafeParse(ctx, KernelKind.DotProduct, ct));
        IncrementalValuesProvider<ParseResult> denses = context.SyntaxProvider.ForAttributeWithMetadataName(
            KernelParser.DenseAttribute,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
            static (ctx, ct) => SafeParse(ctx, KernelKind.Dense, ct));

        IncrementalValuesProvider<ParseResult> convs = context.SyntaxProvider.ForAttributeWithMetadataName(
            KernelParser.Conv2DAttribute,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
            static (ctx, ct) => SafeParse(ctx, KernelKind.Conv2D, ct));

        IncrementalValuesProvider<ParseResult> parsed = dots.Collect().Combine(denses.Collect()).Combine(convs.Collect())
            .SelectMany(static (all, _) => all.Left.Left.AddRange(all.Left.Right).AddRange(all.Right))
            .WithTrackingName(Steps.Parse);

        IncrementalValueProvider<TargetInfo> target = context.CompilationProvider
            .Select(static (compilation, _) => TargetInfo.From(compilation))
            .WithTrackingName(Steps.Target);
        IncrementalValueProvider<ProjectOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions.TryGetValue("build_property.KernelGenUnrollBudget", out string? text) ? text : null))
            .WithTrackingName(Steps.Options);
        IncrementalValueProvider<(TargetInfo Target, ProjectOptions Options)> settings = target.Combine(options);

        // Diagnostics: from parsing, plus those that depend on the target and the budget.
        context.RegisterSourceOutput(parsed.Combine(settings), static (spc, item) =>
        {
            foreach (DiagnosticInfo diagnostic in item.Left.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (item.Left.Model is { } model && item.Left.Tree is { } tree)
            {
                if (SafePlanDiagnostic(model, item.Right.Target, item.Right.Options, tree, item.Left.NameSpan) is { } late)
                {
                    spc.ReportDiagnostic(late.ToDiagnostic());
                }
            }
        });

        context.RegisterSourceOutput(options, static (spc, o) =>
        {
            if (o.InvalidBudgetText is { } text)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidUnrollBudget, Location.None, text));
            }
        });

        // Sources: the models alone (no locations), so that an edit that moves a kernel leaves its file cached.
        IncrementalValuesProvider<(string HintName, string Source)> files = parsed
            .Select(static (r, _) => r.Model)
            .Where(static m => m is not null)
            .WithTrackingName(Steps.Models)
            .Combine(settings)
            .Select(static (item, _) => Generate(item.Left!, item.Right.Target, item.Right.Options))
            .Where(static f => f.Source.Length > 0)
            .WithTrackingName(Steps.Files);

        context.RegisterSourceOutput(files, static (spc, file) => spc.AddSource(file.HintName, SourceText.From(file.Source, System.Text.Encoding.UTF8)));
    }

    internal static ProjectOptions ReadOptions(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ProjectOptions.Default;
        }

        return int.TryParse(text!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0
            ? new ProjectOptions(value, null)
            : new ProjectOptions(ProjectOptions.DefaultUnrollBudget, text);
    }

    internal static int Budget(KernelModel model, ProjectOptions options) => model.UnrollBudget > 0 ? model.UnrollBudget : options.UnrollBudget;

    /// <summary>Plans and emits one kernel; an empty source when the target cannot take it (reported as KGEN011).</summary>
    internal static (string HintName, string Source) Generate(KernelModel model, TargetInfo target, ProjectOptions options)
    {
        if (!target.HasVectorApis)
        {
            return (model.HintName, "");
        }

        try
        {
            KernelPlan plan = KernelPlanner.Plan(model.Spec, target, Budget(model, options));
            return (model.HintName, KernelEmitter.Emit(model, plan));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never crash the user's build (CS8785): emit nothing and say why in a compile error.
            return (model.HintName, $"#error KernelGen failed to generate {model.Method.Name}: {e.GetType().Name}: {e.Message.Replace('\n', ' ')}\n");
        }
    }

    private static DiagnosticInfo? SafePlanDiagnostic(KernelModel model, TargetInfo target, ProjectOptions options, SyntaxTree tree, TextSpan span)
    {
        if (!target.HasVectorApis)
        {
            return new DiagnosticInfo(DiagnosticDescriptors.FrameworkTooOld, tree, span, new[] { model.Method.Name }.ToEquatableArray());
        }

        try
        {
            int budget = Budget(model, options);
            KernelPlan plan = KernelPlanner.Plan(model.Spec, target, budget);
            // A budget the user chose and the JIT limit overrides is worth saying; the default one adapts silently.
            bool chosen = model.UnrollBudget > 0 || options.UnrollBudget != ProjectOptions.DefaultUnrollBudget;
            if (plan.UnrollBudget < budget && chosen)
            {
                return new DiagnosticInfo(DiagnosticDescriptors.UnrollBudgetCapped, tree, span, new[]
                {
                    model.Method.Name,
                    budget.ToString(CultureInfo.InvariantCulture),
                    plan.UnrollBudget.ToString(CultureInfo.InvariantCulture),
                    plan.UnrolledMultiplyAdds.ToString(CultureInfo.InvariantCulture),
                }.ToEquatableArray());
            }

            if (!plan.IsLooped)
            {
                return null;
            }

            return new DiagnosticInfo(DiagnosticDescriptors.UnrollBudgetExceeded, tree, span, new[]
            {
                model.Method.Name,
                plan.FullMultiplyAdds.ToString(CultureInfo.InvariantCulture),
                plan.UnrollBudget.ToString(CultureInfo.InvariantCulture),
                plan.UnrolledMultiplyAdds.ToString(CultureInfo.InvariantCulture),
            }.ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // Generate reports the failure in the generated file.
        }
    }

    private static ParseResult SafeParse(GeneratorAttributeSyntaxContext context, KernelKind kind, System.Threading.CancellationToken ct)
    {
        try
        {
            return KernelParser.Parse(context, kind, ct);
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
