using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Flint.Benchmarks;

/// <summary>
/// A running PyTorch script from benchmarks/torch that measures one named workload per request, so that
/// each workload is timed in PyTorch right before Flint times it: on a shared, noisy machine the two
/// measurements of a ratio then see the same load.
/// </summary>
internal sealed class TorchReference : IDisposable
{
    readonly Process process;

    TorchReference(Process process) => this.process = process;

    /// <summary>Starts <paramref name="script"/>; null (with a notice) when /usr/bin/python3 cannot run it.</summary>
    public static TorchReference? Start(string script, int threads, int repeats)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            ArgumentList = { script, threads.ToString(CultureInfo.InvariantCulture), repeats.ToString(CultureInfo.InvariantCulture) },
        };
        start.Environment["OMP_NUM_THREADS"] = threads.ToString(CultureInfo.InvariantCulture);
        try
        {
            return new TorchReference(Process.Start(start)!);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine("PyTorch reference skipped: /usr/bin/python3 is not available.");
            return null;
        }
    }

    /// <summary>Median seconds of the workload in PyTorch, or null when the script does not know it or has failed.</summary>
    public double? Measure(string name)
    {
        if (process.HasExited) return null;
        process.StandardInput.WriteLine(name);
        process.StandardInput.Flush();
        string? line = process.StandardOutput.ReadLine();
        if (line is null) return null;
        using var document = JsonDocument.Parse(line);
        return document.RootElement.ValueKind == JsonValueKind.Number ? document.RootElement.GetDouble() : null;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.StandardInput.Close();
            process.WaitForExit();
        }
        process.Dispose();
    }
}
