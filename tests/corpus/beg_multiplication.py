# Multiplication tables and number patterns with nested loops.
n = 9
print("    " + "".join(f"{c:4}" for c in range(1, n + 1)))
print("    " + "-" * 4 * n)
for r in range(1, n + 1):
    print(f"{r:2} |" + "".join(f"{r * c:4}" for c in range(1, n + 1)))

print()
for i in range(1, 6):
    print(" " * (5 - i) + "*" * (2 * i - 1))
for i in range(4, 0, -1):
    print(" " * (5 - i) + "*" * (2 * i - 1))

print()
for i in range(1, 6):
    print(" ".join(str(j) for j in range(1, i + 1)))

row = [1]
for _ in range(8):
    print(" ".join(map(str, row)).center(40))
    row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]

size = 8
for r in range(size):
    print("".join("#" if (r + c) % 2 else "." for c in range(size)))
total = 0
for a in range(1, 5):
    for b in range(1, 5):
        if a == b:
            continue
        if a * b > 8:
            break
        total += a * b
else:
    print("loops finished, total", total)
