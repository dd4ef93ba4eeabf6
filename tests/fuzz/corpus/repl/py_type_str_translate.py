δω~C;Χ<# str.maketrans/translate, encode/decode round trips, str() of objects.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
print("hello".translate(str.maketrans({"l": "L", "o": None, "h": "JJ"})))
print("remove vowels".translate(str.maketrans("", "", "aeiou")))
print("abc".translate({97: 98, 98: None}), "x".translate({}))
for call in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
             lambda: "a".translate({97: 1.5})]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = "naΓ―ve cafΓ© β•"
b = s.encode()
print(b, len(s), len(b), b.decode() == s, s.encode("utf-8") == b)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), b.decode("ascii", "replace"), b.decode("latin-1")[:6])
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b[:3].decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xe2\x98".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    s.encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"x"), str(1.0), str([1, "a"]), str(None), str(), str("s"), str(b"caf\xc3\xa9", "utf-8"))
