using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Flint.Benchmarks;

/// <summary>Runs a PyTorch script from benchmarks/torch and reads the medians it prints as JSON.</summary>
internal static class TorchReference
{
    public static Dictionary<string, double>? Measure(string script, int threads, int repeats, string filter)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { script, threads.ToString(CultureInfo.InvariantCulture), repeats.ToString(CultureInfo.InvariantCulture), filter },
        };
        start.Environment["OMP_NUM_THREADS"] = threads.ToString(CultureInfo.InvariantCulture);
        try
        {
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            string errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"PyTorch reference failed ({script}): {errors.Trim()}");
                return null;
            }
            return JsonSerializerHelpers.ParseDoubles(output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine("PyTorch reference skipped: /usr/bin/python3 is not available.");
            return null;
        }
    }
}

internal static class JsonSerializerHelpers
{
    public static Dictionary<string, double> ParseDoubles(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
    }
}
