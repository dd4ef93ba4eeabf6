# generator tree walk: a binary tree built from nested tuples, walked
# in order by recursive generators (yield from), several times.


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is None:
        return
    left, value, right = node
    yield from walk(left)
    yield value
    yield from walk(right)


def depth_first(node, depth=0):
    if node is not None:
        yield depth
        yield from depth_first(node[0], depth + 1)
        yield from depth_first(node[2], depth + 1)


tree = build(0, 20000)
total = 0
for _ in range(8):
    total += sum(walk(tree))
    total += max(depth_first(tree))
evens = sum(1 for v in walk(tree) if v % 2 == 0)
print(total, evens)
