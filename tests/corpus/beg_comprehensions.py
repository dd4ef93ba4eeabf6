# List, dict, set comprehensions and generator expressions.
squares = [n * n for n in range(10)]
evens = [n for n in squares if n % 2 == 0]
print(squares, evens)
pairs = [(x, y) for x in range(1, 4) for y in range(1, 4) if x != y]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
words = "the rain in spain falls mainly on the plain".split()
lengths = {w: len(w) for w in words}
print(lengths)
initials = {w[0] for w in words}
print(sorted(initials))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inverted)
print(sum(x * x for x in range(101)), any(w.startswith("sp") for w in words), all(len(w) > 1 for w in words))
labels = ["even" if n % 2 == 0 else "odd" for n in range(6)]
print(labels)
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
bad = [["."] * 4] * 3
bad[1][2] = "#"
print(["".join(r) for r in bad])
x = "outer"
res = [x for x in range(3)]
print(x, res)
nested = {k: [i for i in range(k)] for k in range(4)}
print(nested)
flat = sorted({c for w in words for c in w if c in "aeiou"})
print(flat)
print(list(map(lambda t: t[0] * t[1], zip([1, 2, 3], [4, 5, 6]))), list(filter(None, [0, 1, "", "a", None, []])))
