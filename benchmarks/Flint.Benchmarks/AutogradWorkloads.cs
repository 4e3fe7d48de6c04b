using Flint;

namespace Flint.Benchmarks;

/// <summary>
/// Autograd's per-op overhead: a one-element multiplication recorded and differentiated (MulBackward0, then the
/// leaf's accumulation), against the same multiplication without a graph. 1000 of each per run, so that the time
/// per run in ms is the time per op in µs. Same names in benchmarks/torch/core.py.
/// </summary>
internal static class AutogradWorkloads
{
    const int Steps = 1000;

    public static Workload[] Create()
    {
        var leaf = Torch.Ones([1], requiresGrad: true);
        var plain = Torch.Ones([1]);
        return
        [
            new("mul 1-element x1000 (no grad)", () =>
            {
                for (int i = 0; i < Steps; i++) _ = plain * plain;
            }),
            new("mul 1-element x1000 (record+backward)", () =>
            {
                for (int i = 0; i < Steps; i++) (leaf * leaf).Backward();
            }),
        ];
    }
}
