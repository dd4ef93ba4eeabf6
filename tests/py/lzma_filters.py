# _lzma filter chains: raw streams with LZMA1, LZMA2, delta and BCJ
# filters given as dicts, custom chains in .xz and .lzma, filter
# properties encoded and decoded, and the filter specifier errors.
import lzma

data = bytes(i % 256 for i in range(30000)) + b"abcabcabd" * 2000
chains = [
    [{"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_LZMA2, "preset": 1, "dict_size": 1 << 16}],
    [{"id": lzma.FILTER_LZMA1, "lc": 3, "lp": 0, "pb": 2, "dict_size": 1 << 20}],
    [{"id": lzma.FILTER_DELTA, "dist": 1}, {"id": lzma.FILTER_LZMA2, "preset": 0}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 2}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_X86, "start_offset": 16}, {"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_ARM}, {"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_LZMA2, "preset": 3, "mode": lzma.MODE_FAST,
      "mf": lzma.MF_HC4, "nice_len": 32, "depth": 8}],
    [{"id": lzma.FILTER_LZMA2, "mode": lzma.MODE_NORMAL, "mf": lzma.MF_BT2}],
]
for chain in chains:
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    back = lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain)
    try:
        xz = lzma.compress(data, filters=chain)
        print(len(raw), back == data, len(xz), lzma.decompress(xz) == data)
    except lzma.LZMAError as e:
        print(len(raw), back == data, "LZMAError:", e)

one = [{"id": lzma.FILTER_LZMA1, "preset": 1}]
alone = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=one)
print(len(alone), lzma.decompress(alone) == data)

d = lzma.LZMADecompressor(format=lzma.FORMAT_RAW, filters=chains[3])
raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chains[3])
out = d.decompress(raw, 100)
print(len(out), d.needs_input, d.check, d.eof)
while not d.needs_input and not d.eof:
    out += d.decompress(b"", 10000)
print(out == data, d.eof)

for spec in ({"id": lzma.FILTER_LZMA1}, {"id": lzma.FILTER_LZMA1, "lc": 1, "lp": 2, "pb": 0, "dict_size": 4096},
             {"id": lzma.FILTER_LZMA2}, {"id": lzma.FILTER_LZMA2, "dict_size": 5 << 20},
             {"id": lzma.FILTER_DELTA, "dist": 9},
             {"id": lzma.FILTER_SPARC, "start_offset": 64}):
    props = lzma._encode_filter_properties(spec)
    print(props, lzma._decode_filter_properties(spec["id"], props))

bad = [
    [{"id": lzma.FILTER_LZMA2, "bogus": 1}],
    [{"id": lzma.FILTER_LZMA2, "preset": 50}],
    [{"id": lzma.FILTER_LZMA2, "mf": 99}],
    [{"id": lzma.FILTER_LZMA2, "mode": 7}],
    [{"id": lzma.FILTER_LZMA2, "lc": -1}],
    [{"id": lzma.FILTER_DELTA, "dist": "x"}],
    [{"id": lzma.FILTER_DELTA, "start_offset": 1}],
    [{"id": lzma.FILTER_X86, "dist": 1}],
    [{"id": 99}],
    [{}],
    [{"id": "x"}],
    [3],
    5,
    [{"id": lzma.FILTER_DELTA}] * 5,
    [{"id": lzma.FILTER_X86}],
]
for chain in bad:
    try:
        lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=chain)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
try:
    lzma.LZMACompressor(format=lzma.FORMAT_ALONE, filters=chains[0])
except ValueError as e:
    print("ValueError:", e)
for args in ((lzma.FILTER_LZMA1, b"\xff\x00\x00\x00\x00"), (99, b""), (lzma.FILTER_DELTA, b"\x00\x00")):
    try:
        print(lzma._decode_filter_properties(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    lzma._encode_filter_properties({"id": 42})
except ValueError as e:
    print("ValueError:", e)
