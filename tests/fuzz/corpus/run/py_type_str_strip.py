# strip family, removeprefix/removesuffix, padding and zfill, expandtabs.
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "hi".strip(""), "\t\n hi \r".strip())
print("www.example.com".lstrip("cmowz."), "www.example.com".rstrip("cmowz."))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "a.py".removesuffix(".py"))
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("ab".center(7, "-")), repr("abc".center(2)))
print(repr("abc".ljust(6, ".")), repr("abc".rjust(6)), repr("abc".ljust(1)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), repr("\t".expandtabs(0)), "ab\ncd\te".expandtabs(3))
for f, args in [("center", (5, "ab")), ("ljust", (5, "")), ("zfill", ("5",)), ("strip", (5,))]:
    try:
        getattr("x", f)(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("", "-"))
print("hello".replace("", "-", 2), "aaa".replace("a", "bb"), "abc".replace("x", "y"), "".replace("", "x"))
print("abab".replace("ab", "", -1), "hello".replace("l", "L", 0))
