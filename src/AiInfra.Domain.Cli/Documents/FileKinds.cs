using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Tells a regular file from what only looks like one: a named pipe (FIFO), a character or block device, a socket.
/// Reading such a thing hangs (a FIFO waits for a writer) or never ends (<c>/dev/zero</c>), and .NET has no public API
/// for a file's type (dotnet/runtime#85148), so this asks the operating system: on Unix the <c>stat</c> of the .NET
/// runtime's own native library (whose result has the same layout on every Unix the runtime supports), on Windows
/// <c>GetFileType</c> of the opened handle.
/// </summary>
internal static partial class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>
    /// On Unix, before the file is opened: null for a regular file (or when its type cannot be told: the open that
    /// follows reports any problem); otherwise what it is, such as "a named pipe (FIFO)".
    /// </summary>
    public static string? NotRegularBeforeOpening(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = new FileStatus();
        if (Stat(path, ref status) != 0)
        {
            return null;
        }

        return (status.Mode & TypeMask) switch
        {
            Regular => null,
            Fifo => "a named pipe (FIFO)",
            CharacterDevice => "a character device",
            BlockDevice => "a block device",
            Directory => "a directory",
            Socket => "a socket",
            _ => "not a regular file",
        };
    }

    /// <summary>On Windows, after the file is opened: null for a file on disk; otherwise what it is.</summary>
    public static string? NotRegularOnceOpen(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsWindows())
        {
            return null;
        }

        return GetFileType(handle) switch
        {
            1 => null,
            2 => "a character device",
            3 => "a pipe",
            _ => "not a file on disk",
        };
    }

    /// <summary>
    /// SystemNative_Stat's result (runtime/src/native/libs/System.Native/pal_io.h): Flags, then Mode, the st_mode of
    /// stat(2), then fields this tool does not read; the buffer is larger than the runtime's struct so it never overflows.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref FileStatus status);

    [LibraryImport("kernel32.dll")]
    private static partial int GetFileType(SafeFileHandle handle);
}
