namespace AiInfra.Domain.Serialization;

/// <summary>
/// The first items of a list being read, kept on the stack: <see cref="JsonValueReaders.TryReadList{T}"/> takes a pooled
/// array only for a list longer than this.
/// </summary>
[System.Runtime.CompilerServices.InlineArray(Length)]
internal struct ListItemBuffer<T>
{
    /// <summary>How many items fit: a document's lists (ratings, references, notes) rarely hold more.</summary>
    public const int Length = 8;

    private T _first;
}
