namespace AiInfra.Domain.Serialization;

/// <summary>Limits shared by every quantity reader.</summary>
internal static class QuantityJsonConverterLimits
{
    /// <summary>The longest quantity text read, in UTF-8 bytes as written ("700 W" is 5).</summary>
    public const int MaxTextLength = 256;
}
