# assorted str methods: count/replace with overlaps, splitlines with keepends, title edge cases, join of generators.
s = "one two  three\tfour\n"
print(s.split(" "), s.split(), s.rsplit(" ", 2), s.count(" "), s.strip().split("\t"))
print("ab\r\ncd\n\nef".splitlines(keepends=True), "a\rb".splitlines(), "x".splitlines(True))
print("hello world-wide o'clock 3rd".title(), "HELLO".capitalize(), "é.x".title(), "a1b2".title())
print("ababab".replace("aba", "X"), "aaaa".replace("aa", "b"), "abc".replace("", "|"), "a.b.c".replace(".", "", 1))
print("-".join(str(i) for i in range(5)), "".join(["a"] * 3), "x".join("") == "", ".".join(["a"]))
print("%-6s|%6s|" % ("ab", "cd"), "tab\tsep".expandtabs(2), "12".rjust(5, "0"), "abc".center(6, "."))
print("Hello".startswith("he"), "Hello".lower().startswith("he"), "file.tar.gz".rsplit(".", 1), "path/to/f".rpartition("/"))
print("  indented".lstrip(" "), "trail..".rstrip("."), "xyxhixyx".strip("xy"), "  ".isspace(), "".isspace())
print("Straße".casefold() == "strasse", "İ".casefold() if False else "skip", "ﬀ".casefold() if False else "skip")
print(str.upper("x"), str.join(",", "ab"), str.__len__("abc"), "abc".__contains__("b"), "ab".__add__("c"), "ab".__mul__(2))
print(sorted("hello world".split(), key=str.lower), max("apple pie zoo".split(), key=len))
