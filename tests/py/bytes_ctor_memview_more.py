# bytes()/bytearray() check encoding/errors types first; memoryview hashing,
# contiguity attributes and casts between item formats.
for a in [("bla",), ("bla", b"x"), ("bla", "utf-8", 1), (b"x", "utf-8"), (1, "utf-8"),
          ([1], None, "strict"), ("bla", None), ("é", "ascii", "replace")]:
    for T in (bytes, bytearray):
        try:
            print(T(*a))
        except (TypeError, UnicodeEncodeError) as e:
            print(T.__name__, type(e).__name__, e)
for kw in ({"encoding": 1}, {"errors": b"x"}, {"encoding": "utf-8", "errors": None}):
    for T in (bytes, bytearray):
        try:
            print(T("x", **kw))
        except TypeError as e:
            print(T.__name__, e)

m = memoryview(b"abcde")
print(hash(m) == hash(b"abcde"), hash(m[1:3]) == hash(b"bc"), hash(memoryview(b"")) == hash(b""))
print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"), hash(memoryview(b"ab").cast("b")) == hash(b"ab"))
for bad in (memoryview(bytearray(b"x")), memoryview(b"abcd").cast("I"), memoryview(b"abcd").cast("h")):
    try:
        hash(bad)
    except ValueError as e:
        print("ValueError", e)
r = memoryview(b"x")
r.release()
try:
    hash(r)
except ValueError as e:
    print("ValueError", e)
print({memoryview(b"k"): 1}[b"k"])
for v in (memoryview(b"abcd"), memoryview(b"abcd").cast("I"), memoryview(b"")):
    print(v.c_contiguous, v.f_contiguous, v.contiguous, v.strides, v.suboffsets)
print(memoryview(b"abcd").cast("c").cast("B").tolist(), memoryview(b"abcd").cast("I").cast("B").tolist(),
      memoryview(b"abcd").cast("I").cast("c").tolist())
for src, dst in (("I", "h"), ("h", "I"), ("i", "f"), ("b", "i")):
    try:
        print(src, dst, memoryview(bytes(8)).cast(src).cast(dst).format)
    except TypeError as e:
        print(src, dst, "TypeError", e)
