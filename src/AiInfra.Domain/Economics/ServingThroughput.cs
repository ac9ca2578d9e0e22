namespace AiInfra.Domain.Economics;

using AiInfra.Domain.Quantities;

/// <summary>Number formats of model weights, by their storage width.</summary>
public enum WeightPrecision
{
    /// <summary>32-bit float: 4 bytes per parameter.</summary>
    Fp32,

    /// <summary>16-bit float: 2 bytes per parameter.</summary>
    Fp16,

    /// <summary>bfloat16: 2 bytes per parameter.</summary>
    Bf16,

    /// <summary>8-bit float: 1 byte per parameter.</summary>
    Fp8,

    /// <summary>8-bit integer: 1 byte per parameter.</summary>
    Int8,

    /// <summary>4-bit float: half a byte per parameter (block scales not counted).</summary>
    Fp4,

    /// <summary>4-bit integer: half a byte per parameter (block scales not counted).</summary>
    Int4,
}

/// <summary>Extensions for <see cref="WeightPrecision"/>.</summary>
public static class WeightPrecisionExtensions
{
    /// <summary>The storage of one parameter: the format's width (32, 16, 8 or 4 bits). Block-scaled formats
    /// (MXFP4, MXFP8) store a shared scale as well; pass their exact size to <see cref="DecodeInput.BytesPerParameter"/>.</summary>
    /// <param name="precision">The format.</param>
    /// <returns>The width, in bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is undefined.</exception>
    public static Information BytesPerParameter(this WeightPrecision precision) => precision switch
    {
        WeightPrecision.Fp32 => Information.FromBytes(4),
        WeightPrecision.Fp16 or WeightPrecision.Bf16 => Information.FromBytes(2),
        WeightPrecision.Fp8 or WeightPrecision.Int8 => Information.FromBytes(1),
        WeightPrecision.Fp4 or WeightPrecision.Int4 => Information.FromBytes(0.5),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision,
            $"precision must be one of {string.Join(", ", Enum.GetNames<WeightPrecision>())}; it was {precision}."),
    };
}

/// <summary>A decode step to bound by memory bandwidth.</summary>
public sealed record DecodeInput
{
    /// <summary>Parameters whose weights are read for each token: all of them for a dense model, the active ones
    /// for a mixture of experts; finite and greater than 0 (70e9 for a 70 B model).</summary>
    public required double Parameters { get; init; }

    /// <summary>Storage per parameter, such as <c>WeightPrecision.Fp8.BytesPerParameter()</c> (1 B); greater than 0.</summary>
    public required Information BytesPerParameter { get; init; }

    /// <summary>Memory bandwidth available to the model, such as 3.35 TB/s for an H100 [s004:548]; greater than 0. For a model split over several accelerators, their sum.</summary>
    public required BitRate MemoryBandwidth { get; init; }

    /// <summary>KV cache read per sequence per decode step (it grows with the context); 0 or more. Default 0,
    /// which bounds a short context.</summary>
    public Information KvCacheBytesPerSequence { get; init; }

    /// <summary>Sequences decoded together, each step reading the weights once; 1 or more. Default 1: one sequence.</summary>
    public int BatchSize { get; init; } = 1;
}

/// <summary>The memory-bandwidth bound of decoding.</summary>
/// <param name="WeightBytes">Parameters × bytes per parameter.</param>
/// <param name="BytesPerStep">Weight bytes + batch size × KV cache bytes per sequence.</param>
/// <param name="StepTime">Bytes per step / memory bandwidth: the shortest time one decode step can take.</param>
/// <param name="PerSequence">1 / step time: tokens per second each sequence sees, at most.</param>
/// <param name="Total">Batch size / step time: tokens per second of the whole batch, at most.</param>
public sealed record DecodeBound(Information WeightBytes, Information BytesPerStep, Duration StepTime, TokenThroughput PerSequence, TokenThroughput Total);

/// <summary>The compute bound of prefill.</summary>
/// <param name="WorkPerToken">2 × parameters FLOP.</param>
/// <param name="Throughput">Compute × utilisation / work per token: prompt tokens per second, at most.</param>
public sealed record PrefillBound(ComputeWork WorkPerToken, TokenThroughput Throughput);

/// <summary>
/// Roofline bounds on serving throughput: decode is bounded by memory bandwidth, prefill by compute; and the
/// throughput per megawatt that follows.
/// </summary>
/// <remarks>
/// <para><b>Decode.</b> Each decode step reads every weight once and each sequence's KV cache, and yields one token
/// per sequence: step time ≥ (P × b + B × KV) / BW, so a sequence decodes at most BW / (P × b + B × KV) tokens per
/// second and the batch at most B times that. Compute, interconnect, kernel efficiency and caches are ignored: real decode is slower.</para>
/// <para><b>Prefill.</b> A forward pass costs about 2 × P FLOP per token (one multiply and one add per weight);
/// attention's context-dependent FLOP are ignored. Prompt tokens per second ≤ peak compute × utilisation / (2 × P).</para>
/// </remarks>
public static class ServingThroughput
{
    /// <summary>The memory-bandwidth bound of decoding.</summary>
    /// <param name="input">The model, its precision, the bandwidth, the KV cache and the batch.</param>
    /// <returns>The bound per sequence and for the batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range (see <see cref="DecodeInput"/>).</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    /// <example>A 70 B model in FP8 on 3.35 TB/s: 3.35e12 B/s / 70e9 B = 47.86 tokens/s for one sequence.</example>
    public static DecodeBound Decode(DecodeInput input)
    {
        ArgumentChecks.NotNull(input, nameof(input));
        ArgumentChecks.Positive(input.Parameters, nameof(input.Parameters));
        ArgumentChecks.Positive(input.BytesPerParameter, nameof(input.BytesPerParameter));
        ArgumentChecks.Positive(input.MemoryBandwidth, nameof(input.MemoryBandwidth));
        ArgumentChecks.NonNegative(input.KvCacheBytesPerSequence, nameof(input.KvCacheBytesPerSequence));
        ArgumentChecks.Positive(input.BatchSize, nameof(input.BatchSize));
        var weightBytes = input.Parameters * input.BytesPerParameter.Bytes;
        var stepBytes = weightBytes + (input.BatchSize * input.KvCacheBytesPerSequence.Bytes);
        var stepSeconds = stepBytes / input.MemoryBandwidth.BytesPerSecond;
        return new DecodeBound(
            Information.FromBytes(weightBytes),
            Information.FromBytes(stepBytes),
            Duration.FromSeconds(stepSeconds),
            TokenThroughput.FromTokensPerSecond(1 / stepSeconds),
            TokenThroughput.FromTokensPerSecond(input.BatchSize / stepSeconds));
    }

    /// <summary>The memory-bandwidth bound of decoding one sequence with no KV cache: BW / (P × b).</summary>
    /// <param name="parameters">Parameters read per token; finite and greater than 0.</param>
    /// <param name="precision">The weights' format.</param>
    /// <param name="memoryBandwidth">Memory bandwidth; greater than 0.</param>
    /// <returns>Tokens per second, at most.</returns>
    /// <exception cref="ArgumentException">As <see cref="Decode(DecodeInput)"/>.</exception>
    public static TokenThroughput Decode(double parameters, WeightPrecision precision, BitRate memoryBandwidth) =>
        Decode(new DecodeInput { Parameters = parameters, BytesPerParameter = precision.BytesPerParameter(), MemoryBandwidth = memoryBandwidth }).PerSequence;

    /// <summary>The compute bound of prefill: compute × utilisation / (2 × parameters).</summary>
    /// <param name="parameters">Parameters used per token; finite and greater than 0.</param>
    /// <param name="compute">Peak compute at the precision used (dense, not sparse); greater than 0.</param>
    /// <param name="utilisation">The share of peak reached (model FLOP utilisation); greater than 0 and at most
    /// 100 %. Default 100 %, which gives the bound itself; the catalogue's sources have no general figure (Moore
    /// Threads reports 60 % dense MFU on one cluster, [s003:529]).</param>
    /// <returns>The work per token and the prompt tokens per second, at most.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static PrefillBound Prefill(double parameters, ComputeThroughput compute, Ratio? utilisation = null)
    {
        ArgumentChecks.Positive(parameters, nameof(parameters));
        ArgumentChecks.Positive(compute, nameof(compute));
        var share = utilisation is { } u ? ArgumentChecks.PositiveFraction(u, nameof(utilisation)).DecimalFractions : 1;
        var flopPerToken = 2 * parameters;
        return new PrefillBound(
            ComputeWork.FromOperations(flopPerToken),
            TokenThroughput.FromTokensPerSecond(compute.OperationsPerSecond * share / flopPerToken));
    }

    /// <summary>Tokens per second per megawatt: throughput × (1 MW / power).</summary>
    /// <param name="throughput">Tokens per second; finite and 0 or more.</param>
    /// <param name="power">The power that throughput costs (an accelerator's, a rack's, or a site's with PUE); greater than 0.</param>
    /// <returns>Tokens per second for each megawatt of <paramref name="power"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static TokenThroughput PerMegawatt(TokenThroughput throughput, Power power)
    {
        ArgumentChecks.NonNegative(throughput, nameof(throughput));
        ArgumentChecks.Positive(power, nameof(power));
        return TokenThroughput.FromTokensPerSecond(throughput.TokensPerSecond / power.Megawatts);
    }

    /// <summary>Energy per token: power / throughput.</summary>
    /// <param name="throughput">Tokens per second; greater than 0.</param>
    /// <param name="power">The power drawn while producing them; finite and 0 or more.</param>
    /// <returns>Joules per token.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static Energy EnergyPerToken(TokenThroughput throughput, Power power)
    {
        ArgumentChecks.Positive(throughput, nameof(throughput));
        ArgumentChecks.NonNegative(power, nameof(power));
        return Energy.FromJoules(power.Watts / throughput.TokensPerSecond);
    }
}
