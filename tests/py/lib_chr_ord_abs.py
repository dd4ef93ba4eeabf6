# chr/ord, abs, hex/oct/bin, ascii/repr, hash basics, len errors.
print(chr(65), chr(97), chr(0x263A), chr(0x1F600), ord("A"), ord("é"), ord("😀"), ord("\n"))
print([chr(c) for c in range(48, 58)], "".join(chr(ord(c) + 1) for c in "HAL"))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"),
             lambda: ord(1), lambda: chr(1.5)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(10 ** 30)), abs(True), abs(-float("inf")))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
class V:
    def __abs__(self):
        return 42
    def __len__(self):
        return 3
print(abs(V()), len(V()), len("héllo"), len([1, [2, 3]]), len({1: 2}), len(range(5)), len(b"ab"))
for v in [5, None, iter([])]:
    try:
        len(v)
    except TypeError as e:
        print(type(e).__name__, e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
print(ascii("héllo"), ascii([1, "ü"]), repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\x00\x7f\t"))
print(hash(1) == hash(1.0), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash((1, 2)) == hash((1, 2)))
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
