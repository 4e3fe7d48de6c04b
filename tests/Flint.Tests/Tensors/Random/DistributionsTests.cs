using Flint.Tensors.Random;

namespace Flint.Tests.Tensors.Random;

/// <summary>Every span-level fill against PyTorch 1.13's numbers for the same seed, bit for bit.</summary>
public class DistributionsTests
{
    public static IEnumerable<object[]> Cases(string op) => RngGolden.CaseRows(c => RngGolden.FirstOp(c) == op);

    public static IEnumerable<object[]> UniformCases => Cases("uniform");
    public static IEnumerable<object[]> NormalCases => Cases("normal");
    public static IEnumerable<object[]> RandomCases => Cases("random").Concat(Cases("random_from"));
    public static IEnumerable<object[]> BernoulliCases => Cases("bernoulli_scalar").Concat(Cases("bernoulli_tensor"));
    public static IEnumerable<object[]> RandpermCases => Cases("randperm");
    public static IEnumerable<object[]> MultinomialCases => Cases("multinomial");
    public static IEnumerable<object[]> OtherCases =>
        Cases("exponential").Concat(Cases("geometric")).Concat(Cases("log_normal")).Concat(Cases("cauchy"));
    public static IEnumerable<object[]> SequenceCases => RngGolden.CaseRows(c => c.GetProperty("steps").GetArrayLength() > 1);

    [Theory, MemberData(nameof(UniformCases))]
    public void Uniform(int index, string name) => Replay(index, name);

    [Theory, MemberData(nameof(NormalCases))]
    public void Normal(int index, string name) => Replay(index, name);

    [Theory, MemberData(nameof(RandomCases))]
    public void Random(int index, string name) => Replay(index, name);

    [Theory, MemberData(nameof(BernoulliCases))]
    public void Bernoulli(int index, string name) => Replay(index, name);

    [Theory, MemberData(nameof(RandpermCases))]
    public void Randperm(int index, string name) => Replay(index, name);

    [Theory, MemberData(nameof(MultinomialCases))]
    public void Multinomial(int index, string name) => Replay(index, name);

    [Theory, MemberData(nameof(OtherCases))]
    public void ExponentialGeometricLogNormalCauchy(int index, string name) => Replay(index, name);

    [Theory, MemberData(nameof(SequenceCases))]
    public void SequenceCarriesStateAcrossCalls(int index, string name) => Replay(index, name);

    static void Replay(int index, string name)
    {
        _ = name; // shown in the test name only
        RngGolden.Replay(index, RngGolden.RunOnSpan);
    }

    [Fact]
    public void RandomFromRejectsEmptyAndOutOfRangeBounds()
    {
        var generator = new Generator(0);
        Assert.Throws<ArgumentException>(() => Distributions.RandomFrom<long>(new long[3], 5, 5, generator));
        Assert.Throws<ArgumentException>(() => Distributions.RandomFrom<byte>(new byte[3], -1, 10, generator));
        Assert.Throws<ArgumentException>(() => Distributions.RandomFrom<sbyte>(new sbyte[3], 0, 200, generator));
    }

    [Fact]
    public void BernoulliRejectsProbabilitiesOutsideZeroOne()
    {
        var generator = new Generator(0);
        Assert.Throws<ArgumentException>(() => Distributions.Bernoulli<float>(new float[3], 1.5, generator));
        Assert.Throws<ArgumentException>(() => Distributions.Bernoulli<float, double>(new float[2], new[] { 0.5, -0.1 }, generator));
        Assert.Throws<NotSupportedException>(() => Distributions.Bernoulli<Half>(new Half[2], 0.5, generator));
    }

    [Fact]
    public void MultinomialRejectsInvalidDistributions()
    {
        var generator = new Generator(0);
        Assert.Throws<ArgumentException>(() => Distributions.Multinomial<float>(new float[] { 0, 0 }, 1, 1, false, generator));
        Assert.Throws<ArgumentException>(() => Distributions.Multinomial<float>(new float[] { 1, -1 }, 1, 2, true, generator));
        Assert.Throws<ArgumentException>(() => Distributions.Multinomial<float>(new float[] { 1, 1 }, 1, 3, false, generator));
    }

    [Fact]
    public void UniformAndNormalRejectIntegerTypes()
    {
        var generator = new Generator(0);
        Assert.Throws<NotSupportedException>(() => Distributions.Uniform<int>(new int[2], 0, 1, generator));
        Assert.Throws<NotSupportedException>(() => Distributions.Normal<long>(new long[20], 0, 1, generator));
    }
}
