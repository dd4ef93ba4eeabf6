# struct (Lib/struct.py over _struct): pack/unpack round trips in every
# byte order, sizes and native alignment, s/p/c/?/x, half/float/double,
# pack_into/unpack_from offsets, iter_unpack and the Struct class.
import struct

for mode in "@=<>!":
    for code in "bBhHiIlLqQnNP?efd":
        fmt = mode + code
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, "error", e)
            continue
        vals = [0, 1, 5]
        if code in "bhilqn":
            vals += [-1, -(2 ** (8 * size - 1)), 2 ** (8 * size - 1) - 1]
        elif code in "BHILQNP":
            vals += [2 ** (8 * size) - 1]
        elif code in "efd":
            vals += [-2.5, 0.1, 1e-7, float("inf"), -0.0]
        for v in vals:
            b = struct.pack(fmt, v)
            print(fmt, size, repr(v), b.hex(), struct.unpack(fmt, b))

print(struct.calcsize("bid"), struct.calcsize("@bid"), struct.calcsize("=bid"))
print(struct.calcsize("be"), struct.calcsize("bf"), struct.calcsize("b?"), struct.calcsize("bq"))
print(struct.calcsize("dbi0q"), struct.calcsize("5s3p"), struct.calcsize("3x2h"), struct.calcsize("<3x2h"))
print(struct.calcsize(""), struct.calcsize("0i"), struct.calcsize(" i  h "), struct.calcsize(b"<10s"))

rec = struct.pack("<I10sHd?c", 7, b"alice", 42, 3.25, True, b"z")
print(rec, len(rec))
print(struct.unpack("<I10sHd?c", rec))
print(struct.pack(">3s", b"abcdef"), struct.pack("5p", b"hi"), struct.pack("5p", b"hello world"))
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("3p", b"\x01ab"), struct.pack("0p", b"x"))
print(struct.pack("2c3x?", b"a", b"b", 2), struct.unpack("2c3x?", b"ab\0\0\0\x07"))
print(struct.pack("<e", 65504.0).hex(), struct.pack("<e", 1 / 3).hex(), struct.pack("<e", 6e-8).hex())
print(struct.pack("<e", 0.5 + 2 ** -11).hex(), struct.pack("<e", 1 + 2 ** -11).hex(), struct.pack("<e", 1 + 3 * 2 ** -11).hex())
print(struct.unpack("<e", b"\x00\x04"), struct.unpack("<e", b"\xff\x7b"), struct.unpack(">e", b"\xfc\x00"))
print(struct.pack("<f", 3.4028235e38).hex(), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("i", True), struct.pack("!h", -2), struct.pack("?", []), struct.pack("?", "x"))

class Idx:
    def __index__(self):
        return 300
print(struct.pack("<H", Idx()), struct.pack("<d", 3), struct.pack("<f", True))

s = struct.Struct("<2h")
print(type(s).__name__, s.format, s.size, s.pack(1, -1), s.unpack(b"\x01\x00\xff\xff"))
print(struct.Struct(b">i").format, s.unpack_from(b"xx\x02\x00\x03\x00", 2), s.unpack_from(buffer=b"\x02\x00\x03\x00yy"))
ba = bytearray(10)
s.pack_into(ba, 2, 7, 8)
struct.pack_into(">H", ba, -2, 0xABCD)
print(ba, struct.unpack_from("<h", ba, -8), struct.unpack_from("<h", ba, offset=4))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
print(list(s.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00")))
print(struct.unpack("<h", memoryview(b"\x05\x00")), struct.unpack("<h", bytearray(b"\x06\x00")))
print(struct.error.__name__, issubclass(struct.error, Exception), struct.__doc__[:40])
struct._clearcache()

class MyStruct(struct.Struct):
    pass
m = MyStruct("<i")
print(type(m).__name__, m.pack(9), m.size)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: struct.unpack_from("i"))
show(lambda: struct.unpack_from("i", b"1234", 0, 1))
show(lambda: struct.pack_into("i", bytearray(4)))
show(lambda: struct.pack_into("i", bytearray(4), 0))
show(lambda: struct.pack_into("i", bytearray(4), 0, 1, 2))
show(lambda: struct.Struct("i").pack_into(bytearray(4)))
show(lambda: struct.Struct("i").unpack_from())
show(lambda: struct.Struct("i").unpack(b"1", b"2"))
show(lambda: struct.calcsize())
show(lambda: struct.iter_unpack("i"))
show(lambda: struct.iter_unpack("i", "abcd"))
show(lambda: struct.pack("<f", 2 ** 200))
show(lambda: struct.pack("<e", 10 ** 6))
show(lambda: struct.pack("<d", "1"))
show(lambda: struct.unpack("<d", b"12345678" * 2))
show(lambda: struct.pack("3", 1))
show(lambda: struct.pack("i i", 1))
show(lambda: struct.Struct(None))
