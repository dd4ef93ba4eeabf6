w¦¸$îŸl# dict errors: unhashable keys, missing keys with __missing__, mutation during iteration, bad update args.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(c, c["z"], "z" in c, c.get("z"))
for call in [lambda: {}[[]], lambda: {}.setdefault({}), lambda: {}.update([[1, 2, 3]]), lambda: {}.update(["ab", "c"]),
             lambda: dict(a=1).pop(), lambda: dict.fromkeys(5), lambda: {**[]}, lambda: {}.__getitem__(1)]:
    try:
        print(call())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
d = {1: "a", 2: "b"}
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    d[{1}] = 1
except TypeError as e:
    print(type(e).__name__, e)
k = (1, [2])
try:
    d[k] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["A"])
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
