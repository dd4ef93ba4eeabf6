# zlib under allocation failure (tests/cli/failalloc.sh): libz's state and
# the output buffers come from the interpreter's heap.
import zlib
data = b"abcdefgh" * 3000
c = zlib.compress(data, 9)
print(len(c), zlib.decompress(c) == data, zlib.decompress(c, bufsize=1) == data)
co = zlib.compressobj(zdict=b"abcdefgh")
head = co.compress(data)
s = head + co.copy().flush()
d = zlib.decompressobj(zdict=b"abcdefgh")
print(len(s), len(d.decompress(s, 100)))
d2 = d.copy()
print(len(d.unconsumed_tail), len(d.decompress(d.unconsumed_tail)), len(d2.flush()))
print(zlib.crc32(data), zlib.adler32(data), d.eof, d2.eof)
