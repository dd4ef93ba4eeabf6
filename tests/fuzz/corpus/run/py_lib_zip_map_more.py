# zip strict, map with several iterables, enumerate start, filter with predicates, laziness.
print(list(zip("abc", [1, 2, 3], strict=True)), list(map(pow, [2, 3, 4], [5, 2])), list(enumerate("ab", -2)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "b", "cd")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
log = []
def noisy(x):
    log.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(log, next(m), log, list(m), log)
f = filter(str.isupper, "aBcDE")
print(next(f), "".join(f), list(filter(None, (0, 0.0, "", 1))), list(filter(bool, [[], [0]])))
z = zip(range(3), "xyz")
print(next(z), dict(z))
e = enumerate(["a", "b"], start=100)
print(list(e), list(e))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])), list(zip(*zip("ab", "cd"))))
pairs = list(zip(*[iter(range(6))] * 2))
print(pairs, list(map(list, pairs)), [a * b for a, b in pairs])
print(sorted(map(abs, [-3, 1, -2])), any(map(str.isdigit, "ab1")), all(map(bool, [])), sum(map(len, ["ab", "c"])))
