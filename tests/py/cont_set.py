# Sets and frozensets.
s = {3, 1, 2}
s.add(4); s.discard(9); s.remove(1)
print(s, len(s), 2 in s, set(), frozenset(), frozenset([2, 1]), set("aab") == {"a", "b"})
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2} < a, a >= {1}, a == {3, 2, 1})
print(a.union([9]), a.intersection(b, {3}), a.difference([1]), a.symmetric_difference(b))
print(a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set(a); c |= {7}; c &= {1, 7}; c -= {1}; c ^= {8}; print(c)
c.update([1], (2,)); c.intersection_update({1, 2, 8}); c.difference_update([8]); print(c)
print(c.pop(), c.pop(), c)
print(sorted({x % 3 for x in range(10)}), {frozenset({1}): 1}, hash(frozenset()) == hash(frozenset()))
print(list({100, 5, 37, 8}), {1, 2} | frozenset({3}), frozenset({3}) | {1})
for bad in ("set().pop()", "{1}.remove(2)", "{[1]}", "{1} | [2]", "hash({1})", "{1} < 3"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
