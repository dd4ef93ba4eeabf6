"""Topological sort (Kahn) and cycle detection (DFS colours)."""
from __future__ import annotations

from collections import defaultdict, deque


def kahn(edges: list[tuple[str, str]]) -> list[str]:
    """
    >>> kahn([("a", "b"), ("b", "c"), ("a", "c")])
    ['a', 'b', 'c']
    >>> kahn([("x", "y"), ("y", "x")])
    Traceback (most recent call last):
    ...
    ValueError: graph has a cycle
    """
    indeg: dict[str, int] = defaultdict(int)
    adj: dict[str, list[str]] = defaultdict(list)
    nodes: list[str] = []
    for u, v in edges:
        for n in (u, v):
            if n not in nodes:
                nodes.append(n)
        adj[u].append(v)
        indeg[v] += 1
    queue = deque(n for n in nodes if indeg[n] == 0)
    order = []
    while queue:
        n = queue.popleft()
        order.append(n)
        for m in adj[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                queue.append(m)
    if len(order) != len(nodes):
        raise ValueError("graph has a cycle")
    return order


def has_cycle(adj: dict[int, list[int]]) -> bool:
    """
    >>> has_cycle({0: [1], 1: [2], 2: [0]})
    True
    >>> has_cycle({0: [1, 2], 1: [2], 2: []})
    False
    """
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {n: WHITE for n in adj}

    def visit(n: int) -> bool:
        colour[n] = GREY
        for m in adj[n]:
            if colour[m] == GREY or (colour[m] == WHITE and visit(m)):
                return True
        colour[n] = BLACK
        return False

    return any(colour[n] == WHITE and visit(n) for n in adj)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    courses = [
        ("intro", "data structures"),
        ("intro", "discrete math"),
        ("discrete math", "algorithms"),
        ("data structures", "algorithms"),
        ("algorithms", "compilers"),
        ("data structures", "databases"),
    ]
    for i, c in enumerate(kahn(courses), 1):
        print(f"{i}. {c}")
