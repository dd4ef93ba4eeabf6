# Identity of one-character and interned strs, as CPython 3.11 has it.
# Strings made at run time with one Latin-1 character (chr, indexing,
# slicing, methods) are cached objects; a literal or name in code is the
# interned str, which for some letters CPython interned at start-up as a
# separate object.  `is` on strings is an accident of these caches.
import sys


def same(a, b):
    return a is b


s = "abc"
print("chr(97) is 'a':", same(chr(97), "a"))
print("chr(97) is chr(97):", same(chr(97), chr(97)))
print("s[0] is 'a':", same(s[0], "a"))
print("s[0] is chr(97):", same(s[0], chr(97)))
print("chr(103) is 'g':", same(chr(103), "g"))
print("chr(122) is 'z':", same(chr(122), "z"))
print("chr(65) is 'A':", same(chr(65), "A"))
print("chr(66) is 'B':", same(chr(66), "B"))
print("'x!'[1] is '!':", same("x!"[1], "!"))
print("chr(233) is chr(233):", same(chr(233), chr(233)))
print("chr(256) is chr(256):", same(chr(256), chr(256)))
print("'ab'[:1] is 'a':", same("ab"[:1], "a"))
print("sys.intern(chr(97)) is 'a':", same(sys.intern(chr(97)), "a"))
print("str('a') is 'a':", same(str("a"), "a"))
print("'a' * 1 is 'a':", same("a" * 1, "a"))
print("''.join(['a']) is 'a':", same("".join(["a"]), "a"))
name = "a"
print("name = 'a'; name is 'a':", same(name, "a"))

# Which one-character literals are the cached object chr() returns.
apart = []
for n in range(256):
    c = chr(n)
    code = compile("same(c, %r)" % c, "<is>", "eval")
    if not eval(code, {"c": c, "same": same}):
        apart.append(c)
print("literals apart from chr():", "".join(apart))
