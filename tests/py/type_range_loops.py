# range in loops: negative steps, empty ranges, reversed, and index arithmetic.
for r in [range(5), range(2, 5), range(0, 10, 3), range(5, 0, -1), range(5, 0), range(-5, -1), range(0, -6, -2)]:
    print(r, list(r), len(r), r[0] if r else None, sum(r))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in reversed(range(0, 10, 4)):
    print(i, end=" ")
print()
print([i for i in range(10)[2:8:2]], range(10)[-1], range(0, 20, 5).index(15), list(range(3)) * 2)
print(list(range(10))[::-1] == list(range(9, -1, -1)), range(0, 10, 2) == range(0, 9, 2))
n = 5
tri = [[1] * (i + 1) for i in range(n)]
for i in range(2, n):
    for j in range(1, i):
        tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]
print(tri)
print(min(range(3, 10)), max(range(3, 10, 4)), sorted(range(3), reverse=True), 3 in range(1, 10, 2), 4.0 in range(5))
