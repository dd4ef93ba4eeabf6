# zlib's streaming objects: compressobj with its flush modes and options,
# decompressobj fed in pieces, max_length with unconsumed_tail, data after
# the end (unused_data, eof), preset dictionaries, and copy().
import copy, zlib

text = b"".join(b"record %05d spam eggs ham\n" % i for i in range(4000))

# compress in pieces, with every flush mode between them
c = zlib.compressobj()
parts = [c.compress(text[i:i + 7000]) for i in range(0, len(text), 7000)]
parts.append(c.flush())
print([len(p) for p in parts], zlib.decompress(b"".join(parts)) == text)

for mode in ["Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_BLOCK"]:
    c = zlib.compressobj(9)
    a = c.compress(b"first part ") + c.flush(getattr(zlib, mode))
    b = c.compress(b"second part") + c.flush()
    print(mode, a.hex(), len(b), zlib.decompress(a + b))

# options: method, window, memory level, strategy, gzip and raw streams
for args in [(1,), (9, zlib.DEFLATED, 9), (6, zlib.DEFLATED, -15, 1),
             (6, zlib.DEFLATED, 31, 9, zlib.Z_FILTERED),
             (6, zlib.DEFLATED, 15, 8, zlib.Z_HUFFMAN_ONLY),
             (6, zlib.DEFLATED, 15, 8, zlib.Z_RLE),
             (6, zlib.DEFLATED, 15, 8, zlib.Z_FIXED)]:
    c = zlib.compressobj(*args)
    out = c.compress(text) + c.flush()
    wbits = args[2] if len(args) > 2 else 15
    print(args, len(out), zlib.crc32(out), zlib.decompress(out, wbits) == text)
c = zlib.compressobj(level=2, wbits=-12, memLevel=3, strategy=zlib.Z_FILTERED)
print(len(c.compress(text) + c.flush()))

# decompress fed a byte range at a time
comp = zlib.compress(text, 9)
d = zlib.decompressobj()
out = b"".join(d.decompress(comp[i:i + 100]) for i in range(0, len(comp), 100))
print(len(out), out == text, d.eof, d.unused_data, d.unconsumed_tail, d.flush())

# max_length: at most that much out, the rest of the input kept
d = zlib.decompressobj()
chunk = d.decompress(comp, 1000)
print(len(chunk), len(d.unconsumed_tail), d.eof)
pieces = [chunk]
while d.unconsumed_tail:
    pieces.append(d.decompress(d.unconsumed_tail, 30000))
    print(len(pieces[-1]), len(d.unconsumed_tail), d.eof)
pieces.append(d.flush())
print(b"".join(pieces) == text, d.eof)

d = zlib.decompressobj()
first = d.decompress(comp, 5)
rest = d.flush()
print(first, len(rest), first + rest == text, d.unconsumed_tail, d.eof)

d = zlib.decompressobj()
print(d.decompress(comp, 40000)[-10:], len(d.unconsumed_tail), len(d.flush(1)))

# data after the end of the stream
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"payload") + b"trailing"), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data, d.eof)
print(d.flush(), d.eof, d.unused_data)
d = zlib.decompressobj()
whole = zlib.compress(b"abc" * 1000) + b"XYZ"
part = d.decompress(whole, 10)
print(part, len(d.unconsumed_tail), d.unused_data)
part += d.decompress(d.unconsumed_tail)
print(len(part), d.eof, d.unused_data, d.unconsumed_tail)

# several gzip members, raw streams, auto-detection
g = zlib.compressobj(wbits=31)
member = g.compress(b"member") + g.flush()
d = zlib.decompressobj(47)
print(d.decompress(member + member), d.unused_data == member, d.eof)
d = zlib.decompressobj(-15)
raw = zlib.compress(b"raw deflate", 6, -15)
print(d.decompress(raw), d.eof, d.flush())

# preset dictionaries
zdict = b"spam eggs ham record "
c = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, zdict)
with_dict = c.compress(text[:2000]) + c.flush()
print(len(with_dict), len(zlib.compress(text[:2000], 9)))
d = zlib.decompressobj(zdict=zdict)
print(d.decompress(with_dict) == text[:2000], d.eof)
d = zlib.decompressobj(zdict=bytearray(zdict))
print(d.decompress(with_dict, 50), len(d.unconsumed_tail))
try:
    zlib.decompressobj().decompress(with_dict)
except zlib.error as e:
    print("error:", e)
try:
    zlib.decompress(with_dict)
except zlib.error as e:
    print("error:", e)
c = zlib.compressobj(wbits=-15, zdict=zdict)
raw_dict = c.compress(b"spam eggs") + c.flush()
print(zlib.decompressobj(-15, zdict).decompress(raw_dict))
c = zlib.compressobj(zdict=memoryview(b"abc"))
print(c.compress(b"abcabc") + c.flush())

# copy(): both copies go on independently
c = zlib.compressobj()
head = c.compress(b"common prefix, ")
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
a = head + c.compress(b"ending one") + c.flush()
b = head + c2.compress(b"ending two") + c2.flush()
print(zlib.decompress(a), zlib.decompress(b))
print(zlib.decompress(head + c3.flush()), zlib.decompress(head + c4.flush()))
d = zlib.decompressobj()
x = d.decompress(comp[:500])
d2 = d.copy()
print(len(x + d.decompress(comp[500:])), len(x + d2.decompress(comp[500:])))
print(d.eof, d2.eof, copy.copy(d2).eof, copy.deepcopy(d).eof)
e = zlib.decompressobj()
e.decompress(zlib.compress(b"z") + b"tail")
f = e.copy()
print(f.unused_data, f.eof, f.unused_data is e.unused_data)
print(type(c).__name__, type(d).__name__, type(c).__module__)

# after the end: finished objects refuse more work
c = zlib.compressobj()
c.compress(b"done")
c.flush()
for call in [lambda: c.compress(b"x"), lambda: c.flush(), c.copy,
             lambda: c.flush(zlib.Z_NO_FLUSH)]:
    try:
        print(call())
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
d = zlib.decompressobj()
d.decompress(zlib.compress(b"done"))
print(d.flush(), d.eof, d.flush())
for call in [lambda: d.decompress(b"x"), d.copy]:
    try:
        print(call())
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)

# truncated input: decompressobj keeps quiet, flush gives what there is
d = zlib.decompressobj()
print(d.decompress(comp[:30])[:20], d.eof)
print(len(d.flush()), d.eof)
