# unpack_sequence: tuple and list unpacking of fixed-size sequences,
# starred targets, swaps.


def tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    acc = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        acc += a + j
    return acc


def lists(n):
    l = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    acc = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        acc += b * i
    return acc


def stars(n):
    l = list(range(12))
    acc = 0
    for _ in range(n):
        first, *mid, last = l
        a, b, *rest = l
        acc += first + last + len(mid) + a + b + len(rest)
    return acc


def swaps(n):
    x, y, z = 1, 2, 3
    for _ in range(n):
        x, y = y, x
        x, y, z = z, x, y
    return x * 100 + y * 10 + z


def pairs(n):
    items = [(i, i * 2) for i in range(200)]
    acc = 0
    for _ in range(n):
        for k, v in items:
            acc += k ^ v
    return acc


print(tuples(300000), lists(300000), stars(100000), swaps(500000), pairs(1500))
