# print() to files and StringIO; io.StringIO as a fake file; sys.stdout/stderr.
import io
import sys

buf = io.StringIO()
print("hello", "world", sep=", ", end="!\n", file=buf)
print(42, file=buf)
buf.write("raw write\n")
print(repr(buf.getvalue()))
buf.seek(0)
print(buf.readline(), end="")
print(buf.read().splitlines())

src = io.StringIO("alpha\nbeta\ngamma\n")
for i, line in enumerate(src):
    print(i, line.rstrip())
src.seek(0)
print(src.readlines(), src.tell())

b = io.BytesIO()
b.write("café".encode("utf-8"))
b.write(b"\x00\x01")
print(b.getvalue(), len(b.getvalue()))
b.seek(0)
print(b.read(3), b.read())


def report(out=sys.stdout):
    print("report line 1", file=out)
    print("report line 2", file=out)


report()
captured = io.StringIO()
report(captured)
print("captured:", captured.getvalue().count("\n"), "lines")
old = sys.stdout
sys.stdout = io.StringIO()
print("this goes into the redirect")
text = sys.stdout.getvalue()
sys.stdout = old
print("redirected:", repr(text))
from contextlib import redirect_stdout
with redirect_stdout(io.StringIO()) as f:
    print("inside redirect_stdout")
print(repr(f.getvalue()))
print("to stderr", file=sys.stderr)
sys.stderr.write("written to stderr\n")
print(io.StringIO("x").read(), sys.stdout is sys.__stdout__)
