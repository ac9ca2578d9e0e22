namespace AiInfra.Domain.Provenance;

/// <summary>
/// Records that a figure differs from its source because the source was wrong: what the source wrote and why it
/// was corrected. Two corrections are equal when both texts are.
/// </summary>
/// <param name="Original">The figure exactly as the source wrote it.</param>
/// <param name="Reason">Why it was corrected, citing the evidence.</param>
public sealed record FigureCorrection(string Original, string Reason);
