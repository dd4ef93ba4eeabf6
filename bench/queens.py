# queens and permutations: recursive generators, sets, itertools.
import itertools


def queens(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            yield from place(row + 1)
            placed.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    return place(0)


def perm_queens(n):
    count = 0
    cols = range(n)
    for vec in itertools.permutations(cols):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            count += 1
    return count


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


for _ in range(3):
    sols = list(queens(10))
    checksum = sum(sum(i * c for i, c in enumerate(s)) for s in sols)
    pc = perm_queens(8)
    pn = sum(p[0] * p[-1] for p in permutations(list(range(7))))
print(len(sols), checksum, pc, pn)
