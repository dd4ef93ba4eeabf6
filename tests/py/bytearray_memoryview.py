import sys
g = sys.getsizeof
b = bytearray(b"hello")
print(b, repr(b), str(b), len(b), b[0], b[-1], b[1:3], b[::-1], type(b[1:3]))
b[0] = 72; b.append(33); b.extend(b" x"); b.extend([65, 66]); b.insert(0, 62)
print(b, b.pop(), b.pop(0), b)
b += b"++"; print(b, b * 2, 2 * b, b + bytearray(b"!"), b"x" + b)
b[1:3] = b"AB"; print(b); b[::2] = bytes(len(b[::2])); print(b)
del b[0]; del b[1:3]; del b[::2]; print(b)
print(bytearray(b"a b c").split(), bytearray(b"abc").upper(), bytearray(b"  x ").strip(), bytearray(b"a,b").partition(b","))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"ab" in bytearray(b"cabd"), 97 in bytearray(b"a"))
print(bytearray(b"abc").find(b"c"), b"abc".find(bytearray(b"c")), b"xyz".startswith(bytearray(b"x")), b"-".join([bytearray(b"a"), b"b"]))
print(bytearray(3), bytearray("hé", "utf-8"), bytearray([1, 2]), bytearray(range(3)), bytearray.fromhex("41 42"), bytearray(b"AB").hex())
print(bytes(bytearray(b"q")), bytearray(b"abc").decode(), list(bytearray(b"ab")))
print(g(bytearray()), g(bytearray(b'abc')), g(bytearray([1,2,3])), g(bytearray(range(20))), g(bytearray(5)), g(bytearray(iter([1,2,3]))))
b = bytearray(); s = []
for i in range(20): b.append(1); s.append(g(b))
print(s)
b = bytearray(b'x' * 100); del b[:90]; print(g(b)); b.extend(b'abc'); print(g(b))
print(g(bytearray(b'abc') * 3), g(bytearray(b'abc') + b'de'))
for bad in ["b.append(256)", "b.append('a')", "b['x']", "bytearray('abc')", "hash(bytearray())", "bytearray(b'a') + 'x'", "b.remove(200)", "bytearray().pop()", "b[100]", "b.extend('ab')", "b.extend(5)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
m = memoryview(b"abcdef")
print(len(m), m[0], m[1:3].tobytes(), m.readonly, m.nbytes, m.format, m.itemsize, m.tolist()[:3], m == b"abcdef", m.obj)
ba = bytearray(b"hello"); mv = memoryview(ba); mv[0] = 74; mv[1:3] = b"EL"; print(ba, mv.readonly)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
mv.release(); ba.append(33); print(ba, repr(mv).startswith("<released memory at 0x"))
with memoryview(ba) as v:
    print(v[-1])
try:
    v[0]
except ValueError as e:
    print(e)
try:
    m[0] = 1
except TypeError as e:
    print(e)
print(isinstance(bytearray(), bytearray), bytearray.__name__, repr(m).startswith("<memory at 0x"))
b = bytearray(b"abcd")
for stmt in ["b[0] = -1", "b[::2] = b'abc'", "b[0] = 'x'", "del b[10]", "b[1:2] = 5", "b[1:2] = 'x'"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
b[1:2] = [120, 121]; b[0:0] = bytearray(b"<"); b[len(b):] = memoryview(b"!"); print(b)
b[:] = b; print(b)
