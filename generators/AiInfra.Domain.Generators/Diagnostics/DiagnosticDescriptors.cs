using AiInfra.Domain.Rules;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable and never reused; each one is listed in
/// AnalyzerReleases.Shipped.md and explained with a bad and a fixed example in docs/diagnostics.md.
/// 001-099: any JSON input file; 100-199: quantity definitions and relations; 200-299: spec files; 300-399: catalogue files.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Files = "AiInfra.Files";
    private const string Quantities = "AiInfra.Quantities";
    private const string Specs = "AiInfra.Specs";
    private const string Catalogue = "AiInfra.Catalogue";

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
        CSharpNames.InvalidIdentifierMessage,
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

    public static readonly DiagnosticDescriptor InvalidUnitsNetMapping = Error(
        "AIINFRA113", Quantities, "Invalid UnitsNet mapping",
        "{0}",
        "A quantity definition may name its UnitsNet counterpart (\"unitsNet\": \"Power\", or { \"none\": \"why\" }); then each unit names its UnitsNet unit (\"unitsNet\": \"Watt\"), or says there is none, why, and which UnitsNet unit its values are converted into ({ \"none\": \"why\", \"via\": \"Watt\" }). A prefixed unit maps to the prefixed name unless the unit's \"prefixes\" says otherwise. No two units may map to one UnitsNet unit.");

    public static readonly DiagnosticDescriptor UnknownUnitsNetName = Error(
        "AIINFRA114", Quantities, "Unknown or obsolete UnitsNet name",
        "{0}",
        "Checked only when the compilation references UnitsNet: the quantity and unit names of a \"unitsNet\" declaration must exist in the referenced UnitsNet (names are case-sensitive, as C# is), and not be marked obsolete there. No conversions are generated for the quantity until the declaration is right.");

    public static readonly DiagnosticDescriptor QuantityOfTheLibrary = Error(
        "AIINFRA120", Quantities, "Quantity name taken by the library",
        "The quantity '{0}' is already defined by AiInfra.Domain ({1}); give this one another name",
        "Spec files name quantities by their name alone, so a project's own quantity cannot take the name of one of the library's. The definition is not generated.");

    public static readonly DiagnosticDescriptor RelationOfLibraryQuantities = Error(
        "AIINFRA121", Quantities, "Relation between the library's quantities only",
        "The relation '{0}' relates only quantities of AiInfra.Domain; a project can declare operators only on its own quantities",
        "C# declares an operator in one of its operand types, so a project's relations file must name at least one quantity the project defines. The library declares the relations between its own quantities.");

    public static readonly DiagnosticDescriptor NameTakenByGeneratedCode = Error(
        "AIINFRA122", Files, "Name taken by the generated code",
        CSharpNames.NameTakenMessage,
        "Generated code declares members and types of its own and names runtime types and namespaces without their namespace; a quantity, unit or catalogue name that would collide with one of them is refused here, at the name, instead of failing inside the generated file. What it names is not generated.");

    public static readonly DiagnosticDescriptor UnknownPropertyType = Error(
        "AIINFRA201", Specs, "Unknown property type",
        "'{0}' is not a property type; expected one of: {1}",
        "Each property has a type: string, boolean, integer, number, quantity, date, yearMonth, enum, entity, reference, list or map.");

    public static readonly DiagnosticDescriptor SpecUnknownQuantity = Error(
        "AIINFRA202", Specs, "Unknown quantity",
        "'{0}' is not a known quantity; known quantities (AiInfra.Domain's and the project's own): {1}",
        "A quantity property names one of the library's quantities, such as Power, Energy or BitRate, or one that the project defines in a *.quantity.json file.");

    public static readonly DiagnosticDescriptor SpecUnknownUnit = Error(
        "AIINFRA203", Specs, "Unknown unit",
        "'{0}' is not a unit of {1}; its units are: {2}",
        "Units are written by abbreviation (case-sensitive, so 'mW' and 'MW' differ) or by name.");

    public static readonly DiagnosticDescriptor WrongDimension = Error(
        "AIINFRA204", Specs, "Unit of the wrong dimension",
        "'{0}' is a unit of {1}, not of {2}; the units of {2} are: {3}",
        "A unit or bound must belong to the property's quantity: '700 V' cannot bound a Power.");

    public static readonly DiagnosticDescriptor MinimumAboveMaximum = Error(
        "AIINFRA205", Specs, "Minimum above maximum",
        "The minimum {0} is above the maximum {1}, so no value could be valid",
        "A property's minimum must not exceed its maximum (quantities are compared after conversion to one unit).");

    public static readonly DiagnosticDescriptor DefaultOutOfBounds = Error(
        "AIINFRA206", Specs, "Default outside its bounds",
        "The default {0} is {1}",
        "A default must itself be a valid value of the property.");

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "AIINFRA207", Specs, "Duplicate name",
        "{0} '{1}' is declared more than once{2}",
        "Entity, enum, property and enum value names must be unique; two JSON names that become the same C# name also collide.");

    public static readonly DiagnosticDescriptor UnknownTypeReference = Error(
        "AIINFRA208", Specs, "Unknown entity or enum",
        "'{0}' is not {1} declared in any spec file; declared: {2}",
        "An entity, reference, enum or map key names a type that no *.spec.json file in the project declares.");

    public static readonly DiagnosticDescriptor MemberCollision = Error(
        "AIINFRA209", Specs, "Name collides with a generated member",
        "The property '{0}' becomes the C# member '{1}', which collides with {2}",
        "Generated records have members of their own (Validate, Equals, GetHashCode, ToString, EqualityContract, ...) and a member cannot share its type's name. Rename the property or set \"csharpName\".");

    public static readonly DiagnosticDescriptor InvalidConstraint = Error(
        "AIINFRA210", Specs, "Invalid constraint",
        "'{0}' {1}",
        "Constraints must fit the property's type: minimum and maximum for numbers, integers and quantities; pattern, minLength and maxLength for strings; minItems, maxItems and uniqueItems for lists; and their values must be valid.");

    public static readonly DiagnosticDescriptor RequiredWithDefault = Error(
        "AIINFRA211", Specs, "Required property with a default",
        "The property '{0}' is required and has a default; a default is used only when the property is missing, so make it optional or remove the default",
        "A required property must always be written, so a default could never apply.");

    public static readonly DiagnosticDescriptor InvalidDefault = Error(
        "AIINFRA212", Specs, "Invalid default",
        "The default of '{0}' {1}",
        "A default must be a value of the property's type, written as it would be in JSON.");

    public static readonly DiagnosticDescriptor ReferenceCycle = Error(
        "AIINFRA213", Specs, "Required entities nest in a cycle",
        "The entity '{0}' requires itself through {1}, so no finite value could exist; make one of the properties optional or a list",
        "A chain of required nested entities that leads back to its start can never be written in JSON.");

    public static readonly DiagnosticDescriptor UnsupportedPattern = Error(
        "AIINFRA214", Specs, "Pattern not valid ECMA-262 or not supported",
        "The pattern {0}",
        "A pattern means what JSON Schema says: an ECMA-262 regular expression with the u flag, as ajv compiles it. A pattern that is not valid ECMA-262 (such as .NET-only (?i), \\A, \\Z, (?>...) or \\p{IsGreek}), or that uses a construct whose ECMA-262 meaning cannot be kept in .NET (backreferences, Unicode scripts and most binary properties), is refused at the construct. docs/spec-format.md lists the rules.");

    public static readonly DiagnosticDescriptor UnknownQuantityTypes = Error(
        "AIINFRA215", Specs, "Unknown quantity types",
        "\"quantityTypes\" is \"{0}\"; write \"aiInfra\" (the library's quantity types, the default) or \"unitsNet\" (UnitsNet's types where UnitsNet has the quantity)",
        "A spec file's \"quantityTypes\" chooses the C# types of its quantity properties: \"aiInfra\" (AiInfra.Domain.Quantities.Power, the default) or \"unitsNet\" (UnitsNet.Power where UnitsNet has the quantity). See docs/unitsnet.md.");

    public static readonly DiagnosticDescriptor UnitsNetNotReferenced = Error(
        "AIINFRA216", Specs, "UnitsNet types without a UnitsNet reference",
        "\"quantityTypes\": \"unitsNet\" needs UnitsNet, which this project does not reference; reference the UnitsNet package (the AiInfra.Domain package brings it unless its assets are excluded) or remove the key",
        "The properties of a spec file in \"unitsNet\" mode have UnitsNet's types, so the compilation must reference UnitsNet. The file's quantity properties are generated with the library's types until it does.");

    public static readonly DiagnosticDescriptor UnitsNetMeansOtherQuantity = Warning(
        "AIINFRA217", Specs, "UnitsNet's quantity of this name is another quantity",
        "UnitsNet's {0} is not this library's {0}: {1}; the property keeps the library's type {2}",
        "In a spec file in \"unitsNet\" mode, a quantity whose definition says UnitsNet has no counterpart, although UnitsNet has a quantity of the same name (ThermalResistance: UnitsNet's is area-specific, m²·K/W), keeps the library's type, so that a value never changes meaning. The warning says so at the property's \"quantity\"; the generated code is correct. Suppress it with <NoWarn>AIINFRA217</NoWarn> once the type is understood.");

    public static readonly DiagnosticDescriptor CatalogUnknownEntity = Error(
        "AIINFRA301", Catalogue, "Unknown catalogue entity",
        CatalogRules.UnknownEntity.Message,
        "A *.catalog.json file holds entries of one entity type, declared in a *.spec.json file of the same project.");

    public static readonly DiagnosticDescriptor CatalogInvalidEntry = Error(
        "AIINFRA302", Catalogue, "Invalid catalogue entry",
        "Entry '{0}' {1}: {2}",
        "A catalogue entry is checked at build time against its entity's spec: types, units, required properties, bounds, patterns, enum values and figure sources. The message gives the JSON Pointer inside the entry and the error code the runtime reader would give.");

    public static readonly DiagnosticDescriptor CatalogDuplicateId = Error(
        "AIINFRA303", Catalogue, "Duplicate catalogue id",
        CatalogRules.DuplicateId.Message,
        "Ids identify entries (Catalog.X.Get(id)) and name their static properties, so they must be unique and must not collide once turned into C# names.");

    public static readonly DiagnosticDescriptor CatalogUnknownSource = Error(
        "AIINFRA304", Catalogue, "Unknown source",
        CatalogRules.UnknownDefaultSource.Message,
        "Every figure names a source listed in its catalogue file (or the file's \"defaultSource\"), so that provenance is never lost.");

    public static readonly DiagnosticDescriptor CatalogNoId = Error(
        "AIINFRA305", Catalogue, "Catalogue entity without an id",
        CatalogRules.NoId.Message,
        "A catalogued entity needs a required \"id\" property of type string (kebab-case by convention).");

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message, string description) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description: description);

    private static DiagnosticDescriptor Error(string id, string category, string title, string message, string description) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: description);
}
