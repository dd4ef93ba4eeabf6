# io.StringIO-heavy text building: a report of rows formatted with
# f-strings and str methods, written to StringIO buffers and read back.
import io


def report(rows):
    out = io.StringIO()
    out.write("name".ljust(12) + "qty".rjust(6) + "price".rjust(10) + "\n")
    for name, qty, price in rows:
        out.write(f"{name:<12}{qty:>6}{price:>10.2f}\n")
    out.write("-" * 28 + "\n")
    return out.getvalue()


def parse(text):
    buf = io.StringIO(text)
    header = buf.readline()
    total = 0.0
    count = 0
    for line in buf:
        if line.startswith("-"):
            break
        qty = int(line[12:18])
        price = float(line[18:28])
        total += qty * price
        count += 1
    return header.split(), count, round(total, 2)


rows = [(f"item{i:04d}", i % 17 + 1, (i * 37 % 1000) / 10) for i in range(3000)]
result = None
size = 0
for _ in range(12):
    text = report(rows)
    size += len(text)
    result = parse(text)
words = io.StringIO()
for i in range(20000):
    words.write(str(i))
    words.write(" " if i % 10 else "\n")
print(result, size, len(words.getvalue().splitlines()))
