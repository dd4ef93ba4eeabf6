# min/max/sorted with key and default, sum, any/all.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "B", "c"))
print(max([], default=None), min((), default="empty"), max([1, 5], default=0))
words = ["kiwi", "fig", "banana", "apple", "cherry"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(*words, key=str.upper))
print(max([(1, "b"), (1, "a"), (0, "z")]), max([1, 3, 3.0], key=lambda x: x), max(3.0, 3), max(3, 3.0))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0),
             lambda: max([1, "a"]), lambda: min([1], key=5), lambda: max([1], foo=1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([1, 2.5]), sum([True, True]), sum((x * x for x in range(4))))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([[1]])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 10 for x in range(5)), any("a"), all(""))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 2, 3]), calls)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
