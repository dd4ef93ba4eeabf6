# tuple packing/unpacking: swaps, star targets, nested targets and their errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = "hello"
*init, last = [1, 2, 3]
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for bad in [(1, 2, 3), (1,), 5, "ab c"]:
    try:
        p, q = bad
        print("ok", p, q)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m, n, *o = [1]
except ValueError as e:
    print(type(e).__name__, e)
t = tuple(range(3))
u = t + (t,)
print(u, len(u), u[-1] is t, t * 0, (1, 2) * 2 == (1, 2, 1, 2))
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1])
print(lo, hi, minmax("zebra"))
