# itertools: accumulate, chain, compress, dropwhile, takewhile,
# filterfalse, starmap, groupby, islice, pairwise, zip_longest.
import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse,
                       groupby, islice, pairwise, starmap, takewhile,
                       zip_longest)

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], None, initial=None)))
print(list(accumulate([1, 2], func=lambda a, b: a - b)))

print(list(chain("AB", [1, 2], ())), list(chain.from_iterable(["ab", "cd"])), list(chain()))
ch = chain.from_iterable(iter([[1], [], [2, 3]]))
print(next(ch), list(ch), list(ch))


def gen():
    yield 1
    raise ValueError("boom")


try:
    list(chain(gen()))
except ValueError as e:
    print("ValueError", e)
it = chain([1], 5, [2])
print(next(it))
try:
    next(it)
except TypeError as e:
    print("TypeError", e)
print(list(it))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1])), list(compress("A", [1, 1, 1])))
print(list(compress(range(10), (x % 3 == 0 for x in range(10)))))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [1, 0, 1])))
tw = takewhile(lambda x: x < 2, iter([1, 2, 0]))
print(list(tw), list(tw))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), [10, 3]])), list(starmap(lambda *a: a, ["ab", (), iter("c")])))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print("TypeError", e)

print([k for k, g in groupby("AAAABBBCCDAABBB")], [list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(groupby("AABBC"))
print([(k, list(g)) for k, g in gs])
g = groupby("aabb")
k, g1 = next(g)
print(k, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), list(g))
print(list(groupby([])), [(k, len(list(v))) for k, v in groupby([1, 1.0, True, 2])])
print(type(g1).__name__, iter(g1) is g1)

s = "ABCDEFG"
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice("ABC", None)), list(islice(range(10), 1, 9, 3)), list(islice(s, None, None, None)))
print(list(islice(s, 0)), list(islice(s, 5, 2)), list(islice(s, 100)), list(islice(s, 3, 2**62)))
src = iter(range(10))
print(list(islice(src, 3)), next(src), list(islice(src, 1, 3)), next(src))

print(list(pairwise("ABCDEFG")), list(pairwise("A")), list(pairwise("")), list(pairwise(range(3))))

print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("AB", [1, 2, 3])), list(zip_longest()))
print(list(zip_longest("a")), list(zip_longest([], [])), list(zip_longest("ab", "", "xyz", fillvalue=0)))
