namespace AiInfra.Domain.Economics;

/// <summary>
/// Writes a <see cref="ReportingPeriod"/> in its canonical form ("2025-Q3", "2025-YTD-Q3", "FY2026-Q4@Feb") or its short
/// form ("3Q25", "9M25", "FY4Q26"), without allocating.
/// </summary>
internal static class ReportingPeriodFormatter
{
    /// <summary>More than the longest form, "FY9998-Q4@Sep/start-year" (24 characters).</summary>
    public const int MaxLength = 32;

    /// <summary>False for the canonical format (null, empty, "G"), true for the short one ("S", "short"); case-insensitive.</summary>
    /// <exception cref="FormatException">Any other format.</exception>
    public static bool IsShort(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format.Equals("G", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (format.Equals("S", StringComparison.OrdinalIgnoreCase) || format.Equals("short", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw new FormatException($"\"{format.ToString()}\" is not a format of ReportingPeriod; the formats are \"G\" (canonical, \"2025-Q3\") and \"S\" or \"short\" (\"3Q25\").");
    }

    public static bool TryFormat(ReportingPeriod period, Span<char> destination, out int charsWritten, bool isShort)
    {
        var writer = new Writer(destination);
        if (isShort)
        {
            WriteShort(ref writer, period);
        }
        else
        {
            WriteCanonical(ref writer, period);
        }

        charsWritten = writer.Succeeded ? writer.Position : 0;
        return writer.Succeeded;
    }

    private static void WriteCanonical(ref Writer writer, ReportingPeriod period)
    {
        switch (period.Kind)
        {
            case ReportingPeriodKind.CalendarQuarter:
                writer.Number(period.Year, 4);
                writer.Text("-Q");
                writer.Number(period.Number, 1);
                break;
            case ReportingPeriodKind.CalendarHalf:
                writer.Number(period.Year, 4);
                writer.Text("-H");
                writer.Number(period.Number, 1);
                break;
            case ReportingPeriodKind.CalendarYear:
                writer.Number(period.Year, 4);
                break;
            case ReportingPeriodKind.YearToDate:
                writer.Number(period.Year, 4);
                writer.Text("-YTD-Q");
                writer.Number(period.Number, 1);
                break;
            case ReportingPeriodKind.FiscalQuarter:
                writer.Text("FY");
                writer.Number(period.Year, 4);
                writer.Text("-Q");
                writer.Number(period.Number, 1);
                WriteCalendar(ref writer, period.FiscalCalendar.GetValueOrDefault());
                break;
            case ReportingPeriodKind.FiscalYear:
                writer.Text("FY");
                writer.Number(period.Year, 4);
                WriteCalendar(ref writer, period.FiscalCalendar.GetValueOrDefault());
                break;
        }
    }

    private static void WriteShort(ref Writer writer, ReportingPeriod period)
    {
        switch (period.Kind)
        {
            case ReportingPeriodKind.CalendarQuarter:
                writer.Number(period.Number, 1);
                writer.Text("Q");
                ShortYear(ref writer, period.Year);
                break;
            case ReportingPeriodKind.CalendarHalf:
                writer.Number(period.Number, 1);
                writer.Text("H");
                ShortYear(ref writer, period.Year);
                break;
            case ReportingPeriodKind.CalendarYear:
                // A bare two-digit year does not parse: "25" could be anything.
                writer.Number(period.Year, 4);
                break;
            case ReportingPeriodKind.YearToDate:
                writer.Number(3 * period.Number, 1);
                writer.Text("M");
                ShortYear(ref writer, period.Year);
                break;
            case ReportingPeriodKind.FiscalQuarter:
                writer.Text("FY");
                writer.Number(period.Number, 1);
                writer.Text("Q");
                ShortYear(ref writer, period.Year);
                break;
            case ReportingPeriodKind.FiscalYear:
                writer.Text("FY");
                ShortYear(ref writer, period.Year);
                break;
        }
    }

    // Two digits mean 2000 to 2099 when parsed, so only those years are shortened.
    private static void ShortYear(ref Writer writer, int year)
    {
        if (year is >= 2000 and <= 2099)
        {
            writer.Number(year - 2000, 2);
        }
        else
        {
            writer.Number(year, 4);
        }
    }

    private static void WriteCalendar(ref Writer writer, FiscalCalendar calendar)
    {
        writer.Text("@");
        writer.Text(calendar.MonthAbbreviation);
        if (calendar.Naming == FiscalYearNaming.StartYear)
        {
            writer.Text(FiscalCalendar.StartYearSuffix);
        }
    }

    private ref struct Writer(Span<char> destination)
    {
        private readonly Span<char> _destination = destination;

        public int Position { get; private set; }

        public bool Succeeded { get; private set; } = true;

        public void Text(string text)
        {
            if (Succeeded && text.AsSpan().TryCopyTo(_destination[Position..]))
            {
                Position += text.Length;
            }
            else
            {
                Succeeded = false;
            }
        }

        // A non-negative number, with leading zeros up to minDigits digits.
        public void Number(int value, int minDigits)
        {
            Span<char> digits = stackalloc char[8];
            var length = 0;
            do
            {
                digits[length++] = (char)('0' + (value % 10));
                value /= 10;
            }
            while (value > 0 || length < minDigits);

            if (!Succeeded || _destination.Length - Position < length)
            {
                Succeeded = false;
                return;
            }

            for (var i = length - 1; i >= 0; i--)
            {
                _destination[Position++] = digits[i];
            }
        }
    }
}
