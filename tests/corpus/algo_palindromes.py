"""Palindromes, anagrams and a Caesar cipher."""
from __future__ import annotations

from collections import Counter
from string import ascii_lowercase, ascii_uppercase


def is_palindrome(s: str) -> bool:
    """
    >>> is_palindrome("A man, a plan, a canal: Panama")
    True
    >>> is_palindrome("race a car")
    False
    """
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def longest_palindrome(s: str) -> str:
    """Expand around centres.

    >>> longest_palindrome("forgeeksskeegfor")
    'geeksskeeg'
    >>> longest_palindrome("abc")
    'a'
    """
    best = ""
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1 : hi]
    return best


def are_anagrams(a: str, b: str) -> bool:
    """
    >>> are_anagrams("Listen", "Silent")
    True
    >>> are_anagrams("abc", "abd")
    False
    """
    return Counter(a.lower().replace(" ", "")) == Counter(b.lower().replace(" ", ""))


def caesar(text: str, shift: int) -> str:
    """
    >>> caesar("Hello, World!", 3)
    'Khoor, Zruog!'
    >>> caesar(caesar("abc xyz", 5), -5)
    'abc xyz'
    """
    table = str.maketrans(
        ascii_lowercase + ascii_uppercase,
        ascii_lowercase[shift % 26 :] + ascii_lowercase[: shift % 26]
        + ascii_uppercase[shift % 26 :] + ascii_uppercase[: shift % 26],
    )
    return text.translate(table)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    for word in ["level", "Was it a car or a cat I saw?", "pyscope"]:
        print(f"{word!r}: {is_palindrome(word)}")
    print(longest_palindrome("babadabacus"))
    secret = caesar("Attack at dawn", 13)
    print(secret, "->", caesar(secret, 13))
