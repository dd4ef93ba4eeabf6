# print(file=...) to files and StringIO; a text file over descriptor 1
# interleaves with print() in program order.
import posix
with open("_tmp_io_print.txt", "w") as f:
    print("hello", 42, file=f)
    print("a", "b", sep="-", end="!\n", file=f, flush=True)
print(open("_tmp_io_print.txt").read(), end="")
out = open(1, "w", closefd=False)
print(out.name, out.mode)
out.write("via fd 1\n")
out.flush()
import _io
s = _io.StringIO()
print("to stringio", file=s)
print(repr(s.getvalue()))
posix.unlink("_tmp_io_print.txt")
f = open("_tmp_io_print.txt", "w")
print(f.fileno() > 2, f.isatty(), f.buffer.fileno() == f.fileno())
f.close()
posix.unlink("_tmp_io_print.txt")
print("before")
posix.write(1, b"raw write\n")
print("after")
