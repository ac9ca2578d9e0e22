using System.Globalization;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// The hot paths allocate nothing: arithmetic, comparison, conversion, formatting into a span and parsing from a
/// span. Each is run once to warm up (static constructors, JIT), then 10,000 times while the thread's allocated
/// bytes are counted.
/// </summary>
public class AllocationTests
{
    private const int Iterations = 10_000;

    [Fact]
    public void Arithmetic_allocates_nothing()
    {
        var a = Power.FromKilowatts(1.2);
        var b = Power.FromWatts(700);
        var d = Duration.FromHours(2);
        AssertNoAllocation(() =>
        {
            var sum = Power.Zero;
            for (var i = 0; i < Iterations; i++)
            {
                sum += (a + b - (b * 0.5)) / 2;
                sum = -(-sum);
                _ = a / b;
                _ = a * d;
                _ = (a * d) / d;
                _ = Temperature.FromDegreesCelsius(20) + TemperatureDelta.FromKelvins(i);
                _ = Temperature.FromDegreesCelsius(20) - Temperature.FromKelvins(i);
            }

            return sum.Value;
        });
    }

    [Fact]
    public void Comparison_and_equality_allocate_nothing()
    {
        var a = Power.FromKilowatts(1.2);
        var b = Power.FromWatts(700);
        var tie = Power.FromWatts(1200);
        var celsius = Temperature.FromDegreesCelsius(20);
        var kelvins = Temperature.FromKelvins(293.15);
        AssertNoAllocation(() =>
        {
            var count = 0;
            for (var i = 0; i < Iterations; i++)
            {
                // Ties across units (equal base values) take the slower path that places the values exactly.
                count += a == tie ? 1 : 0;
                count += celsius.CompareTo(kelvins);
                count += a == b ? 1 : 0;
                count += a != b ? 1 : 0;
                count += a < b ? 1 : 0;
                count += a >= b ? 1 : 0;
                count += a.Equals(b) ? 1 : 0;
                count += a.Equals(b, Power.FromWatts(1)) ? 1 : 0;
                count += a.CompareTo(b);
                count += a.GetHashCode() & 1;
            }

            return count;
        });
    }

    [Fact]
    public void Conversion_allocates_nothing()
    {
        var a = Power.FromKilowatts(1.2);
        var t = Temperature.FromDegreesCelsius(20);
        AssertNoAllocation(() =>
        {
            var total = 0.0;
            for (var i = 0; i < Iterations; i++)
            {
                total += a.As(PowerUnit.Megawatt);
                total += a.ToUnit(PowerUnit.Watt).Value;
                total += a.Watts + a.Kilowatts;
                total += t.DegreesFahrenheit + t.ToUnit(TemperatureUnit.Kelvin).Value;
                total += new Power(i, PowerUnit.Milliwatt).Watts;
            }

            return total;
        });
    }

    [Fact]
    public void TryFormat_into_a_span_allocates_nothing()
    {
        var values = new[] { Power.FromKilowatts(1.2), Power.FromWatts(-700.125), Power.FromMegawatts(1e-300) };
        var temperature = Temperature.FromDegreesCelsius(-40.5);
        var culture = CultureInfo.GetCultureInfo("de-DE");
        AssertNoAllocation(() =>
        {
            Span<char> buffer = stackalloc char[64];
            var total = 0;
            for (var i = 0; i < Iterations; i++)
            {
                foreach (var value in values)
                {
                    total += value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) ? written : 0;
                    total += value.TryFormat(buffer, out written, "F2", culture) ? written : 0;
                }

                total += temperature.TryFormat(buffer, out var w, default, null) ? w : 0;
                total += Ratio.FromPercent(5).TryFormat(buffer, out w, default, null) ? w : 0;
                total += values[0].TryFormat(buffer[..3], out w, default, null) ? w : 0;
            }

            return total;
        });
    }

    [Fact]
    public void TryParse_from_a_span_allocates_nothing()
    {
        var culture = CultureInfo.GetCultureInfo("de-DE");
        AssertNoAllocation(() =>
        {
            var total = 0.0;
            for (var i = 0; i < Iterations; i++)
            {
                total += Power.TryParse("700 W".AsSpan(), CultureInfo.InvariantCulture, out var p) ? p.Value : 0;
                total += Power.TryParse("1,2 kW".AsSpan(), culture, out p) ? p.Value : 0;
                total += BitRate.TryParse("3.35 TB/s".AsSpan(), null, out var r) ? r.Value : 0;
                total += Temperature.TryParse("-40 °F".AsSpan(), null, out var t) ? t.Value : 0;
                total += Ratio.TryParse("0.5".AsSpan(), null, out var q) ? q.Value : 0;
                total += Power.TryParseUnit("kW".AsSpan(), null, out var unit) ? (int)unit : 0;
            }

            return total;
        });
    }

    [Fact]
    public void TryParse_from_a_span_allocates_nothing_when_case_decides_or_the_space_is_missing()
    {
        AssertNoAllocation(() =>
        {
            var total = 0.0;
            for (var i = 0; i < Iterations; i++)
            {
                total += Power.TryParse("700 w".AsSpan(), null, out var p) ? p.Value : 0;
                total += Power.TryParse("1.2kW".AsSpan(), null, out p) ? p.Value : 0;
                total += Information.TryParse("80GiB".AsSpan(), null, out var info) ? info.Value : 0;
            }

            return total;
        });
    }

    [Fact]
    public void TryParse_from_a_span_allocates_nothing_when_the_text_is_bad()
    {
        AssertNoAllocation(() =>
        {
            var failures = 0;
            for (var i = 0; i < Iterations; i++)
            {
                failures += Power.TryParse("700 XW".AsSpan(), null, out _) ? 0 : 1;
                failures += Power.TryParse("5 mw".AsSpan(), null, out _) ? 0 : 1;
                failures += Power.TryParse("700".AsSpan(), null, out _) ? 0 : 1;
                failures += Power.TryParse("NaN W".AsSpan(), null, out _) ? 0 : 1;
                failures += Power.TryParse("".AsSpan(), null, out _) ? 0 : 1;
                failures += Power.TryParse("700 V".AsSpan(), null, out _) ? 0 : 1;
            }

            return failures;
        });
    }

    /// <summary>Runs <paramref name="work"/> once to warm up, then again while counting this thread's allocations.</summary>
    private static void AssertNoAllocation(Func<double> work)
    {
        _ = work();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"{allocated} bytes allocated in {Iterations} iterations (result {result})");
    }
}
