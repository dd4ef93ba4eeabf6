"""Shortest path in a grid maze with breadth-first search."""
from __future__ import annotations

from collections import deque
from typing import Optional

Grid = list[str]


def shortest_path(grid: Grid, start: tuple[int, int], goal: tuple[int, int]) -> Optional[int]:
    """Number of steps from start to goal, None if unreachable.

    >>> shortest_path(["..", ".."], (0, 0), (1, 1))
    2
    >>> shortest_path([".#", "#."], (0, 0), (1, 1)) is None
    True
    """
    rows, cols = len(grid), len(grid[0])
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        (r, c), d = queue.popleft()
        if (r, c) == goal:
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append(((nr, nc), d + 1))
    return None


def path_cells(grid: Grid, start: tuple[int, int], goal: tuple[int, int]) -> list[tuple[int, int]]:
    """
    >>> path_cells(["...", "##.", "..."], (0, 0), (2, 0))
    [(0, 0), (0, 1), (0, 2), (1, 2), (2, 2), (2, 1), (2, 0)]
    """
    prev: dict[tuple[int, int], tuple[int, int] | None] = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        r, c = cell
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cell
                queue.append((nr, nc))
    path = []
    cur: tuple[int, int] | None = goal
    while cur is not None:
        path.append(cur)
        cur = prev.get(cur)
    return path[::-1]


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    maze = [
        "S..#......",
        ".#.#.####.",
        ".#...#....",
        ".####.#.#.",
        "......#.#G",
    ]
    grid = [row.replace("S", ".").replace("G", ".") for row in maze]
    print("steps:", shortest_path(grid, (0, 0), (4, 9)))
    cells = set(path_cells(grid, (0, 0), (4, 9)))
    for r, row in enumerate(maze):
        print("".join("*" if (r, c) in cells and ch == "." else ch for c, ch in enumerate(row)))
