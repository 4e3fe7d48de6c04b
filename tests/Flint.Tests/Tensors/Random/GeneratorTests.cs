using Flint.Tensors.Random;

namespace Flint.Tests.Tensors.Random;

[Collection(DefaultGeneratorCollection.Name)]
public class GeneratorTests
{
    // at::mt19937 seeds exactly like std::mt19937, so with std's default seed 5489 it must give std's outputs.
    [Fact]
    public void MersenneTwisterMatchesReferenceOutputs()
    {
        var engine = new MersenneTwister(5489);
        uint[] expected = [3499211612, 581869302, 3890346734, 3586334585, 545404204];
        foreach (uint word in expected) Assert.Equal(word, engine.NextUInt32());
        // The 10000th output of the default-seeded mt19937 is fixed by the C++ standard.
        for (int i = expected.Length; i < 9999; i++) engine.NextUInt32();
        Assert.Equal(4123659995u, engine.NextUInt32());
    }

    [Fact]
    public void NewGeneratorUsesPyTorchsDefaultSeed()
    {
        Assert.Equal(67280421310721, new Generator().InitialSeed);
        Assert.Equal(Generator.DefaultSeed, new Generator().InitialSeed);
    }

    [Fact]
    public void InitialSeedKeepsAllSixtyFourBits()
    {
        Assert.Equal(-1, new Generator(-1).InitialSeed);
        Assert.Equal(1L << 40, new Generator().ManualSeed(1L << 40).InitialSeed);
    }

    [Fact]
    public void ManualSeedRestartsTheSequenceAndDropsTheCachedNormal()
    {
        var generator = new Generator(7);
        var first = new double[3];
        Distributions.Normal<double>(first, 0, 1, generator); // leaves a cached sample behind
        generator.ManualSeed(7);
        var again = new double[3];
        Distributions.Normal<double>(again, 0, 1, generator);
        Assert.Equal(first, again);
    }

    [Fact]
    public void SeedReseedsNonDeterministically()
    {
        var generator = new Generator();
        long seed = generator.Seed();
        Assert.Equal(seed, generator.InitialSeed);
        Assert.True(seed >= 0);
        AssertSameStream(generator, new Generator(seed));
    }

    [Fact]
    public void StateRoundTripsIncludingTheCachedNormalSample()
    {
        var generator = new Generator(3);
        var warmup = new double[1];
        Distributions.Normal<double>(warmup, 0, 1, generator); // caches the sine sample
        byte[] state = generator.GetState();
        Assert.Equal(Generator.StateSize, state.Length);
        var restored = new Generator().SetState(state);
        Assert.Equal(3, restored.InitialSeed);
        AssertSameStream(generator, restored);
    }

    [Fact]
    public void CloneContinuesIdentically()
    {
        var generator = new Generator(11);
        Distributions.Uniform<float>(new float[700], 0, 1, generator);
        AssertSameStream(generator, generator.Clone());
    }

    /// <summary>Both generators give the same normals (first the cached one, if any) and then the same integers.</summary>
    static void AssertSameStream(Generator a, Generator b)
    {
        double[] normalsA = new double[5], normalsB = new double[5];
        Distributions.Normal<double>(normalsA, 0, 1, a);
        Distributions.Normal<double>(normalsB, 0, 1, b);
        Assert.Equal(normalsA, normalsB);
        long[] integersA = new long[20], integersB = new long[20];
        Distributions.RandomFrom<long>(integersA, 0, 1000, a);
        Distributions.RandomFrom<long>(integersB, 0, 1000, b);
        Assert.Equal(integersA, integersB);
    }

    [Fact]
    public void SetStateRejectsWrongSizesAndInvalidStates()
    {
        var generator = new Generator();
        Assert.Throws<ArgumentException>(() => generator.SetState(new byte[10]));
        Assert.Throws<ArgumentException>(() => generator.SetState(new byte[Generator.StateSize])); // not seeded, left = 0
    }

    [Fact]
    public void TorchSeedingGoesToTheDefaultGenerator()
    {
        Assert.Same(Generator.Default, Torch.ManualSeed(42));
        Assert.Same(Generator.Default, Torch.DefaultGenerator);
        Assert.Equal(42, Torch.InitialSeed());
        long seed = Torch.Seed();
        Assert.Equal(seed, Torch.InitialSeed());
    }

    [Fact]
    public void ParallelFillsOnTheDefaultGeneratorNeverInterleave()
    {
        // Each fill holds the lock for its whole span, so every fill gets a contiguous run of the
        // stream: together the fills hold exactly the numbers a serial draw of the same total gives.
        const int fills = 64, perFill = 1000;
        Torch.ManualSeed(123);
        var chunks = new long[fills][];
        Parallel.For(0, fills, i =>
        {
            var chunk = new long[perFill];
            Distributions.RandomFrom<long>(chunk, 0, long.MaxValue, Generator.Default);
            chunks[i] = chunk;
        });
        var serial = new long[fills * perFill];
        Distributions.RandomFrom<long>(serial, 0, long.MaxValue, new Generator(123));

        var serialRuns = Enumerable.Range(0, fills).ToDictionary(i => serial[i * perFill], i => serial.AsSpan(i * perFill, perFill).ToArray());
        foreach (var chunk in chunks)
        {
            Assert.True(serialRuns.TryGetValue(chunk[0], out var run), "a fill does not start at a fill boundary of the serial stream");
            Assert.Equal(run, chunk);
        }
        Assert.Equal(fills, chunks.Select(c => c[0]).Distinct().Count());
    }
}
