namespace Flint.Autograd;

/// <summary>
/// Counts in-place modifications of a storage region. A tensor and all its views share one counter,
/// so autograd can detect that a tensor it saved was modified after it was saved.
/// </summary>
public sealed class VersionCounter
{
    int version;

    public int Version => Volatile.Read(ref version);

    public void Bump() => Interlocked.Increment(ref version);
}
