"""A forest of invitation trees over nodes 0..n-1, each given its parent (-1: a root), and
what is computed on it (decision 0034): each node's generation (a root is 0) and its tree's
root, found by pointer jumping (log₂ of the depth passes over numpy arrays); an order in
which every parent comes before its children; sums, ORs and maxima over subtrees, a
generation at a time from the deepest; and the trees' structural virality (Goel, Anderson,
Hofman & Watts 2016: the mean shortest-path distance between all pairs of nodes of a
tree, from subtree sizes: each edge lies on s·(n−s) paths). A forest of more than `LEVELS`
generations (a chain) is summed node by node instead, still in O(n).

Pure: numbers in, numpy arrays out. A parent edge that closes a cycle (which joins through
links cannot make, but hand-edited data might) is cut: the first node of the cycle met
becomes a root."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

LEVELS = 256  # generations up to which subtrees are summed a generation at a time
COMBINE: dict[Any, Callable[[Any, Any], Any]] = {  # the same, a node at a time
    np.add: lambda a, b: a + b,
    np.bitwise_or: lambda a, b: a | b,
    np.maximum: max,
}


class Forest:
    """Trees over nodes 0..n-1; `parent[i]` is i's parent, or -1 for a root."""

    def __init__(self, parent: Sequence[int] | np.ndarray) -> None:
        p = np.array(parent, dtype=np.int64).reshape(-1)
        n = len(p)
        p[(p < 0) | (p >= n) | (p == np.arange(n))] = -1
        depth, root = _jump(p)
        stuck = p[root] >= 0  # on a cycle, or below one
        if stuck.any():
            _cut(p, np.flatnonzero(stuck))
            depth, root = _jump(p)
        self.parent, self.depth, self.root = p, depth, root
        self.order = np.argsort(depth, kind="stable")  # every parent before its children
        self.roots = self.order[: int((depth == 0).sum())]
        self.inner = np.flatnonzero(p >= 0)  # every node but the roots
        self.children_count = np.bincount(p[self.inner], minlength=n)
        deepest = int(depth.max()) if n else 0
        # where each generation starts in `order`, when summed a generation at a time
        self.levels = (
            np.searchsorted(depth[self.order], np.arange(deepest + 2))
            if deepest <= LEVELS
            else None
        )
        self.size = self.up(np.ones(n, dtype=np.int64), np.add)

    def __len__(self) -> int:
        return len(self.parent)

    def children(self, i: int) -> list[int]:
        """The children of node i, in order."""
        if not hasattr(self, "_kids"):
            by_parent = self.inner[np.argsort(self.parent[self.inner], kind="stable")]
            starts = np.searchsorted(self.parent[by_parent], np.arange(len(self) + 1))
            self._kids, self._starts = by_parent, starts
        return self._kids[self._starts[i] : self._starts[i + 1]].tolist()

    def up(self, values: np.ndarray, op: Any) -> np.ndarray:
        """Per node, `op` (np.add, np.bitwise_or, np.maximum) over its subtree, itself in."""
        acc = np.array(values, copy=True)
        p = self.parent
        bounds = self.levels
        if bounds is not None:
            for level in range(len(bounds) - 2, 0, -1):
                nodes = self.order[bounds[level] : bounds[level + 1]]
                op.at(acc, p[nodes], acc[nodes])
            return acc
        combine = COMBINE[op]
        out, parents = acc.tolist(), p.tolist()
        for i in self.order[::-1].tolist():
            q = parents[i]
            if q >= 0:
                out[q] = combine(out[q], out[i])
        return np.array(out, dtype=acc.dtype)

    def down(self, values: np.ndarray) -> np.ndarray:
        """Per node, its own value if not negative, else its parent's found so (a root's
        negative value stays): what each inherits from the nearest ancestor that has one."""
        out = np.array(values, copy=True)
        p = self.parent
        bounds = self.levels
        if bounds is not None:
            for level in range(1, len(bounds) - 1):
                nodes = self.order[bounds[level] : bounds[level + 1]]
                unset = nodes[out[nodes] < 0]
                out[unset] = out[p[unset]]
            return out
        found, parents = out.tolist(), p.tolist()
        for i in self.order.tolist():
            if found[i] < 0 and parents[i] >= 0:
                found[i] = found[parents[i]]
        return np.array(found, dtype=out.dtype)

    def below(self, values: np.ndarray, op: Any) -> np.ndarray:
        """Per node, `op` over its subtree, itself left out."""
        inclusive = self.up(values, op)
        out = np.zeros_like(inclusive)
        op.at(out, self.parent[self.inner], inclusive[self.inner])
        return out

    def wiener(self) -> dict[int, int]:
        """Per root, its tree's Wiener index (the sum of the distances between all pairs of
        its nodes)."""
        s = self.size[self.inner]
        whole = self.size[self.root[self.inner]]
        w = np.bincount(self.root[self.inner], weights=s * (whole - s), minlength=len(self))
        return {int(r): round(float(w[r])) for r in self.roots}

    def virality(self) -> dict[int, float]:
        """Per root of a tree of two nodes or more, its structural virality: the mean
        distance between two of its nodes, the Wiener index over n(n−1)/2 pairs. A star of
        n nodes is 2(n−1)/n (1.98 for 100), a chain (n+1)/3 (33.67 for 100)."""
        size = self.size
        return {
            r: 2 * w / (int(size[r]) * (int(size[r]) - 1))
            for r, w in self.wiener().items()
            if size[r] > 1
        }


def _jump(p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(generation, root) of every node: each points at an ancestor and knows how far it
    is; each pass doubles the jump. A node on a cycle ends at a node that has a parent."""
    n = len(p)
    up = np.where(p >= 0, p, np.arange(n))
    far = (p >= 0).astype(np.int64)
    for _ in range(max(1, int(n).bit_length()) + 1):
        further = up[up]
        if np.array_equal(further, up):  # every node at its root: no pass changes anything
            break
        far = far + far[up]
        up = further
    return far, up


def _cut(p: np.ndarray, stuck: np.ndarray) -> None:
    """Cut each cycle among `stuck` nodes at its first node met (in place)."""
    done: set[int] = set()
    for start in stuck.tolist():
        path: list[int] = []
        seen: set[int] = set()
        i = start
        while i >= 0 and i not in done and i not in seen:
            seen.add(i)
            path.append(i)
            i = int(p[i])
        if i >= 0 and i in seen:  # a cycle, entered at i: cut it there
            p[i] = -1
        done.update(path)


def virality(parent: Sequence[int]) -> float | None:
    """The structural virality of one tree given as parents (one -1); None below two nodes."""
    forest = Forest(parent)
    found = forest.virality()
    return next(iter(found.values())) if len(forest.roots) == 1 and found else None
