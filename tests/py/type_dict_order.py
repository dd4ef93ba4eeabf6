# dict insertion order, re-insertion, deletion, popitem LIFO, and equality independent of order.
d = {}
for k in ["c", "a", "b"]:
    d[k] = len(d)
print(d, list(d), list(d.values()))
d["a"] = 99
print(d)
del d["c"]
d["c"] = 0
print(d)
print(d.popitem(), d.popitem(), d)
e = dict.fromkeys("xyz", 0)
e.update({"a": 1, "x": 5})
print(e, list(reversed(e)), list(reversed(e.values())))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
inv = {v: k for k, v in {"one": 1, "two": 2, "uno": 1}.items()}
print(inv)
grouped = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
m = {i: i * i for i in range(6) if i % 2}
print(m, {k: v for k, v in sorted(m.items(), reverse=True)})
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big.values()))
print(dict(a=1) | dict(b=2) | dict(a=3), {**{"x": 1}, "y": 2, **{"x": 3}})
