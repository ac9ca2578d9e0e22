using System.Globalization;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// Typed quantities against the same work on plain doubles: each benchmark loops over 1,000 values, so a row is the
/// cost of 1,000 operations; the baseline of each category is the double version.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QuantityBenchmarks
{
    private const int Count = 1_000;

    private readonly double[] _kilowatts = new double[Count];
    private readonly double[] _watts = new double[Count];
    private readonly Power[] _powers = new Power[Count];
    private readonly Power[] _otherPowers = new Power[Count];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(8);
        for (var i = 0; i < Count; i++)
        {
            _kilowatts[i] = random.NextDouble() * 200;
            _watts[i] = random.NextDouble() * 200_000;
            _powers[i] = Power.FromKilowatts(_kilowatts[i]);
            _otherPowers[i] = Power.FromWatts(_watts[i]);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Construct")]
    public double Construct_Double()
    {
        var sum = 0.0;
        foreach (var kw in _kilowatts)
        {
            sum += kw;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Construct")]
    public double Construct_Power()
    {
        var sum = 0.0;
        foreach (var kw in _kilowatts)
        {
            sum += Power.FromKilowatts(kw).Value;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Convert")]
    public double Convert_Double()
    {
        var sum = 0.0;
        foreach (var kw in _kilowatts)
        {
            sum += kw * 1_000.0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Convert")]
    public double Convert_Power()
    {
        var sum = 0.0;
        foreach (var p in _powers)
        {
            sum += p.Watts;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Convert")]
    public double Convert_PowerAs()
    {
        var sum = 0.0;
        foreach (var p in _powers)
        {
            sum += p.As(PowerUnit.Watt);
        }

        return sum;
    }

    /// <summary>kW plus W, scaled: the double version converts by hand, as code without units must.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Arithmetic")]
    public double Arithmetic_Double()
    {
        var sum = 0.0;
        for (var i = 0; i < Count; i++)
        {
            sum += (_kilowatts[i] + (_watts[i] / 1_000.0)) * 1.1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Arithmetic")]
    public double Arithmetic_Power()
    {
        var sum = Power.Zero;
        for (var i = 0; i < Count; i++)
        {
            sum += (_powers[i] + _otherPowers[i]) * 1.1;
        }

        return sum.Value;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Compare")]
    public int Compare_Double()
    {
        var below = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_kilowatts[i] * 1_000.0 < _watts[i])
            {
                below++;
            }
        }

        return below;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Compare")]
    public int Compare_PowerOperator()
    {
        var below = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_powers[i] < _otherPowers[i])
            {
                below++;
            }
        }

        return below;
    }

    /// <summary>Through a generic method constrained to <see cref="IComparable{T}"/>, as generic code calls it: no boxing expected.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Compare")]
    public int Compare_PowerIComparable()
    {
        var below = 0;
        for (var i = 0; i < Count; i++)
        {
            if (IsBelow(_powers[i], _otherPowers[i]))
            {
                below++;
            }
        }

        return below;
    }

    /// <summary>Through <see cref="Comparer{T}.Default"/>, as sorting does: no boxing expected.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Compare")]
    public int Compare_PowerComparerDefault()
    {
        var below = 0;
        var comparer = Comparer<Power>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (comparer.Compare(_powers[i], _otherPowers[i]) < 0)
            {
                below++;
            }
        }

        return below;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Compare")]
    public int Compare_PowerEquals()
    {
        var equal = 0;
        for (var i = 0; i < Count; i++)
        {
            if (EqualityComparer<Power>.Default.Equals(_powers[i], _otherPowers[i]))
            {
                equal++;
            }
        }

        return equal;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Parse")]
    public double Parse_Double() => double.Parse("700", CultureInfo.InvariantCulture);

    [Benchmark]
    [BenchmarkCategory("Parse")]
    public Power Parse_Power() => Power.Parse("700 W", CultureInfo.InvariantCulture);

    [Benchmark]
    [BenchmarkCategory("Parse")]
    public Power TryParse_Power() => Power.TryParse("700 W", CultureInfo.InvariantCulture, out var power) ? power : default;

    [Benchmark]
    [BenchmarkCategory("Parse")]
    public Power Parse_PowerKilowattsNoSpace() => Power.Parse("1.2kW", CultureInfo.InvariantCulture);

    private static bool IsBelow<T>(T left, T right)
        where T : IComparable<T> => left.CompareTo(right) < 0;
}
