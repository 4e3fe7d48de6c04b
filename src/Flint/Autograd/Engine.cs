namespace Flint.Autograd;

/// <summary>
/// Runs a backward pass: an iterative walk of the graph in dependency order (a node runs once every node that
/// feeds it has run; among ready nodes the most recently created first, as PyTorch's CPU queue does). No recursion,
/// so graphs of any depth work. Each call keeps its state to itself, so independent graphs can run on several
/// threads at once.
/// </summary>
internal static class Engine
{
    /// <summary>
    /// Sends <paramref name="rootGrads"/> into <paramref name="roots"/> and propagates them. With
    /// <paramref name="captures"/>, returns the gradient arriving at each of those edges; then, as with
    /// <paramref name="targets"/> (accumulators to run), only the part of the graph leading to them runs.
    /// </summary>
    public static Tensor?[] Execute(Edge[] roots, Tensor[] rootGrads, bool keepGraph, bool createGraph,
        Edge[]? captures = null, IReadOnlySet<GradFn>? targets = null)
    {
        var dependencies = CountDependencies(roots);
        var needed = captures is null && targets is null ? null : NeededNodes(roots, captures ?? [], targets);
        var captured = new Tensor?[captures?.Length ?? 0];
        var buffers = new Dictionary<GradFn, Tensor?[]>();
        var ready = new PriorityQueue<GradFn, long>();

        using var mode = GradMode.Set(createGraph);
        for (int i = 0; i < roots.Length; i++) Deliver(roots[i], rootGrads[i]);
        while (ready.TryDequeue(out var node, out _))
        {
            var grads = buffers[node];
            buffers.Remove(node);
            if (captures is not null) Capture(node, grads);
            if (needed is not null && !needed.Contains(node)) continue;
            node.RunPreHooks(grads);
            var inputGrads = Array.TrueForAll(grads, g => g is null) ? new Tensor?[node.NextEdges.Length] : node.Apply(grads);
            if (!keepGraph) node.ReleaseVariables();
            Validate(node, inputGrads);
            for (int i = 0; i < inputGrads.Length; i++) Deliver(node.NextEdges[i], inputGrads[i]);
        }
        return captured;

        void Deliver(Edge edge, Tensor? grad)
        {
            if (edge.Function is not { } next) return;
            if (needed is not null && !needed.Contains(next) && !IsCaptured(next)) return;
            if (!buffers.TryGetValue(next, out var buffer))
                buffers[next] = buffer = new Tensor?[Math.Max(next.OutputCount, edge.InputNumber + 1)];
            if (grad is not null) buffer[edge.InputNumber] = buffer[edge.InputNumber] is { } sum ? sum + grad : grad;
            if (--dependencies[next] == 0) ready.Enqueue(next, -next.SequenceNumber);
        }

        bool IsCaptured(GradFn node) => captures is not null && Array.Exists(captures, c => c.Function == node);

        void Capture(GradFn node, Tensor?[] grads)
        {
            for (int i = 0; i < captures!.Length; i++)
                if (captures[i].Function == node) captured[i] = grads[captures[i].InputNumber];
        }
    }

    /// <summary>For each node reachable from the roots, how many edges lead into it.</summary>
    static Dictionary<GradFn, int> CountDependencies(Edge[] roots)
    {
        var dependencies = new Dictionary<GradFn, int>();
        var pending = new Stack<GradFn>();
        foreach (var root in roots) Visit(root);
        while (pending.TryPop(out var node))
            foreach (var edge in node.NextEdges) Visit(edge);
        return dependencies;

        void Visit(Edge edge)
        {
            if (edge.Function is not { } node) return;
            if (dependencies.TryGetValue(node, out int count)) dependencies[node] = count + 1;
            else
            {
                dependencies[node] = 1;
                pending.Push(node);
            }
        }
    }

    /// <summary>
    /// The nodes that must run: the targets, and every node from which a target or a captured edge can be reached
    /// (PyTorch's <c>exec_info</c>). Computed in post-order with an explicit stack.
    /// </summary>
    static HashSet<GradFn> NeededNodes(Edge[] roots, Edge[] captures, IReadOnlySet<GradFn>? targets)
    {
        var capturedNodes = new HashSet<GradFn>(captures.Where(c => c.Function is not null).Select(c => c.Function!));
        var needed = new HashSet<GradFn>();
        var visited = new HashSet<GradFn>();
        var stack = new Stack<(GradFn Node, int NextEdge)>();
        foreach (var root in roots)
        {
            if (root.Function is null || !visited.Add(root.Function)) continue;
            stack.Push((root.Function, 0));
            while (stack.TryPop(out var frame))
            {
                var (node, next) = frame;
                if (next < node.NextEdges.Length)
                {
                    stack.Push((node, next + 1));
                    if (node.NextEdges[next].Function is { } child && visited.Add(child)) stack.Push((child, 0));
                    continue;
                }
                // All children are finished: decide this node.
                bool leadsToTarget = targets is not null && targets.Contains(node);
                foreach (var edge in node.NextEdges)
                    leadsToTarget |= edge.Function is { } child && (needed.Contains(child) || capturedNodes.Contains(child));
                if (leadsToTarget) needed.Add(node);
            }
        }
        return needed;
    }

    /// <summary>
    /// PyTorch's <c>validate_outputs</c>: each gradient takes the shape (summing broadcast dimensions), dtype and
    /// device of the tensor it is for; a gradient of an incompatible shape is an error of the node.
    /// </summary>
    static void Validate(GradFn node, Tensor?[] grads)
    {
        var edges = node.NextEdges;
        if (grads.Length != edges.Length)
            throw new InvalidOperationException($"function {node.Name} returned an incorrect number of gradients (expected {edges.Length}, got {grads.Length})");
        for (int i = 0; i < grads.Length; i++)
        {
            if (edges[i].Function is not { } next || grads[i] is not { } grad)
            {
                grads[i] = null;
                continue;
            }
            var metadata = next.OutputMetadata(edges[i].InputNumber);
            if (!grad.Layout.Shape.SequenceEqual(metadata.Shape))
            {
                if (!Derivatives.IsExpandable(metadata.Shape, grad.Layout.Shape))
                    throw new InvalidOperationException(
                        $"Function {node.Name} returned an invalid gradient at index {i} - got {Shape.Format(grad.Layout.Shape)} but expected shape compatible with {Shape.Format(metadata.Shape)}");
                grad = Derivatives.SumTo(grad, metadata.Shape);
            }
            if (grad.DType != metadata.DType || grad.Device != metadata.Device) grad = grad.To(metadata.DType, metadata.Device);
            grads[i] = grad;
        }
    }
}
