namespace Flint.Autograd;

/// <summary>
/// Checks gradients against finite differences, as <c>torch.autograd.gradcheck</c> and <c>gradgradcheck</c> do: the
/// Jacobian that backward passes give (one row per output element) must match central differences
/// <c>(f(x + eps) - f(x - eps)) / 2eps</c> within <c>atol + rtol · |numerical|</c>. Use float64 inputs.
/// </summary>
public static class GradCheck
{
    /// <summary>Checks the first derivatives of <paramref name="function"/> with respect to the inputs that require grad.</summary>
    public static bool Check(Func<Tensor[], Tensor> function, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3,
        bool raiseException = true) =>
        Check(x => [function(x)], inputs, eps, atol, rtol, raiseException);

    public static bool Check(Func<Tensor[], Tensor[]> function, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3,
        bool raiseException = true)
    {
        var outputs = function(inputs);
        int[] differentiable = Enumerable.Range(0, inputs.Length).Where(j => inputs[j].RequiresGrad).ToArray();
        if (differentiable.Length == 0) throw new ArgumentException("gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.");
        for (int i = 0; i < outputs.Length; i++)
        {
            if (!outputs[i].IsFloatingPoint) continue;
            var analytical = AnalyticalJacobians(outputs[i], inputs, differentiable);
            CheckMultipliedByGradOutput(outputs[i], inputs, differentiable);
            for (int k = 0; k < differentiable.Length; k++)
            {
                var numerical = NumericalJacobian(function, inputs, i, inputs[differentiable[k]], eps);
                if (AllClose(analytical[k], numerical, atol, rtol)) continue;
                if (!raiseException) return false;
                throw new InvalidOperationException(
                    $"Jacobian mismatch for output {i} with respect to input {differentiable[k]},\n" +
                    $"numerical:{AsTensor(numerical)}\nanalytical:{AsTensor(analytical[k])}\n");
            }
        }
        return true;
    }

    /// <summary>
    /// Checks the second derivatives: the gradients of <paramref name="function"/>, taken with a graph and weighted by
    /// <paramref name="gradOutputs"/> (random float64 by default), are checked as a function of the inputs and those weights.
    /// </summary>
    public static bool GradGradCheck(Func<Tensor[], Tensor> function, Tensor[] inputs, Tensor[]? gradOutputs = null, double eps = 1e-6,
        double atol = 1e-5, double rtol = 1e-3, bool raiseException = true) =>
        GradGradCheck(x => [function(x)], inputs, gradOutputs, eps, atol, rtol, raiseException);

    public static bool GradGradCheck(Func<Tensor[], Tensor[]> function, Tensor[] inputs, Tensor[]? gradOutputs = null, double eps = 1e-6,
        double atol = 1e-5, double rtol = 1e-3, bool raiseException = true)
    {
        var weights = gradOutputs ?? RandomGradOutputs(function(inputs));
        foreach (var weight in weights)
            if (weight.IsLeaf && !weight.RequiresGrad) weight.RequiresGrad_();
        int count = inputs.Length;
        Tensor[] Gradients(Tensor[] all)
        {
            var outputs = function(all[..count]).Where(o => o.IsFloatingPoint).ToArray();
            var differentiable = all[..count].Where(x => x.RequiresGrad).ToArray();
            var grads = Torch.Autograd.Grad(outputs, differentiable, all[count..], createGraph: true, allowUnused: true);
            return grads.Where(g => g is not null).Select(g => g!).ToArray();
        }
        return Check(Gradients, [.. inputs, .. weights], eps, atol, rtol, raiseException);
    }

    /// <summary>Normal float64 weights from a fixed seed, so that a check is reproducible.</summary>
    static Tensor[] RandomGradOutputs(Tensor[] outputs)
    {
        var generator = new Generator(0);
        return outputs.Where(o => o.IsFloatingPoint)
            .Select(o => Torch.Randn(o.Shape.ToArray(), dtype: DType.Float64, generator: generator).To(o.DType)).ToArray();
    }

    /// <summary>Row r of d output / d input: the backward pass of a one-hot gradient at output element r.</summary>
    static double[][,] AnalyticalJacobians(Tensor output, Tensor[] inputs, int[] differentiable)
    {
        long outputCount = output.Numel;
        var jacobians = differentiable.Select(j => new double[inputs[j].Numel, outputCount]).ToArray();
        if (!output.RequiresGrad) return jacobians;
        for (long r = 0; r < outputCount; r++)
        {
            var oneHot = new double[outputCount];
            oneHot[r] = 1;
            var gradOutput = Torch.FromArray(oneHot).View(output.Shape.ToArray()).To(output.DType);
            var grads = Torch.Autograd.Grad([output], differentiable.Select(j => inputs[j]).ToArray(), [gradOutput], retainGraph: true, allowUnused: true);
            for (int k = 0; k < grads.Length; k++)
            {
                if (grads[k] is not { } grad) continue;
                double[] values = grad.ToArray<double>();
                for (long c = 0; c < values.LongLength; c++) jacobians[k][c, r] = values[c];
            }
        }
        return jacobians;
    }

    /// <summary>A backward pass with a zero gradient must give zero gradients (else backward ignores its incoming gradient).</summary>
    static void CheckMultipliedByGradOutput(Tensor output, Tensor[] inputs, int[] differentiable)
    {
        if (!output.RequiresGrad) return;
        var grads = Torch.Autograd.Grad([output], differentiable.Select(j => inputs[j]).ToArray(), [Torch.ZerosLike(output)],
            retainGraph: true, allowUnused: true);
        foreach (var grad in grads)
            if (grad is not null && grad.ToArray<double>().Any(v => v != 0))
                throw new InvalidOperationException("backward not multiplied by grad_output");
    }

    /// <summary>Column c of d output / d input: central differences of the output around input element c.</summary>
    static double[,] NumericalJacobian(Func<Tensor[], Tensor[]> function, Tensor[] inputs, int outputIndex, Tensor input, double eps)
    {
        var elements = ElementAliases(input);
        var jacobian = new double[elements.Length, 0];
        for (int c = 0; c < elements.Length; c++)
        {
            double original = elements[c].Item<double>();
            elements[c].Fill_(original - eps);
            double[] minus = Evaluate(function, inputs, outputIndex);
            elements[c].Fill_(original + eps);
            double[] plus = Evaluate(function, inputs, outputIndex);
            elements[c].Fill_(original);
            if (c == 0) jacobian = new double[elements.Length, plus.Length];
            for (int r = 0; r < plus.Length; r++) jacobian[c, r] = (plus[r] - minus[r]) / (2 * eps);
        }
        return jacobian;
    }

    static double[] Evaluate(Func<Tensor[], Tensor[]> function, Tensor[] inputs, int outputIndex) =>
        function(inputs)[outputIndex].ToArray<double>();

    /// <summary>
    /// One 0-d handle per element of <paramref name="input"/>, in row-major order, over its storage but with a version
    /// counter of their own (like PyTorch's <c>.data</c>): perturbing through them leaves saved tensors valid.
    /// </summary>
    static Tensor[] ElementAliases(Tensor input)
    {
        var layout = input.Layout;
        var aliases = new Tensor[layout.Numel];
        var index = new long[layout.Rank];
        for (long i = 0; i < aliases.LongLength; i++)
        {
            aliases[i] = new Tensor(input.Storage, new Layout([], [], layout.StorageIndex(index)), new VersionCounter(), inference: false);
            for (int d = layout.Rank - 1; d >= 0; d--)
            {
                if (++index[d] < layout.Shape[d]) break;
                index[d] = 0;
            }
        }
        return aliases;
    }

    static bool AllClose(double[,] analytical, double[,] numerical, double atol, double rtol)
    {
        if (analytical.GetLength(0) != numerical.GetLength(0) || analytical.GetLength(1) != numerical.GetLength(1)) return numerical.Length == 0 && analytical.Length == 0;
        for (int c = 0; c < analytical.GetLength(0); c++)
            for (int r = 0; r < analytical.GetLength(1); r++)
            {
                double a = analytical[c, r], n = numerical[c, r];
                if (double.IsNaN(a) || double.IsNaN(n) || Math.Abs(a - n) > atol + rtol * Math.Abs(n)) return false;
            }
        return true;
    }

    static Tensor AsTensor(double[,] jacobian)
    {
        var flat = new double[jacobian.Length];
        Buffer.BlockCopy(jacobian, 0, flat, 0, flat.Length * sizeof(double));
        return Torch.FromArray(flat, jacobian.GetLength(0), jacobian.GetLength(1));
    }
}
