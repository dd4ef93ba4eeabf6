# nested lists: aliasing with *, shallow copies, comprehension grids, identity vs equality.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [[1, 2], [3, 4]]
b = a[:]
c = list(a)
d = a.copy()
b[0].append(99)
b.append([5])
print(a, b, c, d, a is b, a[0] is b[0], a == c)
m = [[r * 3 + col for col in range(3)] for r in range(3)]
print(m, [row[1] for row in m], [list(col) for col in zip(*m)], sum(map(sum, m)))
print([x for row in m for x in row if x % 2], [[x * 2 for x in row] for row in m])
flat = []
for row in m:
    flat.extend(row)
print(flat, flat[::4], len(flat))
x = [1, 2]
x.append(x)
print(x, x[2][2][0], len(x))
y = [x, x]
print(y[0] is y[1], [[]] * 2, [[]] * 0)
t = ([1], [2])
t[0].extend([3])
print(t)
stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
