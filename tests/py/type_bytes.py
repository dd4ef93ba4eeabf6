# bytes basics: literals, indexing, methods, decode/encode, errors.
b = b"hello\x00\xffworld"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1][:3], list(b[:3]), b"a" * 3, b"ab" + b"cd")
print(bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"), bytes(range(5)), bytes(b"x"))
print(b.find(b"o"), b.count(b"l"), b.index(b"w"), b.startswith(b"he"), b.endswith(b"ld"), b"lo" in b, 104 in b)
print(b"a,b,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b"abc".upper(), b"ABC".lower())
print(b"hello".replace(b"l", b"L"), b"abc".hex(), bytes.fromhex("6869 21"), b"hi".decode(), "é".encode())
print("é".encode("latin-1"), b"\xc3\xa9".decode("utf-8"), b"abc" == b"abc", b"a" < b"b", b"" < b"a")
print(b"12".isdigit(), b"ab".isalpha(), b"  ".isspace(), b"Ab".istitle(), b"%d" if False else b"z")
for call in [lambda: b[100], lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "a",
             lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: bytes.fromhex("zz"),
             lambda: b.index(b"q")]:
    try:
        call()
    except (IndexError, ValueError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"), bytes([7, 127, 128]))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], type(b[0]).__name__, type(b[:1]).__name__)
b = b"Hello World\xe9 abc"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b"hello wORLD".title())
print(b.split(), b.split(b"o"), b.rsplit(None, 1), b.partition(b" "), b.find(111), b.count(b"l", 3))
print(b"  x\t".strip(), b"xxaxx".strip(b"x"), b"ab".center(6, b"*"), b"5".zfill(3), b"a\nb\r\nc".splitlines())
print(b"ABC".isupper(), b"Abc Def".istitle(), b"abc1".isalnum(), b"".isalpha(), b"".isascii(), b"\xe9".isascii())
print(b"abc".startswith((b"x", b"a")), b"abc".replace(b"b", b"\xff"), b",".join([b"1", b"2"]), bytes.fromhex(""))
for f in [lambda: b"abc".find("a"), lambda: b"a".join(["x"]), lambda: b"a".index(b"z"), lambda: b"a".find(300),
          lambda: bytes.fromhex("1"), lambda: bytes.fromhex("1 2"), lambda: b"a".split(b""), lambda: b"a".strip("a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
