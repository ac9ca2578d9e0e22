using System.Diagnostics;
using System.Net.Sockets;
using AiInfra.Domain.Cli.Documents;

namespace AiInfra.Domain.Cli.Tests;

/// <summary>
/// What is not a regular file is refused with a clear error, never read (a named pipe would hang the tool, a device
/// such as /dev/zero never ends), and a file over the document limit is refused by its size; the other files of the
/// run are still checked. Each run is guarded by a timeout, so a regression fails instead of hanging the test run.
/// </summary>
public class FileRefusalTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var fifo = MakeFifo(Path.Combine(temp.Path, "data.catalog.json"));

        var good = Cli.Fixture("good.catalog.json");
        var result = Guarded("validate", fifo, good);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal([$"aiinfra: error: cannot read '{fifo}': it is a named pipe (FIFO), not a regular file; only regular files are read."], result.ErrLines);
        Assert.Equal($"{good}: valid, a catalogue of 2 Accelerator entries.", result.OutLines[0]);
        Assert.Equal("2 files checked: 1 valid, 0 invalid (0 errors), 1 not read.", result.OutLines[^1]);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    [InlineData("/dev/urandom")]
    public void A_character_device_is_refused(string device)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(device))
        {
            return;
        }

        var result = Guarded("validate", "--type", "Accelerator", device);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal([$"aiinfra: error: cannot read '{device}': it is a character device, not a regular file; only regular files are read."], result.ErrLines);
    }

    [Fact]
    public void A_socket_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        var result = Guarded("audit", "--type", "Accelerator", path);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Contains("it is a socket, not a regular file", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_regular_file_is_read_and_a_link_to_a_pipe_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var link = Path.Combine(temp.Path, "link.catalog.json");
        File.CreateSymbolicLink(link, Cli.Fixture("good.catalog.json"));
        Assert.Equal(0, Guarded("validate", link).Code);

        var devices = Path.Combine(temp.Path, "zero.json");
        File.CreateSymbolicLink(devices, "/dev/zero");
        Assert.Contains("it is a character device", Guarded("validate", "-t", "Accelerator", devices).Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_document_limit_is_refused_by_its_size_and_the_next_file_is_read()
    {
        using var temp = new TempFolder();
        var big = Path.Combine(temp.Path, "big.catalog.json");
        using (var stream = File.Create(big))
        {
            // Sparse on the file systems that allow it: the size is what counts, and nothing of it is read.
            stream.SetLength(DocumentLoader.SizeLimit + 1);
        }

        var good = Cli.Fixture("good.catalog.json");
        var result = Guarded("validate", big, good);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal([$"aiinfra: error: cannot read '{big}': it is 67,108,865 bytes, larger than the limit of 67,108,864 bytes for a document (AiInfraJsonLimits.MaxDocumentSize)."], result.ErrLines);
        Assert.Equal("2 files checked: 1 valid, 0 invalid (0 errors), 1 not read.", result.OutLines[^1]);
    }

    [Fact]
    public void The_limit_is_exact_a_file_at_it_is_read_and_one_byte_more_is_not()
    {
        using var temp = new TempFolder();
        var at = temp.File("at.json", "0123456789");
        var over = temp.File("over.json", "0123456789A");
        Assert.Equal("0123456789"u8.ToArray(), FileBytes.Read(at, 10, out var none));
        Assert.Null(none);
        Assert.Null(FileBytes.Read(over, 10, out var problem));
        Assert.Equal("it is 11 bytes, larger than the limit of 10 bytes for a document (AiInfraJsonLimits.MaxDocumentSize)", problem);
        Assert.Equal(Array.Empty<byte>(), FileBytes.Read(temp.File("empty.json", string.Empty), 10, out _));
    }

    [Fact]
    public void The_built_tool_refuses_a_pipe_and_a_device_as_its_own_process()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        MakeFifo(Path.Combine(temp.Path, "pipe.catalog.json"));
        var result = Cli.RunProcess(temp.Path, "validate", "pipe.catalog.json", "/dev/zero");
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal(
            [
                "aiinfra: error: cannot read 'pipe.catalog.json': it is a named pipe (FIFO), not a regular file; only regular files are read.",
                "aiinfra: error: cannot read '/dev/zero': it is a character device, not a regular file; only regular files are read.",
            ],
            result.ErrLines);
    }

    /// <summary>Makes a named pipe with mkfifo(1); nothing ever writes to it.</summary>
    private static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Runs the tool in-process on another thread, failing the test if it does not finish within the guard.</summary>
    private static CliResult Guarded(params string[] args)
    {
        var run = Task.Run(() => Cli.Run(args));
        Assert.True(run.Wait(Guard), $"aiinfra {string.Join(' ', args)} did not finish in {Guard.TotalSeconds} s");
        return run.Result;
    }
}
