# _bz2 through Lib's bz2: one-shot round trips at several levels, the
# incremental compressor, multi-stream data and bz2.open on temp files in
# binary and text mode.
import bz2
import os
import tempfile

data = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 7)) for i in range(2000))
data += bytes(range(256)) * 20
for level in (1, 2, 5, 9):
    c = bz2.compress(data, level)
    print(level, len(c), c[:4], bz2.decompress(c) == data)
print(bz2.compress(b""), bz2.decompress(bz2.compress(b"")))
print(bz2.decompress(b""))

comp = bz2.BZ2Compressor(3)
parts = [comp.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
parts.append(comp.flush())
print([len(p) for p in parts], bz2.decompress(b"".join(parts)) == data)
try:
    comp.compress(b"x")
except ValueError as e:
    print("ValueError:", e)
try:
    comp.flush()
except ValueError as e:
    print("ValueError:", e)

multi = bz2.compress(b"first ") + bz2.compress(b"second ") + bz2.compress(b"third")
print(bz2.decompress(multi))
print(bz2.decompress(bytearray(bz2.compress(b"from a bytearray"))))
print(bz2.decompress(memoryview(bz2.compress(b"from a memoryview"))))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.bz2")
    with bz2.open(path, "wb") as f:
        f.write(data)
        f.write(b"tail")
    with bz2.open(path, "rb") as f:
        print(f.read(10), len(f.read()), f.read())
    with bz2.BZ2File(path) as f:
        f.seek(100)
        print(f.tell(), f.read(12), f.readline())
    with bz2.open(path, "wt", encoding="utf-8") as f:
        f.write("h\u00e9llo\n" * 3)
        print("w\u00f6rld", file=f)
    with bz2.open(path, "rt", encoding="utf-8") as f:
        print(f.readlines())
    with bz2.open(path, "ab") as f:
        f.write(b"appended")
    with open(path, "rb") as f:
        raw = f.read()
    print(raw.count(b"BZh9"), bz2.decompress(raw)[-12:])
    try:
        bz2.open(path, "rb", compresslevel=0)
    except ValueError as e:
        print("ValueError:", e)
