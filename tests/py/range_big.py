r = range(1 << 70, (1 << 70) + 5)
print(r, len(r), list(r), r[0], r[-1], (1 << 70) + 2 in r, 5 in r, bool(r), r.start, r.stop, r.step)
print(type(iter(r)).__name__, list(reversed(r)), r == range(1 << 70, (1 << 70) + 5), hash(r) == hash(range(1 << 70, (1 << 70) + 5)))
b = range(1 << 1000)
try:
    len(b)
except OverflowError as e:
    print("OverflowError", e)
print(type(iter(b)).__name__, b[5], (1 << 999) in b, -1 in b, bool(range(1 << 100, 0)), list(range(10 ** 20, 10 ** 20 + 10, 3)))
print(range(0, -(1 << 80), -(1 << 78)), list(range(0, -(1 << 80), -(1 << 78))))
try:
    range(1 << 80, 1, 0)
except ValueError as e:
    print(e)
try:
    b[1 << 1000]
except IndexError as e:
    print(e)
it = iter(range(3 << 70, (3 << 70) + 2))
print(it.__length_hint__(), next(it), next(it), it.__length_hint__())
