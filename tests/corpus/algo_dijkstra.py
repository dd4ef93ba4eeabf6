"""Dijkstra's shortest paths with heapq on an adjacency dict."""
from __future__ import annotations

import heapq
from typing import Dict, List, Tuple

Graph = Dict[str, List[Tuple[str, int]]]


def dijkstra(graph: Graph, source: str) -> dict[str, int]:
    """
    >>> g = {"a": [("b", 1), ("c", 4)], "b": [("c", 2)], "c": []}
    >>> dijkstra(g, "a")
    {'a': 0, 'b': 1, 'c': 3}
    """
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dict(sorted(dist.items()))


def route(graph: Graph, source: str, target: str) -> list[str]:
    """
    >>> route({"x": [("y", 5), ("z", 1)], "z": [("y", 1)], "y": []}, "x", "y")
    ['x', 'z', 'y']
    """
    prev: dict[str, str] = {}
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == target:
            break
        for nxt, w in graph.get(node, []):
            if d + w < dist.get(nxt, 10**18):
                dist[nxt] = d + w
                prev[nxt] = node
                heapq.heappush(heap, (d + w, nxt))
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    roads: Graph = {
        "Amsterdam": [("Utrecht", 45), ("Haarlem", 20)],
        "Haarlem": [("Leiden", 30)],
        "Leiden": [("Den Haag", 20), ("Utrecht", 60)],
        "Utrecht": [("Den Haag", 60), ("Arnhem", 65)],
        "Den Haag": [("Rotterdam", 25)],
        "Rotterdam": [("Arnhem", 110)],
        "Arnhem": [],
    }
    for city, km in dijkstra(roads, "Amsterdam").items():
        print(f"{city:<10} {km:>4} km")
    print(" -> ".join(route(roads, "Amsterdam", "Rotterdam")))
