# itertools.product, permutations, combinations and
# combinations_with_replacement, with the result tuple they hand out
# again once the caller dropped it (same id, as in CPython).
from itertools import (combinations, combinations_with_replacement,
                       permutations, product)

print(list(product("ab", range(2))), list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])), list(product([], repeat=0)), list(product("ab", repeat=0)), list(product(1, repeat=0)))
print(len(list(product(range(3), "xy", repeat=2))), list(product(iter("xy"), repeat=2)))
print(list(permutations("ABC", 2)), list(permutations(range(3))))
print(list(permutations("AB", 3)), list(permutations([])), list(permutations("AB", 0)), list(permutations("ABCD", None))[:4])
print(len(list(permutations(range(5)))), len(set(permutations(range(5), 3))))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations("AB", 3)), list(combinations("AB", 0)), list(combinations("", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 2)))
print(list(combinations_with_replacement("", 0)), list(combinations_with_replacement("AB", 3)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))


def reuse(it):
    a = next(it)
    first = id(a)
    kept = a
    b = next(it)
    held = id(b) != first
    del kept, a
    c = next(b_ := it)
    del b, b_
    d = id(c)
    del c
    e = next(it)
    return held, id(e) == d


for mk in (lambda: product("abc", repeat=2), lambda: permutations("abcd", 2),
           lambda: combinations("abcde", 2), lambda: combinations_with_replacement("abc", 2)):
    print(reuse(mk()))
keep = list(permutations("abc"))
print(len(set(map(id, keep))), keep)


class P(product):
    pass


print(type(P("a")).__name__, list(P("ab", repeat=2)), product.__module__)
