namespace Flint;

public static partial class Torch
{
    public static partial class Autograd
    {
        /// <summary>
        /// PyTorch's <c>torch.autograd.functional</c>: Jacobians, Hessians and their products for a function of tensors,
        /// built on <see cref="Grad(Tensor[], Tensor[], Tensor?[], bool?, bool, bool)"/>. The function is evaluated on fresh
        /// leaves that require grad; without <c>createGraph</c> the results are detached.
        /// </summary>
        public static class Functional
        {
            /// <summary>d func / d input, of shape <c>output.shape + input.shape</c>.</summary>
            public static Tensor Jacobian(Func<Tensor, Tensor> func, Tensor input, bool createGraph = false) =>
                Jacobian(x => [func(x[0])], [input], createGraph)[0][0];

            /// <summary>The Jacobian of every output with respect to every input: <c>result[i][j]</c> = d output_i / d input_j.</summary>
            public static Tensor[][] Jacobian(Func<Tensor[], Tensor[]> func, Tensor[] inputs, bool createGraph = false)
            {
                var leaves = Leaves(inputs, createGraph);
                var outputs = func(leaves);
                var result = new Tensor[outputs.Length][];
                for (int i = 0; i < outputs.Length; i++)
                {
                    var flat = outputs[i].Reshape(-1);
                    var rows = leaves.Select(_ => new List<Tensor>()).ToArray();
                    for (long r = 0; r < flat.Numel; r++)
                    {
                        var grads = flat.RequiresGrad
                            ? Grad([flat.Select(0, r)], leaves, retainGraph: true, createGraph: createGraph, allowUnused: true)
                            : new Tensor?[leaves.Length];
                        for (int j = 0; j < leaves.Length; j++) rows[j].Add(grads[j] ?? ZerosLike(leaves[j]));
                    }
                    result[i] = new Tensor[leaves.Length];
                    for (int j = 0; j < leaves.Length; j++)
                        result[i][j] = Finish(StackRows(rows[j], leaves[j]).Reshape([.. outputs[i].Shape.ToArray(), .. leaves[j].Shape.ToArray()]), createGraph);
                }
                return result;
            }

            /// <summary>The Hessian of a scalar function: d² func / d input², of shape <c>input.shape + input.shape</c>.</summary>
            public static Tensor Hessian(Func<Tensor, Tensor> func, Tensor input, bool createGraph = false) =>
                Hessian(x => func(x[0]), [input], createGraph)[0][0];

            /// <summary><c>result[i][j]</c> = d² func / d input_i d input_j.</summary>
            public static Tensor[][] Hessian(Func<Tensor[], Tensor> func, Tensor[] inputs, bool createGraph = false) =>
                Jacobian(x => Gradients([func(x)], x, createGraph: true), inputs, createGraph);

            /// <summary>The function's output and the vector-Jacobian product <c>v · d func / d input</c>.</summary>
            public static (Tensor Output, Tensor Vjp) Vjp(Func<Tensor, Tensor> func, Tensor input, Tensor? v = null, bool createGraph = false)
            {
                var (outputs, vjps) = Vjp(x => [func(x[0])], [input], v is null ? null : [v], createGraph);
                return (outputs[0], vjps[0]);
            }

            public static (Tensor[] Outputs, Tensor[] Vjps) Vjp(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[]? v = null, bool createGraph = false)
            {
                var leaves = Leaves(inputs, createGraph);
                var outputs = func(leaves);
                var vjps = Gradients(outputs, leaves, v, createGraph);
                return (Array.ConvertAll(outputs, o => Finish(o, createGraph)), Array.ConvertAll(vjps, g => Finish(g, createGraph)));
            }

            /// <summary>
            /// The function's output and the Jacobian-vector product <c>d func / d input · v</c>, computed with the double-backward
            /// trick: the vjp with a dummy vector u is linear in u, and its gradient with respect to u, weighted by v, is the jvp.
            /// </summary>
            public static (Tensor Output, Tensor Jvp) Jvp(Func<Tensor, Tensor> func, Tensor input, Tensor? v = null, bool createGraph = false)
            {
                var (outputs, jvps) = Jvp(x => [func(x[0])], [input], v is null ? null : [v], createGraph);
                return (outputs[0], jvps[0]);
            }

            public static (Tensor[] Outputs, Tensor[] Jvps) Jvp(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[]? v = null, bool createGraph = false)
            {
                var leaves = Leaves(inputs, createGraph);
                var outputs = func(leaves);
                var dummies = Array.ConvertAll(outputs, o => ZerosLike(o).RequiresGrad_());
                var vjps = Gradients(outputs, leaves, dummies, createGraph: true);
                var jvps = Gradients(vjps, dummies, v ?? Array.ConvertAll(leaves, x => OnesLike(x)), createGraph);
                return (Array.ConvertAll(outputs, o => Finish(o, createGraph)), Array.ConvertAll(jvps, g => Finish(g, createGraph)));
            }

            /// <summary>The scalar function's output and the Hessian-vector product <c>H · v</c> (double backward, as PyTorch's <c>hvp</c>).</summary>
            public static (Tensor Output, Tensor Hvp) Hvp(Func<Tensor, Tensor> func, Tensor input, Tensor v, bool createGraph = false)
            {
                var leaf = Leaves([input], createGraph)[0];
                var output = func(leaf);
                var gradient = Gradients([output], [leaf], createGraph: true);
                var dummy = ZerosLike(leaf).RequiresGrad_();
                var doubleBack = Gradients(gradient, [leaf], [dummy], createGraph: true);
                var hvp = Gradients(doubleBack, [dummy], [v], createGraph)[0];
                return (Finish(output, createGraph), Finish(hvp, createGraph));
            }

            /// <summary>The scalar function's output and the vector-Hessian product <c>v · H</c>.</summary>
            public static (Tensor Output, Tensor Vhp) Vhp(Func<Tensor, Tensor> func, Tensor input, Tensor v, bool createGraph = false)
            {
                var leaf = Leaves([input], createGraph)[0];
                var output = func(leaf);
                var gradient = Gradients([output], [leaf], createGraph: true);
                var vhp = Gradients(gradient, [leaf], [v], createGraph)[0];
                return (Finish(output, createGraph), Finish(vhp, createGraph));
            }

            /// <summary>The inputs as leaves that require grad (with a graph, views that keep the caller's history).</summary>
            static Tensor[] Leaves(Tensor[] inputs, bool createGraph) =>
                Array.ConvertAll(inputs, x => createGraph && x.RequiresGrad ? x.ViewAs(x) : x.Detach().RequiresGrad_());

            /// <summary>Gradients of <paramref name="outputs"/>, with zeros for inputs they do not depend on.</summary>
            static Tensor[] Gradients(Tensor[] outputs, Tensor[] inputs, Tensor[]? weights = null, bool createGraph = false)
            {
                var differentiable = outputs.Where(o => o.RequiresGrad).ToArray();
                if (differentiable.Length == 0) return Array.ConvertAll(inputs, x => ZerosLike(x));
                var used = weights?.Where((_, i) => outputs[i].RequiresGrad).ToArray();
                var grads = Grad(differentiable, inputs, used, retainGraph: true, createGraph: createGraph, allowUnused: true);
                return grads.Select((g, j) => g ?? ZerosLike(inputs[j])).ToArray();
            }

            static Tensor StackRows(List<Tensor> rows, Tensor like)
            {
                var result = Zeros([rows.Count, like.Numel], like.DType, like.Device);
                for (int r = 0; r < rows.Count; r++) result.Select(0, r).Copy_(rows[r].Reshape(-1));
                return result;
            }

            static Tensor Finish(Tensor tensor, bool createGraph) => createGraph ? tensor : tensor.Detach();
        }
    }
}
