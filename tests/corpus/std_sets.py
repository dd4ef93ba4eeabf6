# Sets and frozensets for membership, deduplication and relations.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.issubset(range(10)), {1, 2} < a, a >= {1}, a.isdisjoint({8}))
s = set()
for w in "to be or not to be that is the question".split():
    s.add(w)
print(sorted(s), len(s))
s.discard("xyz")
s.remove("to")
try:
    s.remove("to")
except KeyError as e:
    print("KeyError:", e)
popped = sorted(s)[0]
s -= {popped}
print(popped, sorted(s))
fs = frozenset("hello")
print(sorted(fs), hash(fs) == hash(frozenset("olleh")), {fs: "ok"}[frozenset("lohe")])
groups = {frozenset({"ana", "ben"}), frozenset({"ben", "ana"}), frozenset({"cy"})}
print(len(groups))
emails = ["a@x.com", "B@x.com", "a@x.com", "b@x.com", "c@y.org"]
seen, unique = set(), []
for e in emails:
    if e.lower() not in seen:
        seen.add(e.lower())
        unique.append(e)
print(unique, list(dict.fromkeys(emails)))
friends = {
    "ana": {"ben", "cy"},
    "ben": {"ana", "dee"},
    "cy": {"ana", "dee", "eve"},
    "dee": {"ben", "cy"},
    "eve": {"cy"},
}
for p in sorted(friends):
    fof = set().union(*(friends[f] for f in friends[p])) - friends[p] - {p}
    print(p, "might know", sorted(fof))
print({x % 3 for x in range(10)}, set("aabbc") == {"a", "b", "c"}, set(), {()}, frozenset())
u = {1, 2}
u |= {3}
u &= {2, 3, 4}
u ^= {4, 5}
print(sorted(u), 3 in u, min(u), sum(u))
print(sorted({True, 1, 1.0, 2}), {0, False, 0.0, -0.0})
