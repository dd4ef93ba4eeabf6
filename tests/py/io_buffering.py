# Written data reaches the file as in CPython: after flush(), close(),
# deallocation, a full buffer, or before reading in an update mode.
import posix
f = open("_tmp_io_buffering.txt", "w")
f.write("kept")
print(repr(open("_tmp_io_buffering.txt").read()))
f.flush()
print(repr(open("_tmp_io_buffering.txt").read()))
f.write(" more")
del f
print(repr(open("_tmp_io_buffering.txt").read()))
g = open("_tmp_io_buffering.txt", "w+")
g.write("abc")
print(g.tell())
g.seek(0)
print(g.read())
g.write("def")
g.close()
print(repr(open("_tmp_io_buffering.txt").read()))
b = open("_tmp_io_buffering.txt", "r+b")
b.write(b"XY")
print(b.read(1), b.tell())
b.close()
print(open("_tmp_io_buffering.txt", "rb").read())
h = open("_tmp_io_buffering.txt", "a")
h.write("tail")
h2 = h
h = None
print(repr(open("_tmp_io_buffering.txt").read()))
del h2
print(repr(open("_tmp_io_buffering.txt").read()))
with open("_tmp_io_buffering.txt", "w") as f:
    f.write("x" * 10000)
    print(len(open("_tmp_io_buffering.txt").read()))
posix.unlink("_tmp_io_buffering.txt")
