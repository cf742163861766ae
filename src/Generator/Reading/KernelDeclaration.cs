using System.Collections.Generic;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace KernelGen.Generator.Reading;

/// <summary>
/// What a kind's reader gets once the shared checks passed: the attribute's arguments, the element type, which roles
/// the declaration binds (an optional role may be left out), and where to report what it finds wrong.
/// </summary>
internal sealed class KernelDeclaration
{
    private readonly HashSet<string> _bound;

    public KernelDeclaration(AttributeArguments arguments, ElementType element, string methodName, Location nameLocation,
        IEnumerable<string> boundRoles, List<DiagnosticInfo> diagnostics)
    {
        Arguments = arguments;
        Element = element;
        MethodName = methodName;
        NameLocation = nameLocation;
        _bound = new HashSet<string>(boundRoles);
        Diagnostics = diagnostics;
    }

    public AttributeArguments Arguments { get; }

    public ElementType Element { get; }

    public string MethodName { get; }

    /// <summary>The method's name in the declaration.</summary>
    public Location NameLocation { get; }

    /// <summary>The attribute, else the method's name: where a problem of the whole shape is reported.</summary>
    public Location ShapeLocation => Arguments.AttributeLocation ?? NameLocation;

    public List<DiagnosticInfo> Diagnostics { get; }

    /// <summary>Whether the declaration has a parameter for <paramref name="role"/>.</summary>
    public bool Binds(string role) => _bound.Contains(role);

    public void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, location ?? NameLocation, arguments));

    /// <summary>
    /// KGEN007 when any of <paramref name="lengths"/> exceeds <c>int.MaxValue</c> (spans are int-indexed); returns
    /// whether all fit.
    /// </summary>
    public bool AllFit(params (string What, long Length)[] lengths)
    {
        foreach ((string what, long length) in lengths)
        {
            if (length > int.MaxValue)
            {
                Report(DiagnosticDescriptors.SizeTooLarge, ShapeLocation, MethodName, length.ToString(System.Globalization.CultureInfo.InvariantCulture), what);
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// KGEN016 (at the attribute) when the dilated window (a filter, a pooling window) is larger than the padded input
    /// on either axis, which would leave the output empty; returns whether it fits.
    /// </summary>
    public bool WindowFits(int height, int width, (int Y, int X) kernel, (int Y, int X) padding, (int Y, int X) dilation)
    {
        long spanY = ((long)dilation.Y * (kernel.Y - 1)) + 1, spanX = ((long)dilation.X * (kernel.X - 1)) + 1;
        long paddedY = height + (2L * padding.Y), paddedX = width + (2L * padding.X);
        if (spanY > paddedY || spanX > paddedX)
        {
            Report(DiagnosticDescriptors.FilterLargerThanInput, ShapeLocation, MethodName, $"{spanY}x{spanX}", $"{paddedY}x{paddedX}");
            return false;
        }

        return true;
    }
}
