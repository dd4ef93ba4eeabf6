"""String searching: naive, KMP prefix function, Rabin-Karp."""
from __future__ import annotations


def naive_search(text: str, pattern: str) -> list[int]:
    """
    >>> naive_search("ABAAABCDBBABCDDEBCABC", "ABC")
    [4, 10, 18]
    """
    n, m = len(text), len(pattern)
    return [i for i in range(n - m + 1) if text[i : i + m] == pattern]


def prefix_function(s: str) -> list[int]:
    """
    >>> prefix_function("aabaaab")
    [0, 1, 0, 1, 2, 2, 3]
    """
    pi = [0] * len(s)
    for i in range(1, len(s)):
        k = pi[i - 1]
        while k > 0 and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return pi


def kmp_search(text: str, pattern: str) -> list[int]:
    """
    >>> kmp_search("abxabcabcaby", "abcaby")
    [6]
    >>> kmp_search("aaaa", "aa")
    [0, 1, 2]
    """
    pi = prefix_function(pattern + "\0" + text)
    m = len(pattern)
    return [i - 2 * m for i, v in enumerate(pi) if v == m]


def rabin_karp(text: str, pattern: str, base: int = 256, mod: int = 1_000_003) -> list[int]:
    """
    >>> rabin_karp("the cat sat on the mat", "at")
    [5, 9, 20]
    """
    m = len(pattern)
    if m > len(text):
        return []
    high = pow(base, m - 1, mod)
    hp = ht = 0
    for a, b in zip(pattern, text):
        hp = (hp * base + ord(a)) % mod
        ht = (ht * base + ord(b)) % mod
    found = []
    for i in range(len(text) - m + 1):
        if hp == ht and text[i : i + m] == pattern:
            found.append(i)
        if i + m < len(text):
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return found


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    text = "she sells sea shells by the sea shore " * 3
    for pat in ("sea", "shells", "s", "xyz"):
        a, b, c = naive_search(text, pat), kmp_search(text, pat), rabin_karp(text, pat)
        print(f"{pat:>7}: {len(a):2} matches, agree={a == b == c}, first={a[:3]}")
