# io.BytesIO: bytes in memory with a position.
from _io import BytesIO

b = BytesIO(b"line one\nline two\nend")
print(b.read(4), b.tell())
print(b.readline(), b.readline(3), b.readline())
print(b.read(), b.read(), b.tell())
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b))
b.seek(-3, 2)
print(b.read())
b.seek(-3, 1)
print(b.tell(), b.read1(2), b.read1())

w = BytesIO()
print(w.write(b"abc"), w.write(b""), w.tell())
w.seek(6)
w.write(b"Z")
print(w.getvalue())
w.seek(1)
w.write(b"XY")
print(w.getvalue(), w.tell())
print(w.truncate(4), w.getvalue(), w.tell())
w.seek(0)
print(w.truncate(), w.getvalue())
w.writelines([b"p", b"q"])
print(w.getvalue())
print(w.readable(), w.writable(), w.seekable(), w.isatty(), w.closed)
w.seek(100)
print(w.read(), w.tell())

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

e = BytesIO(b"xyz")
attempt(lambda: e.write("text"))
attempt(lambda: BytesIO("text"))
attempt(lambda: e.seek(-1))
attempt(lambda: e.seek(0, 5))
attempt(lambda: e.truncate(-2))
attempt(lambda: e.read(1.5))
with e:
    print(e.read(1))
print(e.closed)
attempt(lambda: e.read())
attempt(lambda: e.getvalue())
attempt(lambda: e.write(b"x"))
attempt(lambda: e.seek(0))
