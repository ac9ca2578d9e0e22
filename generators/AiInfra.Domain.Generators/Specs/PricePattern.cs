using AiInfra.Domain.Generators.Quantities;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// The JSON Schema pattern (ECMA-262) of the price texts the library's reader accepts for a quantity ("0.12 USD/kWh"):
/// the money pattern's text, the first '/', then one of the quantity's units as its unit lookup reads them, with the
/// white space the reader trims around each part.
/// </summary>
internal static class PricePattern
{
    public static string For(QuantityModel quantity)
    {
        var w = QuantityPattern.WhiteSpace;
        return $"^{w}*{MoneyPattern.Body}{w}*/{w}*{QuantityPattern.Units(quantity, out _)}{w}*$";
    }
}
