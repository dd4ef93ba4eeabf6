# io.StringIO (the C type from _io): writing, reading, lines, seeking,
# truncating, newline modes and the errors CPython raises.
from _io import StringIO

s = StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(2)
print(repr(s.read(3)), s.tell())

# overwrite in the middle, write past the end (pads with NULs)
s.seek(1)
s.write("EL")
s.seek(15)
s.write("!")
print(repr(s.getvalue()), len(s.getvalue()))

# iteration and readlines
text = "one\ntwo\nthree"
print([line for line in StringIO(text)])
print(StringIO(text).readlines())
print(StringIO(text).readlines(5))
r = StringIO(text)
print(repr(r.readline(2)), repr(r.readline(-1)), repr(r.readline(0)))
print(list(StringIO("")))

# truncate keeps the position
t = StringIO("abcdef")
t.seek(4)
print(t.truncate(), repr(t.getvalue()), t.tell())
print(t.truncate(2), repr(t.getvalue()), t.tell())
t.write("Z")
print(repr(t.getvalue()))

# non-ASCII text: positions count characters
u = StringIO("héllo wörld ✓")
print(u.read(2), u.tell(), u.read(), u.tell())
u.seek(0, 2)
print(u.tell())

# newline modes
for nl in (None, "", "\n", "\r", "\r\n"):
    m = StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(m.getvalue()), m.readlines(), m.newlines)
w = StringIO(newline="\r\n")
w.write("x\ny\n")
print(repr(w.getvalue()))

# state and capabilities
c = StringIO("data")
print(c.readable(), c.writable(), c.seekable(), c.closed, c.line_buffering)
with c as same:
    print(same is c, same.read())
print(c.closed)

# errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

e = StringIO("abc")
attempt(lambda: e.write(b"bytes"))
attempt(lambda: e.write(5))
attempt(lambda: StringIO(b"x"))
attempt(lambda: StringIO("x", newline="x"))
attempt(lambda: e.seek(-1))
attempt(lambda: e.seek(1, 1))
attempt(lambda: e.seek(0, 3))
attempt(lambda: e.truncate(-1))
attempt(lambda: e.read("1"))
e.close()
e.close()
attempt(lambda: e.read())
attempt(lambda: e.write("x"))
attempt(lambda: e.getvalue())
attempt(lambda: e.tell())
attempt(lambda: next(iter(e)))
print(e.closed)

# subclasses keep working through the generic machinery
class Upper(StringIO):
    def write(self, s):
        return super().write(s.upper())

up = Upper()
print(up.write("shout"), up.getvalue())
up.writelines(["a", "b"])
print(up.getvalue(), isinstance(up, StringIO))
