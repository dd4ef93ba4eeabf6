Ð û3=§”´# set methods with various iterables, comprehension, frozenset immutability, set of tuples.
s = set("hello")
print(sorted(s), len(s), "h" in s)
s.update(range(3), (7,), {8: 0})
print(sorted(s, key=str))
evens = {x for x in range(10) if x % 2 == 0}
odds = frozenset(range(1, 10, 2))
print(sorted(evens | odds), evens & odds, sorted(evens.union(odds)) == list(range(10)), evens.isdisjoint(odds))
pairs = {(1, 2), (2, 1), (1, 2)}
print(sorted(pairs), len(pairs), (2, 1) in pairs)
fs = frozenset([1, 2])
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(fs, name))
print(sorted(fs.union([3])), fs.copy() is fs, frozenset(fs) is fs, set(fs) == fs)
a = {1, 2, 3}
b = a
b |= {4}
print(a is b, sorted(a))
c = a | set()
print(c is a, c == a)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested), frozenset() in nested)
words = ["apple", "bob", "apple", "cat", "bob"]
seen, dups = set(), set()
for w in words:
    (dups if w in seen else seen).add(w)
print(sorted(seen), sorted(dups))
try:
    {1, 2} - [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.add([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} & 5
except TypeError as e:
    print(type(e).__name__, e)
print(set() == frozenset(), set() is set(), len(set(range(100))), sorted({-1, -5, 3}), min({4, 2, 9}))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2} ^ {2, 3} == {1, 3}, set("ab") | set("bc") == set("abc"))
