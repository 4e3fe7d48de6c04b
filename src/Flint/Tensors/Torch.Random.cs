namespace Flint;

public static partial class Torch
{
    /// <summary>The generator random functions use when none is given (<c>torch.default_generator</c>).</summary>
    public static Generator DefaultGenerator => Generator.Default;

    /// <summary>Seeds the default generator (<c>torch.manual_seed</c>) and returns it.</summary>
    public static Generator ManualSeed(long seed) => Generator.Default.ManualSeed(seed);

    /// <summary>Seeds the default generator non-deterministically and returns the seed (<c>torch.seed</c>).</summary>
    public static long Seed() => Generator.Default.Seed();

    /// <summary>The default generator's seed (<c>torch.initial_seed</c>).</summary>
    public static long InitialSeed() => Generator.Default.InitialSeed;
}
