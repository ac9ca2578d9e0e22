using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable and never reused; each one is listed in
/// AnalyzerReleases.Shipped.md and explained with a bad and a fixed example in docs/diagnostics.md.
/// 001-099: any JSON input file; 100-199: quantity definitions and relations.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Files = "AiInfra.Files";
    private const string Quantities = "AiInfra.Quantities";

    public static readonly DiagnosticDescriptor MalformedJson = Error(
        "AIINFRA001", Files, "Malformed JSON",
        "The file is not valid JSON: {0}",
        "The file could not be read as JSON (comments and trailing commas are allowed). Nothing is generated from it until it is fixed.");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "AIINFRA002", Files, "Duplicate key",
        "The key '{0}' appears more than once in the same object",
        "A JSON object may name each key once; a second occurrence would silently replace the first.");

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "AIINFRA003", Files, "Unknown key",
        "Unknown key '{0}' in {1}; expected one of: {2}",
        "Keys are checked strictly so that a misspelt option is reported instead of ignored.");

    public static readonly DiagnosticDescriptor MissingKey = Error(
        "AIINFRA004", Files, "Missing required key",
        "{0} has no '{1}' key, which is required",
        "The named key must be present.");

    public static readonly DiagnosticDescriptor WrongJsonType = Error(
        "AIINFRA005", Files, "Wrong JSON type",
        "'{0}' must be a JSON {1}, not {2}",
        "The value of the key has the wrong JSON type.");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "AIINFRA006", Files, "Not a valid C# identifier",
        "'{0}' is not a valid C# identifier for {1}; use letters, digits and underscores, starting with an upper-case letter",
        "Names become C# types, members or enum values, so each must be a valid identifier that starts with an upper-case letter.");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "AIINFRA007", Files, "Generator error",
        "The generator failed while processing this file: {0}. Please report this as a bug.",
        "An unexpected exception was caught inside the generator. It is reported here instead of crashing the compiler; it is always a bug in AiInfra.Domain.Generators.");

    public static readonly DiagnosticDescriptor DuplicateQuantity = Error(
        "AIINFRA101", Quantities, "Duplicate quantity",
        "The quantity '{0}' is also defined in '{1}'",
        "Each quantity is defined by exactly one *.quantity.json file; names that differ only by case count as the same name. Only the first definition (by file name) is generated.");

    public static readonly DiagnosticDescriptor DuplicateUnit = Error(
        "AIINFRA102", Quantities, "Duplicate unit",
        "The unit name '{0}' is defined more than once in quantity '{1}'",
        "Unit names (including the ones derived from prefixes) must be unique within a quantity.");

    public static readonly DiagnosticDescriptor DuplicateAbbreviation = Error(
        "AIINFRA103", Quantities, "Duplicate abbreviation",
        "The abbreviation '{0}' names both '{1}' and '{2}' in quantity '{3}'",
        "An abbreviation must name one unit of a quantity, or parsing would be ambiguous. Abbreviations are case-sensitive, so 'mW' and 'MW' are distinct.");

    public static readonly DiagnosticDescriptor InvalidBaseUnit = Error(
        "AIINFRA104", Quantities, "Invalid base unit",
        "The base unit '{0}' of quantity '{1}' {2}",
        "The base unit must be one of the quantity's units, with factor 1 and offset 0.");

    public static readonly DiagnosticDescriptor InvalidFactor = Error(
        "AIINFRA105", Quantities, "Invalid conversion factor",
        "The {0} of unit '{1}' must be a finite number{2}",
        "A unit converts to the base unit as base = value * factor + offset; the factor must be finite and positive, the offset finite.");

    public static readonly DiagnosticDescriptor UnknownPrefix = Error(
        "AIINFRA106", Quantities, "Unknown prefix",
        "Unknown prefix '{0}'; expected one of: {1}",
        "Prefixes are the SI prefixes from Yocto to Yotta and the binary prefixes Kibi to Exbi.");

    public static readonly DiagnosticDescriptor MalformedRelation = Error(
        "AIINFRA107", Quantities, "Malformed relation",
        "'{0}' is not a relation; write 'Result = Left * Right' or 'Result = Left / Right'",
        "A relation declares one cross-quantity operator and the ones it implies.");

    public static readonly DiagnosticDescriptor UnknownQuantity = Error(
        "AIINFRA108", Quantities, "Unknown quantity",
        "Unknown quantity '{0}'; known quantities: {1}",
        "The relation or affine declaration names a quantity that no *.quantity.json file defines.");

    public static readonly DiagnosticDescriptor InconsistentDimensions = Error(
        "AIINFRA109", Quantities, "Dimensions do not match",
        "The relation '{0}' is not dimensionally consistent: the right side has dimension {1}, the result {2}",
        "Operators compute in base units, so the base dimensions of both sides must agree.");

    public static readonly DiagnosticDescriptor DuplicateRelation = Error(
        "AIINFRA110", Quantities, "Duplicate operator",
        "The operator {0} is declared by more than one relation",
        "C# allows one operator per pair of operand types.");

    public static readonly DiagnosticDescriptor InvalidAffine = Error(
        "AIINFRA111", Quantities, "Invalid affine quantity",
        "{0}",
        "An affine quantity (a point on a scale, such as a temperature) names the quantity of its differences, which must share its base dimensions and be linear. Only units of affine quantities may have an offset.");

    public static readonly DiagnosticDescriptor InvalidAbbreviation = Error(
        "AIINFRA112", Quantities, "Invalid abbreviation",
        "The abbreviation '{0}' of unit '{1}' {2}",
        "Abbreviations are what parsing and formatting use: each unit needs at least one, they may not contain white space or start with a digit, sign or separator, and only one unit of a quantity may have an empty abbreviation.");

    private static DiagnosticDescriptor Error(string id, string category, string title, string message, string description) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: description);
}
