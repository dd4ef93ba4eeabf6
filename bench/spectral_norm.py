# spectral norm: nested function calls, map/zip, generator expressions.
import math


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def row_dot(i, u):
    return sum(entry(i, j) * uj for j, uj in enumerate(u))


def col_dot(i, u):
    return sum(entry(j, i) * uj for j, uj in enumerate(u))


def times(u):
    return [row_dot(i, u) for i in range(len(u))]


def times_transp(u):
    return list(map(lambda i: col_dot(i, u), range(len(u))))


def at_times(u):
    return times_transp(times(u))


def spectral(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = at_times(u)
        u = at_times(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return math.sqrt(vbv / vv)


print("%.9f" % spectral(170, 12))
