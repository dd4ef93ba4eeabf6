# _lzma through Lib's lzma: round trips over the container formats,
# presets and checks, multi-stream data, lzma.open on temp files in
# binary and text mode.
import lzma
import os
import tempfile

data = b"".join(b"record %05d %s\n" % (i, b"xyz" * (i % 5)) for i in range(3000))
for preset in (0, 1, 3, 6):
    c = lzma.compress(data, preset=preset)
    print(preset, len(c), c[:6], lzma.decompress(c) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(data, check=check, preset=1)
    d = lzma.LZMADecompressor()
    print(check, len(c), d.decompress(c) == data, d.check, d.eof, lzma.is_check_supported(check))
print(lzma.is_check_supported(lzma.CHECK_ID_MAX), lzma.CHECK_UNKNOWN)

alone = lzma.compress(data, format=lzma.FORMAT_ALONE, preset=2)
print(len(alone), alone[:5], lzma.decompress(alone) == data,
      lzma.decompress(alone, format=lzma.FORMAT_ALONE) == data)
d = lzma.LZMADecompressor(lzma.FORMAT_ALONE)
print(d.check, d.decompress(alone) == data, d.eof)

comp = lzma.LZMACompressor(preset=1)
parts = [comp.compress(data[i:i + 4096]) for i in range(0, len(data), 4096)]
parts.append(comp.flush())
print(sum(map(len, parts)), lzma.decompress(b"".join(parts)) == data)
for f in (lambda: comp.compress(b"x"), comp.flush):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)

multi = lzma.compress(b"one ") + lzma.compress(b"two ") + lzma.compress(b"three")
print(lzma.decompress(multi))
padded = lzma.compress(b"padded") + b"\x00" * 8 + lzma.compress(b" again")
print(lzma.decompress(padded))
print(lzma.decompress(bytearray(lzma.compress(b"bytearray"))),
      lzma.decompress(memoryview(lzma.compress(b"memoryview"))))
print(lzma.compress(b"", preset=0)[:6], lzma.decompress(lzma.compress(b"")))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.xz")
    with lzma.open(path, "wb", preset=1) as f:
        f.write(data)
    with lzma.open(path) as f:
        print(f.read(7), len(f.read()), f.read())
    with lzma.LZMAFile(path) as f:
        f.seek(1000)
        print(f.tell(), f.readline(), f.peek(1)[:1])
    with lzma.open(path, "wt", encoding="utf-8", check=lzma.CHECK_SHA256) as f:
        f.write("gr\u00fc\u00dfe\n" * 4)
    with lzma.open(path, "rt", encoding="utf-8") as f:
        print(f.read().splitlines())
    with lzma.open(path, "ab", preset=0) as f:
        f.write(b"second stream")
    with lzma.open(path, "rb") as f:
        print(f.read()[-20:])
    alone_path = os.path.join(tmp, "t.lzma")
    with lzma.open(alone_path, "wb", format=lzma.FORMAT_ALONE) as f:
        f.write(b"alone data")
    with lzma.open(alone_path, "rb") as f:
        print(f.read())
