namespace AiInfra.Domain.Tests.Calculators;

/// <summary>Relative comparisons for calculator results.</summary>
internal static class Approx
{
    /// <summary>
    /// Asserts |actual − expected| ≤ relative × |expected|. Formulas evaluated two ways in double (the calculator's
    /// order of operations and the test's) agree to a few units in the last place, so 1e-12 is the default: tight
    /// enough that any change of formula or constant fails.
    /// </summary>
    public static void Equal(double expected, double actual, double relative = 1e-12)
    {
        var tolerance = relative * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= tolerance,
            $"Expected {expected:R} ± {tolerance:R} (relative {relative:R}), got {actual:R}.");
    }

    /// <summary>Asserts |actual − expected| ≤ absolute.</summary>
    public static void Within(double expected, double actual, double absolute)
    {
        Assert.True(Math.Abs(actual - expected) <= absolute,
            $"Expected {expected:R} ± {absolute:R}, got {actual:R}.");
    }

    /// <summary>Asserts that an action throws an ArgumentException (or subclass) naming the parameter and mentioning the range.</summary>
    public static TException Throws<TException>(Action action, string parameterName, params string[] messageParts)
        where TException : ArgumentException
    {
        var e = Assert.Throws<TException>(action);
        Assert.Equal(parameterName, e.ParamName);
        foreach (var part in messageParts)
        {
            Assert.Contains(part, e.Message, StringComparison.Ordinal);
        }

        return e;
    }
}
