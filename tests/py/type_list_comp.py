# list comprehensions: filters, nested loops, conditional expressions, scoping.
print([x * x for x in range(8)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [c.upper() if c in "aeiou" else c for c in "banana"])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
print([[i * j for j in range(1, 4)] for i in range(1, 4)], [n for row in [[1, 2], [3]] for n in row])
print([len(w) for w in "a bb ccc".split()], [str(i) for i in range(3)], [i for i in []])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print(sum(x for x in range(5)), list(x for x in "ab"), max((len(w), w) for w in ["aa", "b", "ccc"]))
print({x % 3 for x in range(10)} == {0, 1, 2}, {k: [v] for k, v in zip("ab", [1, 2])})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v > 2])
try:
    [1 / (x - 2) for x in range(4)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([y := 5, y ** 2], [i for i in range(3)][::-1])
