using AiInfra.Domain.Provenance;
using NodaTime;

namespace AiInfra.Domain.Tests.Docs.CatalogPage;

/// <summary>
/// The columns of a kind the page does not single out: its name and vendor (or provider), then its first figures that
/// some entry states, quantities and counts before dates and periods, none of them a long date.
/// </summary>
internal static class GenericColumns
{
    private const int MaxFigureColumns = 7;

    public static IReadOnlyList<PageColumn> Of(Type entity, IReadOnlyList<object> entries)
    {
        var columns = new List<PageColumn>();
        foreach (var name in new[] { "Name", "Vendor", "Provider" })
        {
            if (entity.GetProperty(name) is { } property)
            {
                columns.Add(new PageColumn(name.ToLowerInvariant(), e => PageColumn.Text(property.GetValue(e))));
            }
        }

        columns.AddRange(entity.GetProperties()
            .Where(p => FigureValueType(p.PropertyType) is not null && entries.Any(e => p.GetValue(e) is not null))
            .OrderBy(p => IsTime(FigureValueType(p.PropertyType)!))
            .Take(MaxFigureColumns)
            .Select(p => new PageColumn(PageColumn.Words(p.Name), e => PageColumn.Text(p.GetValue(e)))));
        return columns;
    }

    private static Type? FigureValueType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Figure<>) ? type.GetGenericArguments()[0] : null;
    }

    private static bool IsTime(Type type) => type == typeof(LocalDate) || type == typeof(YearMonth) || type == typeof(AiInfra.Domain.Economics.ReportingPeriod);
}
