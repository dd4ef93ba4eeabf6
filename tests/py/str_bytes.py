# bytes basics
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], b + b"!", b * 2, b"ell" in b, 104 in b)
print(list(b"abc"), b == b"hello", b < b"help", bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"x"))
print(b"\x00\xff\n\t'\"\\", b"it's", b'say "x"', "é☕".encode().decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"ab".hex(), hash(b"ab") == hash(b"ab"))
show("decode bad", lambda: b"\xff".decode())
show("decode cont", lambda: b"\xc3x".decode())
show("decode end", lambda: b"ab\xe2\x98".decode())
show("index", lambda: b[10])
show("concat str", lambda: b + "x")
show("str no enc", lambda: bytes("x"))
show("negative", lambda: bytes(-1))
show("range", lambda: bytes([256]))
show("ascii", lambda: b"\xe9".decode("ascii"))
for x in b"hi":
    print(x)
