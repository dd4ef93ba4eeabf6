# Ranges and slices.
r = range(2, 20, 3)
print(r, range(5), len(r), r[0], r[-1], r[1:3], r[::-1], list(r), 8 in r, 9 in r)
print(list(range(5, 0, -2)), list(range(0)), range(0) == range(2, 2), range(3) == range(0, 3, 1))
print(r.index(5), r.count(5), list(reversed(range(4))), sum(range(101)), r.start, r.stop, r.step)
print(slice(1, 2), slice(3), slice(None, None, -1), slice(1, 10, 2).indices(5))
print("hello"[slice(1, 4)], [0, 1, 2, 3][slice(None, None, 2)])
for bad in ("range(1, 2, 0)", "range(10)[10]", "range('a')", "range(1, 2, 3, 4)", "range(3).index(7)",
            "[1][1:2:0]", "[1]['a':]"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
