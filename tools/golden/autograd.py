"""Autograd goldens: composite expressions with their values, first and second derivatives (PyTorch 1.13).

Each case evaluates an expression f on float64 leaves x_i and records:
  out     f(x)                                   (and the names of its graph's nodes, breadth first)
  grads   g_i = d/dx_i sum(w * f(x))             (create_graph=True, so that g has a graph)
  second  d/dx_j sum_i sum(u_i * g_i)            (a Hessian-vector product; zeros where g has no graph)
with fixed weights w and u. tests/Flint.Tests/Autograd/AutogradGoldenTests.cs holds the same expressions in C#.
"""
import torch

from common import json_number, write_json

torch.set_default_dtype(torch.float64)
CASES = []


def case(case_id, inputs, f, rtol=1e-10, second_order=True):
    CASES.append((case_id, inputs, f, rtol, second_order))


def randn(*shape):
    return torch.randn(shape)


def positive(*shape):
    return torch.randn(shape).abs() + 0.5


def away_from_zero(*shape):
    t = torch.randn(shape)
    return t + (t > 0).double() - 0.5


def values(rows):
    return torch.tensor(rows, dtype=torch.float64)


def idx(*indices):
    return torch.tensor(indices, dtype=torch.int64)


# --- broadcasting ---------------------------------------------------------------------------------------------------
case("broadcast_mul_add", lambda: [randn(3, 1), randn(4), randn()], lambda a, b, c: (a * b + c).exp())
case("broadcast_div_sub", lambda: [randn(2, 3), randn(3)], lambda a, b: (a - b) / (b * b + 1))
case("alpha_add_sub", lambda: [randn(2, 3), randn(3), randn(2, 1)], lambda a, b, c: a.add(b, alpha=2).sub(c, alpha=0.5) * a)
case("rsub_reciprocal", lambda: [randn(4)], lambda a: (2 - a) * (3 / (a * a + 1)))
case("scalar_ops", lambda: [randn(2, 2)], lambda a: ((a + 1.5) * 2 - 0.25) / 3 * a)
case("broadcast_3d", lambda: [randn(2, 1, 3), randn(4, 1), randn(3)], lambda a, b, c: a * b * c + a * c)

# --- elementwise, special points ------------------------------------------------------------------------------------
case("pow_chain", lambda: [randn(3)], lambda a: (a * a + 1).pow(1.5) * a.pow(2) + a.pow(3))
case("pow_tensor_tensor", lambda: [positive(2, 3), randn(3)], lambda a, b: a.pow(b))
case("pow_at_zero", lambda: [values([0.0, 1.5, -0.5, 0.0]), values([2.0, 1.5, 2.0, 1.75])],
     lambda a, b: a.pow(b) + a.pow(2) + a.pow(0) * b)
case("scalar_base_pow", lambda: [randn(3)], lambda a: 2.5 ** a + 0.0 ** (a.abs() + 1))
case("maximum_ties", lambda: [values([1.0, 2.0, 3.0, -1.0]), values([1.0, 0.5, 3.0, 2.0])],
     lambda a, b: torch.maximum(a, b) * a)
case("minimum_broadcast_ties", lambda: [values([[0.5, 1.0], [2.0, -1.0]]), values([1.0, -1.0])],
     lambda a, b: torch.minimum(a, b) * b)
case("relu_as_maximum", lambda: [values([-1.0, 0.0, 2.0, 0.5])], lambda a: torch.maximum(a, torch.zeros(4)) * a)
case("abs_at_zero", lambda: [values([0.0, -1.5, 2.0, 0.0])], lambda a: a.abs() * a + a.abs())
case("exp_log_sqrt", lambda: [randn(2, 3)], lambda a: (a.exp() + 1).log() * (a * a + 1).sqrt())
case("neg_sqrt_log", lambda: [positive(4)], lambda a: -a.sqrt().log() * a)
case("remainder", lambda: [values([3.5, 4.25, 3.0]), values([2.5, 3.0, 2.75])], lambda a, b: (a % b) * a + a % 2.0)
case("float32_round_trip", lambda: [randn(3)], lambda a: (a.float() * 2).exp().double() * a, rtol=1e-6)

# --- reductions and softmax -----------------------------------------------------------------------------------------
case("softmax_cross_entropy", lambda: [randn(3, 4), torch.softmax(randn(3, 4), 1)],
     lambda logits, labels: -(labels * logits.log_softmax(1)).sum(1).mean())
case("softmax_dim0", lambda: [randn(3, 2), randn(3, 2)], lambda a, b: a.softmax(0) * b)
case("logsumexp_keepdim", lambda: [randn(2, 3)], lambda a: a.logsumexp(1, keepdim=True) - a)
case("logsumexp_all_dims", lambda: [randn(2, 2, 2)], lambda a: torch.logsumexp(a, [0, 2]) * a.sum())
case("sum_mean_dims", lambda: [randn(2, 3, 2)], lambda a: a.sum([0, 2], keepdim=True) * a.mean(1, keepdim=True))
case("prod_dim_with_zero", lambda: [values([[1.5, 0.0, 2.0], [0.5, -1.0, 3.0]])], lambda a: a.prod(1))
case("prod_all_with_zero", lambda: [values([[1.5, 0.0], [2.0, -0.5]])], lambda a: a.prod())
# PyTorch 1.13 returns a constant zero gradient for prod() with two zeros or more, so its second derivative is
# zero (wrong; later versions take the safe path when a graph is built). Flint follows the fix: its second
# derivatives are checked against finite differences (tests/Flint.Tests/Autograd/AutogradOpInfo.cs, prod_two_zeros).
case("prod_all_two_zeros", lambda: [values([0.0, 2.0, 0.0, 3.0])], lambda a: a.prod(), second_order=False)
case("prod_no_zero", lambda: [randn(2, 3)], lambda a: a.prod(0, keepdim=True) * a)
case("amax_ties", lambda: [values([[1.0, 3.0, 3.0], [2.0, 2.0, 2.0]])], lambda a: a.amax(1) * a.sum(1))
case("amin_all_ties", lambda: [values([[1.0, -2.0], [-2.0, 0.5]])], lambda a: a.amin() * a)
case("max_min_all_ties", lambda: [values([4.0, 1.0, 4.0, 1.0, 2.0])], lambda a: a.max() * a.min() + a.max())

# --- views ----------------------------------------------------------------------------------------------------------
case("view_chain", lambda: [randn(12), randn(2, 6)], lambda a, b: a.view(3, 4).T.reshape(2, 6) * b)
case("permute_transpose", lambda: [randn(2, 3, 4)], lambda a: a.permute(2, 0, 1).transpose(0, 1) * a.transpose(1, 2))
case("expand_sum", lambda: [randn(3, 1), randn(3, 4)], lambda a, b: a.expand(3, 4) * b + a.expand(2, 3, 4).sum(0))
case("select_slice", lambda: [randn(3, 4)], lambda a: a[1].unsqueeze(0) * a[:, 2:3] + a[::2, 1::2].sum())
case("diagonal", lambda: [randn(3, 4)], lambda a: a.diagonal() * a.diagonal(1) + a.diagonal(-1).sum())
case("as_strided_overlap", lambda: [randn(6), randn(3, 3)], lambda a, b: a.as_strided((3, 3), (1, 1)) * b)
def unbind_split(a):
    x, y, z = a.unbind(0)
    p, q = a.split([1, 3], 1)
    return x * z + y.sum() * q.sum(1).sum() + p.squeeze(1).prod()


case("unbind_split", lambda: [randn(3, 4)], unbind_split)
case("narrow_squeeze_unsqueeze", lambda: [randn(4, 1, 3)], lambda a: a.narrow(0, 1, 2).squeeze(1).unsqueeze(0) * a.squeeze()[:2])
case("flatten_unflatten_movedim", lambda: [randn(2, 3, 2)], lambda a: a.flatten(1).unflatten(1, (2, 3)) * a.movedim(2, 1))
case("clone_contiguous", lambda: [randn(2, 3)], lambda a: a.T.contiguous() * a.T.clone() + a.T.reshape(6).view(3, 2))

# --- in-place ops on non-leaves -------------------------------------------------------------------------------------
def inplace_mul(a, b):
    x = a * 2
    x.mul_(b)
    return x * a


def setitem_zero(a):
    x = a * 2
    x[0] = 0
    return x * a


def view_mul(a, b):
    x = a * 2
    x[1].mul_(b)
    return x * x


def other_view_after_inplace(a, b):
    x = a + 0
    v = x[:, 1]
    x[0].add_(b, alpha=3)
    return v.unsqueeze(1) * x


def div_pow_inplace(a, b):
    x = a * 1.5
    x.div_(b)
    x.pow_(2)
    return x


def sub_neg_inplace(a, b):
    y = a.clone()
    y.sub_(b).neg_()
    return y ** 3


def copy_into_slice(a, b):
    x = torch.zeros(3, 4)
    x[:, 1:3] = b
    y = x * 1
    x.copy_(y * a)
    return x * y


def fill_then_use(a):
    x = a * a
    x[1].fill_(2.0)
    return x * a


case("inplace_mul_nonleaf", lambda: [randn(2, 3), randn(3)], inplace_mul)
case("inplace_setitem_zero", lambda: [randn(3, 2)], setitem_zero)
case("inplace_view_mul", lambda: [randn(3, 4), randn(4)], view_mul)
case("inplace_other_view", lambda: [randn(3, 4), randn(4)], other_view_after_inplace)
case("inplace_div_pow", lambda: [randn(2, 3), away_from_zero(3)], div_pow_inplace)
case("inplace_sub_neg", lambda: [randn(4), randn(4)], sub_neg_inplace)
case("inplace_copy_into_slice", lambda: [randn(3, 4), randn(2)], copy_into_slice)
case("inplace_fill_view", lambda: [randn(3, 2)], fill_then_use)

# --- indexing -------------------------------------------------------------------------------------------------------
def index_put_nonleaf(a, b):
    x = a * 1
    x[idx(1, 2)] = b
    return x * a


def index_put_accumulate(a, b):
    x = a.clone()
    x.index_put_((idx(0, 2, 0),), b, accumulate=True)
    return x * x


def mask_setitem(a, b):
    x = a * 3
    x[a > 0] = b.sum()
    return x * a


case("index_repeat", lambda: [randn(4, 2), randn(3, 2)], lambda a, b: a[idx(0, 2, 0)] * b)
case("index_mask", lambda: [values([[1.0, -2.0], [-0.5, 3.0]])], lambda a: a[a > 0] * a[a > 0] + a[a < 0].sum())
case("index_slice_tensor", lambda: [randn(3, 4)], lambda a: a[1:, idx(3, 0, 3)] * 2)
case("index_put_nonleaf", lambda: [randn(4, 2), randn(2, 2)], index_put_nonleaf)
case("index_put_accumulate", lambda: [randn(4), randn(3)], index_put_accumulate)
case("mask_setitem", lambda: [values([1.0, -2.0, 0.5, -1.0]), randn(2)], mask_setitem)


# --- the op catalogue -----------------------------------------------------------------------------------------------
def scatter_gather(a, b):
    index = torch.tensor([[0, 2, 1], [2, 0, 0]])
    return a.scatter(0, index, b).gather(1, index.t()[:, :2]) * a[:, :2]


def index_ops(a, b):
    x = a.index_add(0, idx(2, 0, 2), b, alpha=0.5)
    return x.index_select(1, idx(1, 1, 0)) * x.index_fill(0, idx(1), -1.0)[:, :3]


case("norm_at_zero", lambda: [values([[0.0, 0.0], [3.0, -4.0]])], lambda a: a.norm(dim=1) + a.norm(p=3, dim=1) * a.sum(1))
case("norm_inf_ties", lambda: [values([[-2.0, 2.0, 1.0], [0.5, -3.0, 3.0]])], lambda a: a.norm(p=float("inf"), dim=1) * a.sum(1))
case("max_dim_ties", lambda: [values([[1.0, 3.0, 3.0], [2.0, 2.0, -1.0]])], lambda a: a.max(1).values * a.min(0).values.sum())
case("sort_topk", lambda: [randn(3, 4)], lambda a: a.sort(1, descending=True).values * a.topk(4, 1).values.flip(1))
case("cat_stack", lambda: [randn(2, 3), randn(1, 3)], lambda a, b: torch.cat([a, b]) * torch.stack([a[0], b[0], a[1]]))
case("scatter_gather", lambda: [randn(3, 3), randn(2, 3)], scatter_gather)
case("index_ops", lambda: [randn(3, 4), randn(3, 4)], index_ops)
case("masked_fill_select", lambda: [values([[1.0, -2.0], [0.5, -1.0]]), randn()],
     lambda a, v: a.masked_fill(a < 0, v) * a + a.masked_select(a > 0).sum())
case("var_std", lambda: [randn(3, 4)], lambda a: a.var(1) * a.std(0)[:3] + torch.var_mean(a, 0)[1].sum())
case("std_of_constant_row", lambda: [values([[2.0, 2.0, 2.0], [1.0, 0.0, 4.0]])], lambda a: a.std(1) * a.sum(1))
case("cumsum_cumprod_zero", lambda: [values([[1.5, 0.0, -2.0, 0.5], [2.0, 1.0, 0.0, 0.0]])], lambda a: a.cumsum(1) * a.cumprod(1))
case("logcumsumexp_cummax", lambda: [randn(2, 4)], lambda a: a.logcumsumexp(1) * a.cummax(1).values)
case("repeat_flip_roll", lambda: [randn(2, 3)], lambda a: a.repeat(2, 1).flip(0) * a.roll(1, 0).repeat(2, 1))
case("median_kthvalue", lambda: [values([[3.0, 1.0, 2.0, 1.0], [0.5, 0.5, 4.0, -1.0]])],
     lambda a: a.median() * a.median(1).values + a.kthvalue(2, 1).values)


def run(case_id, make_inputs, f, rtol, second_order, seed):
    torch.manual_seed(seed)
    inputs = [x.detach().requires_grad_(True) for x in make_inputs()]
    out = f(*inputs)
    weights = torch.randn(out.shape)
    grads = torch.autograd.grad((out * weights).sum(), inputs, create_graph=True, allow_unused=True)
    grads = [g if g is not None else torch.zeros_like(x) for g, x in zip(grads, inputs)]
    directions = [torch.randn(x.shape) for x in inputs]
    weighted = sum((g * u).sum() for g, u in zip(grads, directions))
    if weighted.requires_grad:
        second = torch.autograd.grad(weighted, inputs, allow_unused=True)
        second = [s if s is not None else torch.zeros_like(x) for s, x in zip(second, inputs)]
    else:
        second = [torch.zeros_like(x) for x in inputs]
    return {
        "id": case_id, "rtol": rtol, "graph": graph_names(out.grad_fn),
        "inputs": [tensor_json(x) for x in inputs], "weights": tensor_json(weights),
        "directions": [tensor_json(u) for u in directions], "out": tensor_json(out),
        "grads": [tensor_json(g) for g in grads], "second": [tensor_json(s) for s in second] if second_order else None,
    }


def graph_names(root):
    """The names of the nodes reachable from root, breadth first along next_functions, each node once."""
    # The visited nodes stay referenced, so that their Python wrappers (and ids) stay the same.
    names, seen, visited, queue = [], set(), [], [root]
    while queue:
        node = queue.pop(0)
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        visited.append(node)
        names.append(node.name())
        queue.extend(fn for fn, _ in node.next_functions)
    return names


def tensor_json(t):
    t = t.detach()
    return {"shape": list(t.shape), "values": [json_number(v) for v in t.reshape(-1).tolist()]}


write_json("autograd.json", {"cases": [run(*c, seed=i) for i, c in enumerate(CASES)]})
print(f"{len(CASES)} cases")
