# _bz2 and _lzma under allocation failure (tests/cli/failalloc.sh): the
# libraries' state, the output buffers and the carried input come from
# the interpreter's heap.
import _bz2
import _lzma

data = b"abcdefgh" * 2000 + bytes(range(256)) * 8
c = _bz2.BZ2Compressor(1)
b = c.compress(data) + c.flush()
d = _bz2.BZ2Decompressor()
out = d.decompress(b, 1000)
out += d.decompress(b"", -1)
print(len(b), out == data, d.eof, d.needs_input)

c = _lzma.LZMACompressor(preset=0)
x = c.compress(data) + c.flush()
d = _lzma.LZMADecompressor()
out = d.decompress(x[:50], 10)
out += d.decompress(x[50:], 3000)
out += d.decompress(b"")
print(len(x), out == data, d.eof, d.check)
f = [{"id": _lzma.FILTER_DELTA, "dist": 2}, {"id": _lzma.FILTER_LZMA2, "preset": 0}]
c = _lzma.LZMACompressor(format=_lzma.FORMAT_RAW, filters=f)
r = c.compress(data) + c.flush()
d = _lzma.LZMADecompressor(format=_lzma.FORMAT_RAW, filters=f)
print(len(r), d.decompress(r) == data)
print(_lzma._decode_filter_properties(_lzma.FILTER_LZMA2, b"\x10"))
