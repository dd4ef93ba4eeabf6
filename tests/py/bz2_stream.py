# BZ2Decompressor streaming: max_length, needs_input, eof, unused_data,
# byte-at-a-time input; corrupt and truncated data with CPython's errors.
import bz2

data = bytes((i * 7 + i // 13) % 251 for i in range(60000))
c = bz2.compress(data, 9)

d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = d.decompress(c, 1000)
print(len(out), d.needs_input, d.eof)
out += d.decompress(b"", 0)
print(len(out), d.needs_input)
while not d.eof:
    chunk = d.decompress(b"", 7000)
    print(len(chunk), d.needs_input, d.eof)
    out += chunk
print(out == data, d.unused_data)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError:", e)

d = bz2.BZ2Decompressor()
out = b""
for i in range(0, len(c), 97):
    out += d.decompress(c[i:i + 97])
print(out == data, d.eof, d.needs_input)

d = bz2.BZ2Decompressor()
print(len(d.decompress(c + b"extra bytes", max_length=-1)), d.unused_data, d.eof)

d = bz2.BZ2Decompressor()
head = d.decompress(c[:len(c) // 2])
print(d.eof, d.needs_input, len(head) <= len(data))

for bad in (b"BZh9" + b"\x00" * 50, b"not bz2 at all", c[:10] + b"\xff" * 40 + c[50:]):
    try:
        bz2.BZ2Decompressor().decompress(bad)
        print("no error")
    except OSError as e:
        print(type(e).__name__, e)
try:
    bz2.decompress(c[:-10])
except ValueError as e:
    print("ValueError:", e)
try:
    bz2.decompress(c + b"junk after the stream")
except OSError as e:
    print(type(e).__name__, e)
print(len(bz2.decompress(c + bz2.compress(b"") )))

for f in (lambda: bz2.BZ2Compressor(0), lambda: bz2.BZ2Compressor(10),
          lambda: bz2.BZ2Compressor(1, 2), lambda: bz2.BZ2Compressor(compresslevel=2),
          lambda: bz2.BZ2Compressor("9"), lambda: bz2.BZ2Decompressor(1),
          lambda: bz2.BZ2Decompressor(x=1), lambda: bz2.BZ2Compressor().compress("s"),
          lambda: bz2.BZ2Decompressor().decompress("s"),
          lambda: bz2.BZ2Decompressor().decompress(b"", 1.5),
          lambda: bz2.BZ2Compressor().flush(1)):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
d = bz2.BZ2Decompressor()
try:
    d.eof = True
except AttributeError as e:
    print("AttributeError")
