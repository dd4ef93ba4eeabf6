# str indexing and slicing, negative steps, immutability errors.
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[100:], repr(s[5:2]), s[-100:3], s[2:100], s[::-3], s[-1:-4:-1])
print(s[slice(2, 5)], s[slice(None, None, -2)], s[True], s[False:True])
for idx in [10, -11, 100]:
    try:
        s[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
t = s
t += "k"
print(s, t, s is not t)
print("é漢字"[1], len("é漢字"), "é漢字"[::-1], "x" * 3, 3 * "ab", "ab" * 0, "ab" * -1)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
print(min("hello"), max("hello"), sorted("hello"), list("abc"), tuple("ab"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "a" == "a", "a" != "b")
