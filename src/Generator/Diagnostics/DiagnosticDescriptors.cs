using Microsoft.CodeAnalysis;

namespace KernelGen.Generator.Diagnostics;

/// <summary>Every diagnostic KernelGen reports. IDs are stable: add new ones, never renumber.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "KernelGen";
    private const string HelpBase = "https://github.com/kernelgen/kernelgen/blob/main/docs/diagnostics.md#";

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    public static readonly DiagnosticDescriptor NotStaticPartial = Error(
        "KGEN001", "Kernel method must be static partial",
        "Kernel method '{0}' must be declared 'static partial' without a body, so that KernelGen can write its body");

    public static readonly DiagnosticDescriptor HasBody = Error(
        "KGEN002", "Kernel method already has a body",
        "Kernel method '{0}' already has a body; remove it (KernelGen writes the body) or remove the kernel attribute");

    public static readonly DiagnosticDescriptor TypeNotPartial = Error(
        "KGEN003", "Containing type must be partial",
        "Type '{0}', which contains kernel method '{1}', must be declared 'partial'");

    public static readonly DiagnosticDescriptor WrongSignature = Error(
        "KGEN004", "Kernel method has the wrong signature",
        "Kernel method '{0}' {1}; declare it as: {2}");

    public static readonly DiagnosticDescriptor WrongElementType = Error(
        "KGEN005", "Kernel element type must be float or double",
        "Kernel method '{0}' uses element type '{1}'; kernels compute on float or double, the same type for every parameter");

    public static readonly DiagnosticDescriptor SizeNotPositive = Error(
        "KGEN006", "Kernel size must be positive",
        "'{0}' must be at least 1, but it is {1}");

    public static readonly DiagnosticDescriptor SizeTooLarge = Error(
        "KGEN007", "Kernel is too large",
        "Kernel method '{0}' would need {1} elements in '{2}', more than a span can hold; use smaller sizes");

    public static readonly DiagnosticDescriptor MultipleKernelAttributes = Error(
        "KGEN008", "More than one kernel attribute",
        "Kernel method '{0}' carries more than one kernel attribute ({1}); keep exactly one");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error(
        "KGEN010", "C# language version too old",
        "Kernel method '{0}' needs C# 9 or later for its generated body, but the project uses C# {1}; set <LangVersion> to 9.0 or later");

    public static readonly DiagnosticDescriptor FrameworkTooOld = Error(
        "KGEN011", "Target framework lacks the vector APIs",
        "Kernel method '{0}' needs the System.Runtime.Intrinsics vector APIs of .NET 8 or later; target net8.0 or later");

    public static readonly DiagnosticDescriptor InvalidUnrollBudget = Error(
        "KGEN012", "Invalid unroll budget",
        "The unroll budget must be a positive number of multiply-adds, but it is '{0}'");

    public static readonly DiagnosticDescriptor NoAccessibility = Error(
        "KGEN013", "Kernel method needs an accessibility modifier",
        "Kernel method '{0}' returns a value, so C# requires an explicit accessibility modifier (public, internal, private, ...) on it");

    public static readonly DiagnosticDescriptor UnknownActivation = Error(
        "KGEN014", "Unknown activation",
        "Activation value {0} is not one of None, Relu, Sigmoid, Tanh, Step");

    public static readonly DiagnosticDescriptor SizeNegative = Error(
        "KGEN015", "Padding must not be negative",
        "'{0}' must be at least 0, but it is {1}");

    public static readonly DiagnosticDescriptor FilterLargerThanInput = Error(
        "KGEN016", "Filter larger than the padded input",
        "Kernel method '{0}' has an empty output: the dilated filter ({1}) is larger than the padded input ({2}); add padding or use a smaller filter or dilation");

    public static readonly DiagnosticDescriptor GroupsDoNotDivide = Error(
        "KGEN017", "Groups must divide the channels",
        "Groups = {0} must divide both inChannels ({1}) and outChannels ({2})");

    public static readonly DiagnosticDescriptor ConflictingAxis = Error(
        "KGEN018", "Axis given twice with different values",
        "{0} = {1} conflicts with {2} = {3}; give the axis once, or the same value twice");

    public static readonly DiagnosticDescriptor FileLocalType = Error(
        "KGEN020", "Containing type is file-local",
        "Type '{0}', which contains kernel method '{1}', is a 'file' type: its parts must all be in one file, so the generated body cannot be added; remove the 'file' modifier (make it internal) or move the kernel to another type");

    public static readonly DiagnosticDescriptor TooLargeToGenerate = Error(
        "KGEN021", "Kernel too large to generate",
        "Kernel method '{0}' cannot be generated: its smallest unrolled block holds {1} multiply-adds (for a convolution, one filter row over a register tile), which would make a method of about {2} bytes of IL; use a narrower filter or smaller sizes");

    public static readonly DiagnosticDescriptor ConstantNotFound = Error(
        "KGEN022", "Constant weights member not found",
        "{0} = \"{1}\" on kernel method '{2}' names no member of '{3}' or a type that contains it; declare 'static ReadOnlySpan<{4}> {1} => [ ... ];' there");

    public static readonly DiagnosticDescriptor ConstantWrongForm = Error(
        "KGEN023", "Constant weights member has the wrong form",
        "'{0}', named by {1} on kernel method '{2}', {3}; declare it as 'static ReadOnlySpan<{4}> {0} => [ ... ];' (or a 'static readonly {4}[]' field with an initializer)");

    public static readonly DiagnosticDescriptor ConstantNotConstant = Error(
        "KGEN024", "Constant weights element is not a constant",
        "Element {0} of '{1}', named by {2} on kernel method '{3}', is not a C# constant expression; write its value (literals, const fields and arithmetic on them)");

    public static readonly DiagnosticDescriptor ConstantWrongType = Error(
        "KGEN025", "Constant weights have the wrong element type",
        "'{0}', named by {1} on kernel method '{2}', holds '{3}' where the kernel's element type '{4}' is expected");

    public static readonly DiagnosticDescriptor ConstantWrongLength = Error(
        "KGEN026", "Constant weights have the wrong length",
        "'{0}', named by {1} on kernel method '{2}', holds {3} elements where the kernel needs {4} (its {5})");

    public static readonly DiagnosticDescriptor ConstantParameterPresent = Error(
        "KGEN027", "Parameter given at compile time is still in the signature",
        "Kernel method '{0}' takes its {1} from '{2}' ({3} = nameof({2})), so its parameter '{4}' must leave the signature; declare it as: {5}");

    public static readonly DiagnosticDescriptor ConstantNotAccepted = Error(
        "KGEN028", "Constant weights not accepted here",
        "Kernel method '{0}' cannot take {1} from '{2}': {3}");

    public static readonly DiagnosticDescriptor PoolPaddingTooLarge = Error(
        "KGEN029", "Pooling padding over half the window",
        "{0} = {1} is more than half the window's {2} ({3}); PyTorch's pooling refuses it: use at most {4}");

    public static readonly DiagnosticDescriptor PoolPropertyNotApplicable = Error(
        "KGEN030", "Property does not apply to this pooling",
        "{0} does not apply to {1}: {2}; remove it");

    public static readonly DiagnosticDescriptor UnrollBudgetExceeded = new(
        "KGEN100", "Kernel generated with loops",
        "Kernel method '{0}' needs {1} multiply-adds per unrolled block on its widest path, more than the unroll budget of {2}; it is generated with a loop around an unrolled block of {3}. Raise UnrollBudget (attribute) or <KernelGenUnrollBudget> (project) to unroll fully.",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpBase + "kgen100");

    public static readonly DiagnosticDescriptor UnrollBudgetCapped = new(
        "KGEN101", "Unroll budget capped to keep the method optimizable",
        "Kernel method '{0}' asks for an unroll budget of {1}, but fully unrolled its method would exceed the size at which the JIT stops optimizing (60,000 bytes of IL); it is generated with a budget of {2} (a loop around an unrolled block of {3} multiply-adds)",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpBase + "kgen101");

    public static readonly DiagnosticDescriptor WritableConstantArray = new(
        "KGEN102", "Constant weights in a writable array",
        "'{0}', named by {1} on kernel method '{2}', is a 'static readonly' array, whose elements code can still change at run time; the kernel uses the values declared here. Declare it as 'static ReadOnlySpan<{3}> {0} => [ ... ];' to say so.",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpBase + "kgen102");

    public static readonly DiagnosticDescriptor UnoptimizedBuild = new(
        "KGEN103", "Kernels built without optimization",
        "This project is compiled without optimization (a Debug build): its {0} kernel(s) will run without JIT optimization, about 20-30x slower than in Release. Measure and time them in a Release build (dotnet run -c Release, dotnet test -c Release).",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpBase + "kgen103");

    public static readonly DiagnosticDescriptor NotInCatalog = new(
        "KGEN104", "Kernel not in the assembly's catalog",
        "Kernel '{0}' is not in the assembly's kernel catalog: {1}. The kernel works as it is; to list it (for KernelCatalog, KernelVerifier and the kernelgen tool), declare it in a non-generic type that is internal or public.",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpBase + "kgen104");

    public static readonly DiagnosticDescriptor InvalidThreads = Error(
        "KGEN031", "Invalid thread count",
        "Kernel method '{0}' asks for {1} threads: give Threads = 1 (the calling thread, the default), a larger count, or 0 for as many as the machine has");

    public static readonly DiagnosticDescriptor InvalidProjectThreads = Error(
        "KGEN032", "Invalid KernelGenThreads",
        "The project's KernelGenThreads must be a whole number of threads, at least 0 (0: as many as the machine has), but it is '{0}'");

    public static readonly DiagnosticDescriptor WinogradNotApplicable = Error(
        "KGEN033", "Winograd does not apply to this convolution",
        "Algorithm = ConvAlgorithm.Winograd needs a 3x3 filter with stride 1, dilation 1 and Groups = 1, but this convolution has {0}; remove Algorithm (the direct convolution computes it) or change {1}");

    public static readonly DiagnosticDescriptor UnknownAlgorithm = Error(
        "KGEN034", "Unknown convolution algorithm",
        "Algorithm = {0} is not a ConvAlgorithm; use ConvAlgorithm.Direct or ConvAlgorithm.Winograd");

    public static readonly DiagnosticDescriptor InvalidZeroPoint = Error(
        "KGEN035", "Invalid zero point",
        "Kernel method '{0}' has {1} = {2}: {3}");

    public static readonly DiagnosticDescriptor IntegerActivation = Error(
        "KGEN036", "Activation not available for this integer output",
        "Kernel method '{0}' has Activation.{1} and a {2} output: an integer kernel takes Relu on any output, Sigmoid, Tanh and Step only on a float (dequantized) output; use Relu or None, or declare the output Span<float> with a scale");

    public static readonly DiagnosticDescriptor IntegerOverflow = Error(
        "KGEN037", "Integer sums could overflow",
        "Kernel method '{0}' sums {1} products per output: {1} x 255 x 128 could reach 2^31, beyond the exact 32-bit sum; at most {2} products fit (split the reduction, or compute in float)");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "KGEN999", "KernelGen failed",
        "KernelGen could not generate kernel method '{0}' ({1}); please report this with the declaration");
}
