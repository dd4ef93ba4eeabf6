"""Longest common subsequence and edit distance."""
from __future__ import annotations


def lcs(a: str, b: str) -> str:
    """
    >>> lcs("ABCBDAB", "BDCABA")
    'BCBA'
    >>> lcs("", "abc")
    ''
    """
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def edit_distance(source: str, target: str) -> int:
    """Levenshtein distance.

    >>> edit_distance("kitten", "sitting")
    3
    >>> edit_distance("flaw", "lawn")
    2
    >>> edit_distance("", "")
    0
    """
    prev = list(range(len(target) + 1))
    for i, s in enumerate(source, 1):
        cur = [i]
        for j, t in enumerate(target, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s != t)))
        prev = cur
    return prev[-1]


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    pairs = [("intention", "execution"), ("sunday", "saturday"), ("python", "pyscope")]
    for x, y in pairs:
        print(f"{x!r:12} {y!r:12} lcs={lcs(x, y)!r:8} dist={edit_distance(x, y)}")
