# LZMADecompressor streaming: max_length, needs_input, eof, unused_data,
# memlimit; corrupt and truncated data and bad arguments with CPython's
# errors.
import lzma

data = bytes((i * 31 + i // 7) % 253 for i in range(50000))
c = lzma.compress(data, preset=1)

d = lzma.LZMADecompressor()
print(d.check, d.eof, d.needs_input, d.unused_data)
out = d.decompress(c, 500)
print(len(out), d.needs_input, d.eof, d.check)
out += d.decompress(b"", 0)
while not d.eof:
    chunk = d.decompress(b"", 9000)
    print(len(chunk), d.needs_input, d.eof)
    out += chunk
print(out == data, d.unused_data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError:", e)

d = lzma.LZMADecompressor(lzma.FORMAT_XZ)
out = b""
for i in range(0, len(c), 101):
    out += d.decompress(c[i:i + 101], max_length=3000)
    while not d.needs_input and not d.eof:
        out += d.decompress(b"", max_length=3000)
print(out == data, d.eof)

d = lzma.LZMADecompressor()
print(len(d.decompress(c + b"trailing")), d.unused_data, d.eof)

try:
    lzma.LZMADecompressor(memlimit=1024).decompress(c)
except lzma.LZMAError as e:
    print("LZMAError:", e)
for bad in (b"\xfd7zXZ\x00" + b"\x00" * 30, b"plain text, not xz", c[:40] + b"\x55" * 60 + c[100:]):
    try:
        lzma.LZMADecompressor().decompress(bad)
        print("no error")
    except lzma.LZMAError as e:
        print("LZMAError:", e)
try:
    lzma.LZMADecompressor(lzma.FORMAT_XZ).decompress(lzma.compress(b"x", format=lzma.FORMAT_ALONE))
except lzma.LZMAError as e:
    print("LZMAError:", e)
try:
    lzma.decompress(c[:-8])
except lzma.LZMAError as e:
    print("LZMAError:", e)
try:
    lzma.decompress(b"nonsense")
except lzma.LZMAError as e:
    print("LZMAError:", e)
print(issubclass(lzma.LZMAError, Exception), lzma.LZMAError.__module__)

calls = [
    lambda: lzma.LZMACompressor(format=9),
    lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
    lambda: lzma.LZMACompressor(preset=1, filters=[]),
    lambda: lzma.LZMACompressor(preset=-1),
    lambda: lzma.LZMACompressor(preset=2 ** 40),
    lambda: lzma.LZMACompressor(preset=1.5),
    lambda: lzma.LZMACompressor(preset=99),
    lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, preset=99),
    lambda: lzma.LZMACompressor(check=99),
    lambda: lzma.LZMACompressor(x=1),
    lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW),
    lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW),
    lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=5, filters=[]),
    lambda: lzma.LZMADecompressor(filters=[{"id": lzma.FILTER_LZMA2}]),
    lambda: lzma.LZMADecompressor(memlimit=-1),
    lambda: lzma.LZMADecompressor(memlimit="a"),
    lambda: lzma.LZMADecompressor(format=7),
    lambda: lzma.LZMADecompressor(y=2),
    lambda: lzma.LZMACompressor().compress("text"),
    lambda: lzma.LZMACompressor().flush(1),
    lambda: lzma.LZMADecompressor().decompress(),
    lambda: lzma.LZMADecompressor().decompress(b"", 1.5),
    lambda: lzma.is_check_supported("a"),
]
for f in calls:
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: lzma.LZMACompressor(format=2 ** 31), lambda: lzma.LZMACompressor(check=-2 ** 31 - 1),
          lambda: lzma.LZMACompressor(format=2 ** 70), lambda: lzma.LZMADecompressor(format=2 ** 40),
          lambda: lzma.LZMADecompressor().decompress(b"", 2 ** 63),
          lambda: lzma.is_check_supported(2 ** 33)):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
