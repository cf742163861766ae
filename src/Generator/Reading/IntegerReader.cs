using System.Collections.Generic;
using System.Globalization;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace KernelGen.Generator.Reading;

/// <summary>
/// Completes an integer kernel's spec with its <see cref="IntegerScheme"/> (the types the signature gave, the zero
/// points the attribute gives) and checks the contract's integer rules, the same for every kind: each zero point in
/// its type's range and only where it means something (KGEN035), the activations an integer output can take (KGEN036),
/// the overflow rule (KGEN037), a <c>Scale</c> only on a kernel with a scale (KGEN028). A floating-point kernel given
/// a zero point gets KGEN035 too. Returns null after a diagnostic.
/// </summary>
internal static class IntegerReader
{
    public static KernelSpec? Read(KernelSpec spec, IntegerScheme? scheme, AttributeArguments arguments, List<GivenRole> given,
        string name, Location nameLocation, List<DiagnosticInfo> diagnostics)
    {
        int errors = diagnostics.Count;
        void Report(DiagnosticDescriptor descriptor, Location? at, params string[] text) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, at ?? nameLocation, text));
        string N(long value) => value.ToString(CultureInfo.InvariantCulture);

        foreach (GivenRole role in given)
        {
            if (role.Role.IntegerOnly && scheme is not { HasScale: true })
            {
                Report(DiagnosticDescriptors.ConstantNotAccepted, role.Location, name, role.Property, role.Member,
                    scheme is null
                        ? "only an integer kernel with a byte, sbyte or float output takes a scale"
                        : "an integer kernel with an int output returns its exact sums and takes no scale");
            }
        }

        int input = arguments.Named("InputZeroPoint", 0);
        int output = arguments.Named("OutputZeroPoint", 0);
        if (arguments.HasNamed("InputZeroPoint"))
        {
            (int min, int max) = IntegerScheme.RangeOf(scheme?.Activations ?? ElementType.Byte);
            string? problem = scheme is null ? "a zero point applies only to an integer kernel (byte or sbyte activations)"
                : input < min || input > max ? $"it must lie in {scheme.Activations.Keyword()}'s range, {N(min)} to {N(max)}" : null;
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidZeroPoint, arguments.NamedLocation("InputZeroPoint"), name, "InputZeroPoint", N(input), problem);
            }
        }

        if (arguments.HasNamed("OutputZeroPoint"))
        {
            (int min, int max) = IntegerScheme.RangeOf(scheme?.Output ?? ElementType.Byte);
            string? problem = scheme is not { Requantizes: true }
                ? "an output zero point applies only to a requantized (byte or sbyte) output"
                : output < min || output > max ? $"it must lie in {scheme.Output.Keyword()}'s range, {N(min)} to {N(max)}" : null;
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidZeroPoint, arguments.NamedLocation("OutputZeroPoint"), name, "OutputZeroPoint", N(output), problem);
            }
        }

        if (scheme is null)
        {
            return diagnostics.Count == errors ? spec : null;
        }

        var activation = (ActivationKind)arguments.Named("Activation", 0);
        if (activation is ActivationKind.Sigmoid or ActivationKind.Tanh or ActivationKind.Step && scheme.Output != ElementType.Float)
        {
            Report(DiagnosticDescriptors.IntegerActivation, arguments.NamedLocation("Activation"), name, activation.ToString(), scheme.Output.Keyword());
        }

        if (arguments.Named("Algorithm", 0) != 0)
        {
            Report(DiagnosticDescriptors.WinogradNotApplicable, arguments.NamedLocation("Algorithm"), "integer operands", "the operands to float or double");
        }

        if (spec.ProductsPerOutput > IntegerScheme.MaxProducts)
        {
            Report(DiagnosticDescriptors.IntegerOverflow, arguments.AttributeLocation, name, N(spec.ProductsPerOutput), N(IntegerScheme.MaxProducts));
        }

        return diagnostics.Count == errors ? spec with { Integer = scheme with { InputZeroPoint = input, OutputZeroPoint = output } } : null;
    }
}
