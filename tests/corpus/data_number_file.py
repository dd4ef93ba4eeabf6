# Reading a whitespace-separated numeric file, skipping comments.
rows = []
with open("matrix.txt") as f:
    for line in f:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rows.append([int(x) for x in line.split()])

n = len(rows)
print(f"{n}x{len(rows[0])} matrix")
for r in rows:
    print(" ".join(f"{x:3}" for x in r), "|", sum(r))
print(" ".join(f"{sum(col):3}" for col in zip(*rows)))
diag = sum(rows[i][i] for i in range(n))
anti = sum(rows[i][n - 1 - i] for i in range(n))
print("diagonals:", diag, anti)
flat = [x for r in rows for x in r]
print("max at", divmod(flat.index(max(flat)), n), "mean", sum(flat) / len(flat))
rotated = [list(r) for r in zip(*rows[::-1])]
for r in rotated:
    print(r)
counts = {}
for x in flat:
    counts[x] = counts.get(x, 0) + 1
print(sorted(counts.items()))
