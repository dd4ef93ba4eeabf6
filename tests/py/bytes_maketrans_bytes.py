# bytearray has maketrans too (it builds a bytes table); bytes has
# __bytes__, returning an exact bytes even for a subclass.
table = bytearray.maketrans(b"aeiou", b"AEIOU")
print(type(table).__name__, len(table), table[95:120])
print(bytearray(b"education").translate(table), b"banana".translate(table))
print(bytearray.maketrans(bytearray(b"x"), memoryview(b"y"))[120:122])
try:
    bytearray.maketrans(b"ab", b"c")
except ValueError as exc:
    print("ValueError:", exc)
try:
    bytearray.maketrans("ab", "cd")
except TypeError as exc:
    print("TypeError:", exc)


class Tag(bytes):
    pass


raw = Tag(b"<b>")
print(b"plain".__bytes__(), raw.__bytes__(), type(raw.__bytes__()).__name__)
print("__bytes__" in dir(b""), "maketrans" in dir(bytearray), bytes(raw) == raw)
