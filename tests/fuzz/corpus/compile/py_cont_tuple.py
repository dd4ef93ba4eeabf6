# Tuples: construction, hashing, comparison, slicing, methods.
t = (1, 2, 3, 2)
print(t, (), (1,), tuple("ab"), tuple([1, 2]), t[1], t[-1], t[1:3], t[::-1])
print(t.index(2), t.index(2, 2), t.count(2), len(t), 2 in t, 5 in t)
print(t + (4,), t * 2, 2 * (0,), () * 5)
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1, 2, 3)), hash((None, "")) == hash((None, "")))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) != (1,))
print(((1, 2), [3]), (1, (2, (3,))))
a, *b = (1, 2, 3)
print(a, b)
d = {(1, 2): "x"}
print(d[(1, 2)])
for bad in ("(1,)[5]", "(1,).index(9)", "(1,)[0] = 2", "hash(([],))", "(1,) + [2]",
            "(1,) < ('a',)", "del (1,)[0]", "t['a']"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
