namespace AiInfra.Domain;

/// <summary>
/// The library's types that generated code names, as generated code writes them (<c>global::</c> and the full name),
/// so that it compiles in any namespace. This one file is compiled into the library and into the build-time generator
/// (a linked Compile item), whose emitters write no runtime type name of their own: a rename is one edit here, which
/// the library's build checks (its own generated code names every one of these types) and a test checks by reflection
/// (every constant names a type of the library).
/// </summary>
internal static class RuntimeNames
{
    /// <summary>The library's root namespace, as a namespace declaration writes it.</summary>
    public const string RootNamespace = "AiInfra.Domain";

    /// <summary>The namespace of the library's quantities, as a namespace declaration writes it.</summary>
    public const string QuantitiesNamespace = RootNamespace + ".Quantities";

    /// <summary>The namespace of the classes the generator adds to a project (module initializers that register its types).</summary>
    public const string GeneratedNamespace = RootNamespace + ".Generated";

    private const string Root = "global::" + RootNamespace;
    private const string Serialization = Root + ".Serialization";
    private const string Validation = Root + ".Validation";
    private const string Provenance = Root + ".Provenance";
    private const string Quantities = "global::" + QuantitiesNamespace;
    private const string Economics = Root + ".Economics";

    /// <summary><c>IAiInfraEntity&lt;T&gt;</c>, which every generated record implements.</summary>
    public const string EntityInterface = Root + ".IAiInfraEntity";

    /// <summary><c>ErrorCodes</c>, whose constants the generated validators report.</summary>
    public const string ErrorCodes = Root + ".ErrorCodes";

    /// <summary><c>ValidationResult</c>, what a generated record's <c>Validate()</c> returns.</summary>
    public const string ValidationResult = Validation + ".ValidationResult";

    /// <summary><c>ValidationScope</c>, the state a generated validator reports into.</summary>
    public const string ValidationScope = Validation + ".ValidationScope";

    /// <summary><c>ValidationChecks</c>, the checks a generated validator calls.</summary>
    public const string ValidationChecks = Validation + ".ValidationChecks";

    /// <summary><c>JsonSchemaPattern</c>, a spec's pattern with JSON Schema's (ECMA-262) meaning.</summary>
    public const string JsonSchemaPattern = Validation + ".JsonSchemaPattern";

    /// <summary><c>JsonValueReaders</c>, the value readers a generated reader calls.</summary>
    public const string JsonValueReaders = Serialization + ".JsonValueReaders";

    /// <summary><c>JsonValueWriters</c>, the value writers a generated writer calls.</summary>
    public const string JsonValueWriters = Serialization + ".JsonValueWriters";

    /// <summary><c>JsonReadContext</c>, the path and errors of one read.</summary>
    public const string JsonReadContext = Serialization + ".JsonReadContext";

    /// <summary><c>AiInfraJsonException</c>, what a writer throws for a value JSON cannot carry.</summary>
    public const string AiInfraJsonException = Serialization + ".AiInfraJsonException";

    /// <summary><c>AiInfraEntityConverter&lt;T&gt;</c>, the System.Text.Json converter of every generated record.</summary>
    public const string EntityConverter = Serialization + ".AiInfraEntityConverter";

    /// <summary><c>AiInfraTypeRegistry</c>, with which generated records register themselves.</summary>
    public const string TypeRegistry = Serialization + ".AiInfraTypeRegistry";

    /// <summary><c>CollectionEquality</c>, value equality of lists and maps.</summary>
    public const string CollectionEquality = Serialization + ".CollectionEquality";

    /// <summary><c>UnitsNetEqualityComparer&lt;TQuantity, TUnitsNet&gt;</c>, the library's equality for UnitsNet values.</summary>
    public const string UnitsNetEqualityComparer = Serialization + ".UnitsNetEqualityComparer";

    /// <summary><c>UnitsNetValues</c>, conversions of UnitsNet values (and figures of them) to the library's.</summary>
    public const string UnitsNetValues = Serialization + ".UnitsNetValues";

    /// <summary><c>Figure&lt;T&gt;</c>, a value with its provenance.</summary>
    public const string Figure = Provenance + ".Figure";

    /// <summary><c>FigureCorrection</c>, what a source wrote and why a figure differs from it.</summary>
    public const string FigureCorrection = Provenance + ".FigureCorrection";

    /// <summary><c>CatalogSource</c>, one source a catalogue cites.</summary>
    public const string CatalogSource = Provenance + ".CatalogSource";

    /// <summary><c>CatalogSection</c> (and <c>CatalogSection&lt;T&gt;</c>), one catalogue file in the generated registry.</summary>
    public const string CatalogSection = Provenance + ".CatalogSection";

    /// <summary><c>ICatalogListTransform</c>, what the generated <c>CatalogData.Select</c> applies to each list.</summary>
    public const string CatalogListTransform = Provenance + ".ICatalogListTransform";

    /// <summary><c>Money</c>, a decimal amount with its currency.</summary>
    public const string Money = Quantities + ".Money";

    /// <summary><c>UnitPrice&lt;TQuantity, TUnit&gt;</c>, money per one unit of a quantity ("0.12 USD/kWh"); the open generic name, without its type arguments.</summary>
    public const string UnitPrice = Quantities + ".UnitPrice";

    /// <summary><c>Quantity</c>, the registry of every quantity type.</summary>
    public const string Quantity = Quantities + ".Quantity";

    /// <summary><c>QuantityInfo</c>, what a quantity type says about itself.</summary>
    public const string QuantityInfo = Quantities + ".QuantityInfo";

    /// <summary><c>QuantityJsonConverter&lt;TQuantity, TUnit&gt;</c>, the System.Text.Json converter of every quantity.</summary>
    public const string QuantityJsonConverter = Quantities + ".Serialization.QuantityJsonConverter";

    /// <summary>
    /// The metadata name (no <c>global::</c>) of the library's UnitsNet JSON converter factory, which only the library
    /// declares: the generator emits its table of UnitsNet types into the compilation that declares it.
    /// </summary>
    public const string UnitsNetJsonConverterFactoryMetadataName = QuantitiesNamespace + ".Serialization.UnitsNetJsonConverterFactory";

    /// <summary><c>ReportingPeriod</c>, a span of a calendar or fiscal year as reports name it.</summary>
    public const string ReportingPeriod = Economics + ".ReportingPeriod";

    /// <summary><c>FiscalCalendar</c>, a company's fiscal year.</summary>
    public const string FiscalCalendar = Economics + ".FiscalCalendar";
}
