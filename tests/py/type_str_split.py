# split/rsplit/splitlines/partition/join edge cases.
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  a  b   c  ".split(), "  a  b   c  ".split(None, 1), "  a  b   c  ".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), ",".split(","), "abc".split("abc"))
print("a\tb\nc\x0bd\x0ce\rf g".split())
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", maxsplit=1), "x".split("x", 0))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb\n".splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\x1cy\x85z\u2028w".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("="))
print("abc".rpartition("="), "=".partition("="))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), ", ".join(map(str, range(4))))
print("x".join(("1", "2")), " ".join({"k": 1, "j": 2}))
for bad in [(",".split, ("",)), ("a".partition, ("",)), (",".join, ([1, 2],)), (",".join, (5,))]:
    try:
        bad[0](*bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "a b".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("a b c d".split(" ", -1), "a  b".split(" "), "a b c".rsplit(" ", 5))
