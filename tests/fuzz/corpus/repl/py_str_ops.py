���1R���# str operators, indexing, slicing, iteration, repr, unicode lengths
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

s = "pyscope"
print(s[0], s[-1], s[2:5], s[:3], s[3:], s[::-1], s[::2], s[1:-1:2], s[10:], s[-100:2], s[5:1:-1])
print(len(s), "sco" in s, "x" in s, "" in s, s + "!", s * 2, 3 * "ab", "ab" * 0, "ab" * -1)
print(s == "pyscope", s != "x", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "a" <= "a")
for ch in "héllo":
    print(ch, end=" ")
print()
u = "naïve café ☕ 𝄞"
print(len(u), u[2], u[-1], u[6:10], u[::-1], u.upper(), u.find("café"), u.index("☕"), len(u.encode()))
print(list("aé☕"), u.split(" "), u.count("é"), "☕" in u, u[11:12] == "☕")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("nl\n"), repr("\\"))
print(repr("\x00\x07\x1b\x7f"), repr("\xa0\xad"), repr("é☕"), repr("\u200b"), repr("\U0001f600"), ascii("é☕"))
print(str(42), str(1.5), str(None), str(True), str([1, "a"]), str(b"ab"), str(b"\xc3\xa9", "utf-8"))
print(repr(str()), "%s" % "x", "a" "b")
x = "abc"
x += "def"
print(x, x.upper() is not x, "".join([]) == "")
show("index", lambda: s[7])
show("neg index", lambda: s[-8])
show("str index", lambda: s["a"])
show("float index", lambda: s[1.5])
show("zero step", lambda: s[::0])
show("concat int", lambda: s + 1)
show("concat list", lambda: "a" + [1])
show("mul str", lambda: "a" * "b")
show("mul float", lambda: "a" * 1.5)
show("in int", lambda: 1 in "abc")
show("compare", lambda: "a" < 1)
show("assign", lambda: s.__setitem__(0, "x"))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(sorted("banana"), max("abc"), min("abc"), "".join(reversed("abc")))
print(ord("a"), ord("é"), ord("☕"), chr(97), chr(233), chr(9749))
