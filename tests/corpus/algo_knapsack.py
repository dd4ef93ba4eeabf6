"""0/1 knapsack by dynamic programming, with item reconstruction."""
from __future__ import annotations


def knapsack(capacity: int, weights: list[int], values: list[int]) -> int:
    """Best total value within the capacity.

    >>> knapsack(50, [10, 20, 30], [60, 100, 120])
    220
    >>> knapsack(0, [1], [1])
    0
    """
    n = len(weights)
    dp = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        w, v = weights[i - 1], values[i - 1]
        for c in range(capacity + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    return dp[n][capacity]


def knapsack_items(capacity: int, weights: list[int], values: list[int]) -> tuple[int, list[int]]:
    """
    >>> knapsack_items(7, [1, 3, 4, 5], [1, 4, 5, 7])
    (9, [1, 2])
    """
    n = len(weights)
    dp = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for c in range(capacity + 1):
            dp[i][c] = dp[i - 1][c]
            if weights[i - 1] <= c:
                dp[i][c] = max(dp[i][c], dp[i - 1][c - weights[i - 1]] + values[i - 1])
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1)
            c -= weights[i - 1]
    return dp[n][capacity], sorted(chosen)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    items = {"tent": (5, 30), "stove": (3, 14), "food": (4, 16), "book": (1, 3), "camera": (2, 11)}
    names = list(items)
    best, picked = knapsack_items(10, [items[k][0] for k in names], [items[k][1] for k in names])
    print("best value:", best)
    print("take:", ", ".join(names[i] for i in picked))
