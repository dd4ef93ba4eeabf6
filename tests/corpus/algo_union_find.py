"""Disjoint-set union and Kruskal's minimum spanning tree."""
from __future__ import annotations

from typing import Iterable, NamedTuple


class Edge(NamedTuple):
    weight: int
    u: int
    v: int


class DisjointSet:
    """
    >>> ds = DisjointSet(5)
    >>> ds.union(0, 1), ds.union(3, 4), ds.union(1, 0)
    (True, True, False)
    >>> ds.find(1) == ds.find(0), ds.find(2) == ds.find(3)
    (True, False)
    >>> ds.count
    3
    """

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True


def kruskal(n: int, edges: Iterable[Edge]) -> tuple[int, list[Edge]]:
    """
    >>> kruskal(4, [Edge(1, 0, 1), Edge(3, 1, 2), Edge(2, 0, 2), Edge(4, 2, 3)])
    (7, [Edge(weight=1, u=0, v=1), Edge(weight=2, u=0, v=2), Edge(weight=4, u=2, v=3)])
    """
    ds = DisjointSet(n)
    tree = [e for e in sorted(edges) if ds.union(e.u, e.v)]
    return sum(e.weight for e in tree), tree


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    raw = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4),
           (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
    total, tree = kruskal(7, (Edge(*r) for r in raw))
    print("total weight:", total)
    for e in tree:
        print(f"  {'ABCDEFG'[e.u]}-{'ABCDEFG'[e.v]} ({e.weight})")
