# Lib's gzip over zlib: one-shot compress/decompress (mtime=0 keeps the
# bytes fixed), GzipFile on a BytesIO, gzip.open on a temporary file in
# binary and text mode, several members, and the errors of a damaged file.
import gzip, io, os, tempfile, zlib

data = b"".join(b"%d bottles of beer on the wall\n" % i for i in range(99, 0, -1))

c = gzip.compress(data, mtime=0)
print(len(c), c[:10].hex(), zlib.crc32(c))
print(gzip.decompress(c) == data)
for level in [0, 1, 9]:
    c = gzip.compress(data, compresslevel=level, mtime=0)
    print(level, len(c), zlib.crc32(c), gzip.decompress(c) == data)
print(gzip.compress(b"", mtime=0).hex())
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b" two", mtime=0)))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
    f.write(data[:1000])
    f.write(memoryview(data[1000:]))
raw = buf.getvalue()
print(len(raw), zlib.crc32(raw), raw[:4].hex())
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(20), f.readline(), len(f.read()), f.mtime)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    lines = f.readlines()
    print(len(lines), lines[-1])
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    f.seek(500)
    print(f.tell(), f.read(15), f.peek(3)[:3])

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt.gz")
    with gzip.open(path, "wb") as f:
        f.write(data)
    with gzip.open(path, "rb") as f:
        print(f.read() == data)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("héllo\nwörld\n")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(f.readlines())
    with gzip.open(path, "ab") as f:
        f.write(b"appended member\n")
    with open(path, "rb") as f:
        print(gzip.decompress(f.read()).decode("utf-8"))
    with gzip.open(path, "rb") as f:
        print([line for line in f])
    with open(path, "rb") as f:
        print(f.read(3).hex())

# damaged data
good = gzip.compress(b"payload", mtime=0)
bad_crc = good[:-8] + b"\x00\x00\x00\x00" + good[-4:]
for blob in [bad_crc, good[:-3], b"not gzip at all", good + b"\x00\x00junk"]:
    try:
        print(gzip.decompress(blob))
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        print(type(e).__name__, e)
