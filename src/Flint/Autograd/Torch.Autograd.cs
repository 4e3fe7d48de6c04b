using Flint.Autograd;

namespace Flint;

public static partial class Torch
{
    /// <summary>PyTorch's <c>torch.autograd</c>: backward passes that accumulate into leaves, or return gradients.</summary>
    public static partial class Autograd
    {
        /// <summary>
        /// Accumulates the gradients of <paramref name="tensors"/> (weighted by <paramref name="gradTensors"/>; one-element
        /// tensors may omit theirs) into the <c>Grad</c> of the graph's leaves, or only of <paramref name="inputs"/>.
        /// </summary>
        public static void Backward(Tensor[] tensors, Tensor?[]? gradTensors = null, bool? retainGraph = null, bool createGraph = false,
            Tensor[]? inputs = null)
        {
            if (inputs is { Length: 0 }) throw new ArgumentException("'inputs' argument to backward() cannot be empty.");
            var grads = MakeGrads(tensors, gradTensors);
            var roots = RootEdges(tensors);
            if (inputs is null)
            {
                Engine.Execute(roots, grads, retainGraph ?? createGraph, createGraph);
                return;
            }
            // Leaves accumulate through their own nodes; other inputs receive what arrives at their edge.
            var targets = new HashSet<GradFn>();
            var captured = new List<(Tensor Input, Edge Edge)>();
            foreach (var input in inputs)
            {
                var edge = InputEdge(input);
                if (input.IsLeaf) targets.Add(edge.Function!);
                else captured.Add((input, edge));
            }
            var arrived = Engine.Execute(roots, grads, retainGraph ?? createGraph, createGraph, captured.Select(c => c.Edge).ToArray(), targets);
            for (int i = 0; i < captured.Count; i++)
            {
                if (arrived[i] is not { } grad) continue;
                var input = captured[i].Input;
                input.Grad = input.Grad is null ? grad.Clone() : input.Grad + grad;
            }
        }

        /// <summary>
        /// The gradients of <paramref name="outputs"/> (weighted by <paramref name="gradOutputs"/>) with respect to each of
        /// <paramref name="inputs"/>, without touching any <c>Grad</c>. With <paramref name="createGraph"/>, the result has
        /// a graph of its own (for higher derivatives). An input the outputs do not depend on is an error unless
        /// <paramref name="allowUnused"/>, which gives null for it.
        /// </summary>
        public static Tensor?[] Grad(Tensor[] outputs, Tensor[] inputs, Tensor?[]? gradOutputs = null, bool? retainGraph = null,
            bool createGraph = false, bool allowUnused = false)
        {
            var grads = MakeGrads(outputs, gradOutputs);
            var captures = Array.ConvertAll(inputs, InputEdge);
            var results = Engine.Execute(RootEdges(outputs), grads, retainGraph ?? createGraph, createGraph, captures);
            if (!allowUnused && Array.Exists(results, r => r is null))
                throw new InvalidOperationException(
                    "One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.");
            return results;
        }

        /// <summary>The one-output, one-input form: <c>Torch.Autograd.Grad(y, x)[0]</c>, as in PyTorch.</summary>
        public static Tensor?[] Grad(Tensor output, Tensor input, Tensor? gradOutput = null, bool? retainGraph = null,
            bool createGraph = false, bool allowUnused = false) =>
            Grad([output], [input], gradOutput is null ? null : [gradOutput], retainGraph, createGraph, allowUnused);

        static Edge InputEdge(Tensor input)
        {
            if (!input.RequiresGrad) throw new InvalidOperationException("One of the differentiated Tensors does not require grad");
            return input.GradientEdge;
        }

        static Edge[] RootEdges(Tensor[] tensors)
        {
            var edges = new Edge[tensors.Length];
            for (int i = 0; i < tensors.Length; i++)
            {
                if (!tensors[i].RequiresGrad)
                    throw new InvalidOperationException($"element {i} of tensors does not require grad and does not have a grad_fn");
                edges[i] = tensors[i].GradientEdge;
            }
            return edges;
        }

        /// <summary>PyTorch's <c>_make_grads</c>: ones for one-element outputs without a gradient, and the shape checks.</summary>
        static Tensor[] MakeGrads(Tensor[] outputs, Tensor?[]? gradOutputs)
        {
            if (gradOutputs is not null && gradOutputs.Length != outputs.Length)
                throw new ArgumentException($"grad_tensors has {gradOutputs.Length} elements but tensors has {outputs.Length}");
            var grads = new Tensor[outputs.Length];
            for (int i = 0; i < outputs.Length; i++)
            {
                var output = outputs[i];
                if (gradOutputs?[i] is { } grad)
                {
                    if (grad.Shape != output.Shape)
                        throw new ArgumentException(
                            $"Mismatch in shape: grad_output[{i}] has a shape of {grad.Shape} and output[{i}] has a shape of {output.Shape}.");
                    grads[i] = grad.DType == output.DType ? grad : grad.To(output.DType);
                    continue;
                }
                if (output.RequiresGrad && output.Numel != 1)
                    throw new InvalidOperationException("grad can be implicitly created only for scalar outputs");
                grads[i] = OnesLike(output);
            }
            return grads;
        }
    }
}
