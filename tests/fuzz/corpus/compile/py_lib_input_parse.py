# input(): parse a small table from stdin (lib_input_parse.in) and summarise it.
header = input().split(",")
rows = []
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line.strip():
        continue
    name, qty, price = line.split(",")
    rows.append((name.strip(), int(qty), float(price)))
print(header)
for name, qty, price in sorted(rows, key=lambda r: -r[1] * r[2]):
    print(f"{name:<10}{qty:>4}{price:>8.2f}{qty * price:>9.2f}")
print("total", round(sum(q * p for _, q, p in rows), 2), "items", sum(q for _, q, _ in rows))
