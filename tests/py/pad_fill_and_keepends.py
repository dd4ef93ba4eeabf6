# bytes padding takes a one-byte fill; splitlines(keepends) takes an int.
word = b"tea"
print(word.center(9, b"*"), word.ljust(6, bytearray(b".")), word.rjust(5))
print(bytearray(word).center(7, b"-"))
for fill in ["*", b"**", 42, None, memoryview(b"*")]:
    for method in ("center", "ljust", "rjust"):
        try:
            getattr(word, method)(8, fill)
        except TypeError as exc:
            print(type(fill).__name__, method, "->", exc)

text = "first\nsecond\r\nthird"
print(text.splitlines(True), text.splitlines(0), text.splitlines(keepends=1))
print(b"a\nb".splitlines(True), bytearray(b"a\r\nb").splitlines(False))
for keep in ["yes", 1.0, None]:
    try:
        text.splitlines(keep)
    except TypeError as exc:
        print(repr(keep), "->", exc)
