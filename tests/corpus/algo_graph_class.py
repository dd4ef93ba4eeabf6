"""An undirected graph class: DFS, BFS, connected components, bipartite check."""
from __future__ import annotations

from collections import deque
from typing import Iterable


class Graph:
    def __init__(self) -> None:
        self.adj: dict[int, set[int]] = {}

    @classmethod
    def from_edges(cls, edges: Iterable[tuple[int, int]]) -> Graph:
        """
        >>> g = Graph.from_edges([(1, 2), (2, 3)])
        >>> sorted(g.adj[2])
        [1, 3]
        """
        g = cls()
        for u, v in edges:
            g.add_edge(u, v)
        return g

    def add_edge(self, u: int, v: int) -> None:
        self.adj.setdefault(u, set()).add(v)
        self.adj.setdefault(v, set()).add(u)

    def dfs(self, start: int) -> list[int]:
        """
        >>> Graph.from_edges([(1, 2), (1, 3), (2, 4), (3, 4)]).dfs(1)
        [1, 2, 4, 3]
        """
        seen: list[int] = []
        stack = [start]
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.append(n)
            stack.extend(sorted(self.adj[n] - set(seen), reverse=True))
        return seen

    def bfs(self, start: int) -> list[int]:
        """
        >>> Graph.from_edges([(1, 2), (1, 3), (2, 4), (3, 4)]).bfs(1)
        [1, 2, 3, 4]
        """
        order, seen, q = [], {start}, deque([start])
        while q:
            n = q.popleft()
            order.append(n)
            for m in sorted(self.adj[n]):
                if m not in seen:
                    seen.add(m)
                    q.append(m)
        return order

    def components(self) -> list[list[int]]:
        """
        >>> Graph.from_edges([(1, 2), (3, 4), (5, 4)]).components()
        [[1, 2], [3, 4, 5]]
        """
        seen: set[int] = set()
        comps = []
        for n in sorted(self.adj):
            if n not in seen:
                comp = self.bfs(n)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps

    def is_bipartite(self) -> bool:
        """
        >>> Graph.from_edges([(1, 2), (2, 3), (3, 4), (4, 1)]).is_bipartite()
        True
        >>> Graph.from_edges([(1, 2), (2, 3), (3, 1)]).is_bipartite()
        False
        """
        colour: dict[int, int] = {}
        for s in self.adj:
            if s in colour:
                continue
            colour[s] = 0
            q = deque([s])
            while q:
                n = q.popleft()
                for m in self.adj[n]:
                    if m not in colour:
                        colour[m] = 1 - colour[n]
                        q.append(m)
                    elif colour[m] == colour[n]:
                        return False
        return True

    def __repr__(self) -> str:
        edges = sorted((u, v) for u in self.adj for v in self.adj[u] if u < v)
        return f"Graph({edges})"


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    g = Graph.from_edges([(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 6), (7, 7)])
    print(g)
    print("dfs:", g.dfs(0), "bfs:", g.bfs(0))
    print("components:", g.components())
    print("bipartite:", g.is_bipartite(), Graph.from_edges([(0, 1), (1, 2)]).is_bipartite())
    print(Graph.from_edges.__annotations__)
