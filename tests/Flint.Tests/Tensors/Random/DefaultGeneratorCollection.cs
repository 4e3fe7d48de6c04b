namespace Flint.Tests.Tensors.Random;

/// <summary>
/// Tests that seed or draw from <see cref="Generator.Default"/> (directly or through <c>Torch.Rand</c> and
/// friends without a generator) join this collection: it runs alone, so no other test draws in between.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DefaultGeneratorCollection
{
    public const string Name = "Default generator";
}
