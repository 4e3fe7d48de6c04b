namespace Flint.Tests;

/// <summary>Tests that change process-wide settings (default dtype, threads, print options) run alone.</summary>
[CollectionDefinition("GlobalState", DisableParallelization = true)]
public sealed class GlobalStateCollection;
