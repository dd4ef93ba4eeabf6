# set/frozenset operators and methods (printed via sorted for determinism).
a, b = {1, 2, 3, 4}, {3, 4, 5}
p = lambda s: sorted(s)
print(p(a | b), p(a & b), p(a - b), p(b - a), p(a ^ b))
print(p(a.union(b, [9])), p(a.intersection(b, {4})), p(a.difference([1], (2,))), p(a.symmetric_difference([1, 7])))
print(a <= b, {3} <= a, {3} < a, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({7}), a == {4, 3, 2, 1}, a != b, {1} == frozenset({1}))
c = set(a)
c |= {10}; c &= {1, 2, 10, 11}; c -= {2}; c ^= {99, 1}
print(p(c))
s = set()
s.add(3); s.add(3); s.update([1, 2], "a"); s.discard(99); s.discard("a"); s.remove(1)
print(p(s), len(s), 2 in s, 7 not in s)
x = s.pop()
print(x in {2, 3}, len(s))
s.clear(); print(s, set(), frozenset(), frozenset([1]) | {2})
for call in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: set([[]]),
             lambda: {1} + {2}, lambda: {1} < [1], lambda: frozenset().add(1), lambda: {1} | [2]]:
    try:
        call()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
f = frozenset([3, 1, 2])
print(type(f | {9}).__name__, type({9} | f).__name__, p(f), hash(f) == hash(frozenset([1, 2, 3])))
print({frozenset([1]): "k"}[frozenset([1])], p({1, 2}.copy()), {x % 3 for x in range(10)})
u = {1, 2, 3}
u.intersection_update([2, 3, 4]); print(p(u))
u.difference_update({3}); print(p(u))
u.symmetric_difference_update({2, 8}); print(p(u))
print({1, 2} == {2, 1}, {True, 1, 1.0}, {0, False, -0.0}, set("aab") == {"a", "b"})
print(repr({1, 2, 3}), repr({5}), repr(frozenset({4})), repr(frozenset()))
