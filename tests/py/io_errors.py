# The errors of open() and of file objects, with CPython's messages.
import _io
import posix

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: open("_tmp_io_errors_missing.txt"))
attempt(lambda: open("_tmp_io_errors_dir/inner.txt", "w"))
attempt(lambda: open("."))
attempt(lambda: open(".", "w"))
for mode in ("rw", "rr", "z", "", "rt+b", "wx", "U", "rb+t"):
    attempt(lambda: open("_tmp_io_errors.txt", mode))
attempt(lambda: open("_tmp_io_errors.txt", "rb", encoding="utf-8"))
attempt(lambda: open("_tmp_io_errors.txt", "rb", errors="strict"))
attempt(lambda: open("_tmp_io_errors.txt", "rb", newline=""))
attempt(lambda: open("_tmp_io_errors.txt", "w", buffering=0))
attempt(lambda: open("_tmp_io_errors.txt", "w", newline="x"))
attempt(lambda: open("_tmp_io_errors.txt", "w", encoding="klingon"))
attempt(lambda: open("_tmp_io_errors.txt", 5))
attempt(lambda: open(3.5))
attempt(lambda: open("_tmp_io_errors.txt", "w", newline=5))
attempt(lambda: open("a\0b"))

try:
    with open("_tmp_io_errors.txt", "w") as f:
        f.write("text\n")
        attempt(lambda: f.read())
        attempt(lambda: f.write(b"bytes"))
        attempt(lambda: f.write(3))
    attempt(lambda: f.write("x"))
    attempt(lambda: f.read())
    attempt(lambda: f.readline())
    attempt(lambda: next(iter(f)))
    attempt(lambda: f.tell())
    attempt(lambda: f.seek(0))
    attempt(lambda: f.flush())
    print(f.close(), f.closed)
    with open("_tmp_io_errors.txt") as f:
        attempt(lambda: f.write("x"))
        attempt(lambda: f.seek(1, 1))
        attempt(lambda: f.seek(-1, 2))
        attempt(lambda: f.seek(-1))
        attempt(lambda: f.seek(0, 7))
        attempt(lambda: f.truncate())
        attempt(lambda: f.readline("2"))
        attempt(lambda: f.read("2"))
    with open("_tmp_io_errors.txt", "rb") as b:
        attempt(lambda: b.write(b"x"))
        attempt(lambda: b.read(-2))
    with open("_tmp_io_errors.txt", "ab") as b:
        attempt(lambda: b.read())
        attempt(lambda: b.write("str"))
    with open("_tmp_io_errors.txt", "wb") as b:
        b.write(b"\xff\xfeok\n")
    with open("_tmp_io_errors.txt") as f:
        attempt(lambda: f.read())
    with open("_tmp_io_errors.txt", errors="replace") as f:
        attempt(lambda: f.read())
    with open("_tmp_io_errors.txt", encoding="ascii", errors="ignore") as f:
        attempt(lambda: f.read())
    raw = _io.FileIO("_tmp_io_errors.txt")
    attempt(lambda: raw.write(b"x"))
    raw.close()
    attempt(lambda: raw.read())
    attempt(lambda: _io.FileIO("_tmp_io_errors.txt", "rw"))
    attempt(lambda: _io.FileIO(-3))
finally:
    posix.unlink("_tmp_io_errors.txt")

print(issubclass(_io.UnsupportedOperation, OSError),
      issubclass(_io.UnsupportedOperation, ValueError))
print(_io.DEFAULT_BUFFER_SIZE, _io.text_encoding(None), _io.text_encoding("x"))
print(_io.FileIO.__mro__)
print(_io.TextIOWrapper.__mro__)
print(_io.BufferedRandom.__mro__)
print(_io.StringIO.__mro__, _io.BytesIO.__mro__)
