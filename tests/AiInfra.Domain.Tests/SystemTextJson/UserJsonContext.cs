using System.Text.Json.Serialization;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.SystemTextJson;

/// <summary>
/// A user's own type that holds records and values of the library, as an application's DTO would. (It cannot hold a
/// record generated from this project's own spec files: System.Text.Json's generator does not see what another
/// generator emits, and fails on it. Such records are read and written at the root through the combined options.)
/// </summary>
public sealed class Shipment
{
    public string Reference { get; set; } = string.Empty;

    public Accelerator? Accelerator { get; set; }

    public List<Accelerator> Spares { get; set; } = [];

    public Money? Price { get; set; }

    public Power Budget { get; set; }

    public ReportingPeriod Period { get; set; }
}

/// <summary>A user's System.Text.Json source-generated context, combined with AiInfraJson's resolver in the tests.</summary>
[JsonSerializable(typeof(Shipment))]
[JsonSerializable(typeof(List<Shipment>))]
[JsonSerializable(typeof(Dictionary<ReportingPeriod, Money>))]
[JsonSerializable(typeof(Dictionary<Currency, Power>))]
internal sealed partial class UserJsonContext : JsonSerializerContext;
