using System.Globalization;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Reads a data file whole, refusing what is not a regular file (a named pipe would hang the tool, a device such as
/// <c>/dev/zero</c> never ends) and a file larger than the document limit, by its size, before reading it; a file that
/// grows past the limit while it is read is refused as well, so no more than the limit plus one byte is ever held.
/// </summary>
internal static class FileBytes
{
    /// <summary>The file's bytes, or null with the reason (for "cannot read 'x': reason.").</summary>
    /// <param name="path">The file.</param>
    /// <param name="limit">The largest size read, in bytes.</param>
    /// <param name="problem">Why the file was not read; null when it was.</param>
    /// <param name="limitName">What the limit is, for the message of a file over it ("for a document (...)").</param>
    public static byte[]? Read(string path, long limit, out string? problem, string limitName = DocumentLimit)
    {
        problem = null;
        limit = Math.Min(limit, Array.MaxLength - 1L);
        if (System.IO.Directory.Exists(path))
        {
            problem = "it is a directory, not a file";
            return null;
        }

        if (FileKinds.NotRegularBeforeOpening(path) is { } kind)
        {
            problem = NotRegular(kind);
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            if (FileKinds.NotRegularOnceOpen(stream.SafeFileHandle) is { } openKind)
            {
                problem = NotRegular(openKind);
                return null;
            }

            var length = stream.Length;
            if (length > limit)
            {
                problem = TooLarge(length.ToString("N0", CultureInfo.InvariantCulture), limit, limitName);
                return null;
            }

            return ReadUpTo(stream, (int)length, limit, limitName, out problem);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = "no such file";
        }
        catch (UnauthorizedAccessException)
        {
            problem = "access is denied";
        }
        catch (IOException exception)
        {
            problem = exception.Message.TrimEnd('.');
        }

        return null;
    }

    private static byte[]? ReadUpTo(FileStream stream, int expected, long limit, string limitName, out string? problem)
    {
        problem = null;
        var buffer = new byte[Math.Max(expected, 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > limit)
                {
                    problem = TooLarge("more than " + limit.ToString("N0", CultureInfo.InvariantCulture), limit, limitName);
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit + 1, Math.Max(total * 2L, 4096)));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                return total == buffer.Length ? buffer : buffer[..total];
            }

            total += read;
        }
    }

    private static string NotRegular(string kind) => $"it is {kind}, not a regular file; only regular files are read";

    /// <summary>The limit of a data file, as the size message names it.</summary>
    public const string DocumentLimit = "for a document (AiInfraJsonLimits.MaxDocumentSize)";

    private static string TooLarge(string size, long limit, string limitName) =>
        $"it is {size} bytes, larger than the limit of {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes {limitName}";
}
