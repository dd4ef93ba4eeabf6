# Lib's io.py on top of _io: the ABCs, isinstance checks, open.
import io

print(io.open is open, io.StringIO is __import__("_io").StringIO)
s = io.StringIO("a\nb\n")
print(isinstance(s, io.IOBase), isinstance(s, io.TextIOBase),
      isinstance(s, io.RawIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.TextIOBase),
      issubclass(io.BufferedReader, io.BufferedIOBase))
print(io.UnsupportedOperation.__mro__)

class Counter(io.RawIOBase):
    def __init__(self):
        self.n = 0
    def readable(self):
        return True
    def readinto(self, b):
        return 0
    def read(self, size=-1):
        self.n += 1
        return b"" if self.n > 3 else b"ab\n"

c = Counter()
print(c.readable(), c.writable(), c.readline(), c.readlines())
print(isinstance(c, io.IOBase), c.closed)
c.close()
print(c.closed)
try:
    c.readline()
except ValueError as e:
    print("ValueError:", e)

w = io.TextIOWrapper(io.BytesIO(b"x\r\ny\n"), encoding="utf-8")
print(w.readlines(), w.newlines, w.encoding)
w2 = io.TextIOWrapper(io.BytesIO(), encoding="ascii", newline="\r\n")
w2.write("p\nq")
w2.flush()
print(w2.buffer.getvalue())
try:
    w2.write("ü")
    w2.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
