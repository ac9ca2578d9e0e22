namespace AiInfra.Domain;

/// <summary>Formats a list of errors for an exception message.</summary>
internal static class ErrorListing
{
    private const int Shown = 20;

    public static string Describe(string headline, IReadOnlyList<AiInfraError> errors)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(headline).Append(": ").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors").Append('.');
        for (var i = 0; i < Math.Min(errors.Count, Shown); i++)
        {
            builder.AppendLine().Append("  ").Append(errors[i]);
        }

        if (errors.Count > Shown)
        {
            builder.AppendLine().Append("  ... and ").Append(errors.Count - Shown).Append(" more.");
        }

        return builder.ToString();
    }
}
