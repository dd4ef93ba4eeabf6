# zlib.compress / zlib.decompress at every level and window size, with the
# three container formats (zlib header, raw deflate, gzip header), and the
# checksums; compressed bytes are libz's own, so they match CPython's.
import zlib, array

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i
                for i in range(300))
noise = bytes((i * 7919 + (i >> 3) * 31) % 256 for i in range(5000))
samples = [b"", b"a", b"hello hello hello hello", text, noise]

for level in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]:
    row = []
    for s in samples:
        c = zlib.compress(s, level)
        assert zlib.decompress(c) == s
        row.append(len(c))
    print("level", level, row, zlib.crc32(zlib.compress(text, level)))

for wbits in [9, 10, 12, 15, -9, -12, -15, 25, 28, 31]:
    c = zlib.compress(text, 6, wbits)
    back = zlib.decompress(c, wbits)
    auto = zlib.decompress(c, 47) if wbits > 0 else None
    print("wbits", wbits, len(c), c[:2].hex() if wbits > 0 else "raw",
          back == text, auto == text if auto is not None else "-",
          zlib.adler32(c))

print(zlib.compress(b"hello"), zlib.compress(b"hello", level=9, wbits=-15))
print(zlib.compress(b"hello", wbits=31).hex())
print(zlib.decompress(zlib.compress(b"x" * 100000), bufsize=1) == b"x" * 100000)
print(zlib.decompress(zlib.compress(text), 15, 0) == text)
print(zlib.decompress(zlib.compress(text), bufsize=10**6) == text)

# any bytes-like object is accepted
for obj in [bytearray(b"abcabc"), memoryview(b"xyzxyz"), array.array("H", [1, 2, 3])]:
    c = zlib.compress(obj)
    print(type(obj).__name__, c, zlib.decompress(bytearray(c)),
          zlib.crc32(obj), zlib.adler32(obj))
print(zlib.decompress(memoryview(zlib.compress(b"viewed"))))

# checksums, running values and masks
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b" world", zlib.adler32(b"hello")))
print(zlib.crc32(b"a", -1), zlib.crc32(b"a", 2**40 + 5), zlib.adler32(b"a", 2**33), zlib.crc32(b"a", True))
print(zlib.crc32(text), zlib.adler32(text), zlib.crc32(noise), zlib.adler32(noise))

# constants
for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE",
             "Z_NO_COMPRESSION", "Z_BEST_SPEED", "Z_BEST_COMPRESSION",
             "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE",
             "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH",
             "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION[:2], zlib.__version__)
print(zlib.error, zlib.error.__mro__, issubclass(zlib.error, Exception))
print(zlib.compress.__doc__.splitlines()[0])
print(zlib.__doc__.splitlines()[0])
