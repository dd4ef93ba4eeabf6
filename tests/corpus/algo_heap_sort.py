"""Heap sort, counting sort and insertion sort, compared."""
from __future__ import annotations

import heapq


def heapify(a: list[int], n: int, i: int) -> None:
    largest = i
    for child in (2 * i + 1, 2 * i + 2):
        if child < n and a[child] > a[largest]:
            largest = child
    if largest != i:
        a[i], a[largest] = a[largest], a[i]
        heapify(a, n, largest)


def heap_sort(a: list[int]) -> list[int]:
    """
    >>> heap_sort([12, 11, 13, 5, 6, 7])
    [5, 6, 7, 11, 12, 13]
    """
    n = len(a)
    for i in range(n // 2 - 1, -1, -1):
        heapify(a, n, i)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        heapify(a, end, 0)
    return a


def counting_sort(a: list[int]) -> list[int]:
    """
    >>> counting_sort([4, -2, 2, 8, 3, 3, 1])
    [-2, 1, 2, 3, 3, 4, 8]
    >>> counting_sort([])
    []
    """
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]


def insertion_sort(a: list[int]) -> list[int]:
    """
    >>> insertion_sort([3, 1, 2])
    [1, 2, 3]
    """
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def k_smallest(a: list[int], k: int) -> list[int]:
    """
    >>> k_smallest([9, 4, 7, 1, 8, 2], 3)
    [1, 2, 4]
    """
    return heapq.nsmallest(k, a)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    data = [(x * 7 + 3) % 50 - 10 for x in range(40)]
    results = {f.__name__: f(data[:]) for f in (heap_sort, counting_sort, insertion_sort)}
    for name, r in results.items():
        print(f"{name:>15}: {r[:8]}... ok={r == sorted(data)}")
    print(heapq.nlargest(4, data), k_smallest(data, 4))
    h: list[tuple[int, str]] = []
    for pri, job in [(3, "write"), (1, "plan"), (2, "code"), (5, "ship"), (4, "test")]:
        heapq.heappush(h, (pri, job))
    print([heapq.heappop(h)[1] for _ in range(len(h))])
