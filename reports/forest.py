"""A forest of invitation trees over nodes 0..n-1, each given its parent (-1: a root), and
what is computed on it in one pass each (O(n), whatever the shape): an order in which every
parent comes before its children, each node's generation (a root is 0), its tree's root,
its subtree's size, and the trees' structural virality (Goel, Anderson, Hofman & Watts
2016: the mean shortest-path distance between all pairs of nodes of a tree).

Pure: lists of ints in, lists of ints and floats out (`reports.cascades` and
`reports.champions` read members' invitations through it). A parent edge that would close
a cycle (which joins through links cannot make, but hand-edited data might) is cut: the
node where the cycle is found first becomes a root."""

from __future__ import annotations

from collections.abc import Sequence


class Forest:
    """Trees over nodes 0..n-1; `parent[i]` is i's parent, or -1 for a root."""

    def __init__(self, parent: Sequence[int]) -> None:
        n = len(parent)
        self.parent = [p if 0 <= p < n and p != i else -1 for i, p in enumerate(parent)]
        children: list[list[int]] = [[] for _ in range(n)]
        for i, p in enumerate(self.parent):
            if p >= 0:
                children[p].append(i)
        self.children = children
        order: list[int] = []
        seen = bytearray(n)
        self._walk([i for i, p in enumerate(self.parent) if p < 0], order, seen)
        if len(order) < n:  # nodes on a cycle (and those below them): cut it where met first
            for i in range(n):
                if not seen[i]:
                    self.parent[i] = -1
                    self._walk([i], order, seen)
        self.order = order  # every parent before its children
        self.roots = [i for i in order if self.parent[i] < 0]
        depth = [0] * n
        root = list(range(n))
        for i in order:
            p = self.parent[i]
            if p >= 0:
                depth[i] = depth[p] + 1
                root[i] = root[p]
        self.depth, self.root = depth, root
        size = [1] * n
        for i in reversed(order):
            p = self.parent[i]
            if p >= 0:
                size[p] += size[i]
        self.size = size

    def _walk(self, start: list[int], order: list[int], seen: bytearray) -> None:
        """Breadth first from `start`, appending to `order` what was not seen yet."""
        for i in start:
            seen[i] = 1
        at = len(order)
        order.extend(start)
        children = self.children
        while at < len(order):
            for c in children[order[at]]:
                if not seen[c]:
                    seen[c] = 1
                    order.append(c)
            at += 1

    def __len__(self) -> int:
        return len(self.parent)

    def summed(self, values: Sequence[int]) -> list[int]:
        """Per node, the sum of `values` over its subtree, itself left out."""
        total = [0] * len(self.parent)
        parent = self.parent
        for i in reversed(self.order):
            p = parent[i]
            if p >= 0:
                total[p] += total[i] + values[i]
        return total

    def joined(self, bits: Sequence[int]) -> list[int]:
        """Per node, the bitwise OR of `bits` over its subtree, itself left out."""
        total = [0] * len(self.parent)
        parent = self.parent
        for i in reversed(self.order):
            p = parent[i]
            if p >= 0:
                total[p] |= total[i] | bits[i]
        return total

    def deepest(self) -> list[int]:
        """Per node, the generation of the deepest node of its subtree (its own if a leaf)."""
        deepest = list(self.depth)
        parent = self.parent
        for i in reversed(self.order):
            p = parent[i]
            if p >= 0 and deepest[i] > deepest[p]:
                deepest[p] = deepest[i]
        return deepest

    def wiener(self) -> dict[int, int]:
        """Per root, its tree's Wiener index (the sum of the distances between all pairs of
        its nodes): each edge lies on the path of s·(n−s) pairs, s the size below it."""
        found = {r: 0 for r in self.roots}
        size, root = self.size, self.root
        for i, p in enumerate(self.parent):
            if p >= 0:
                s = size[i]
                found[root[i]] += s * (size[root[i]] - s)
        return found

    def virality(self) -> dict[int, float]:
        """Per root of a tree of two nodes or more, its structural virality: the mean
        distance between two of its nodes, the Wiener index over n(n−1)/2 pairs. A star of
        n nodes is 2(n−1)/n (1.98 for 100), a chain (n+1)/3 (33.67 for 100)."""
        size = self.size
        return {
            r: 2 * w / (size[r] * (size[r] - 1)) for r, w in self.wiener().items() if size[r] > 1
        }


def virality(parent: Sequence[int]) -> float | None:
    """The structural virality of one tree given as parents (one -1); None below two nodes."""
    forest = Forest(parent)
    found = forest.virality()
    return next(iter(found.values())) if len(forest.roots) == 1 and found else None
