# Lib's 8-bit encodings over _codecs' charmap codecs (cp437 is what
# zipfile decodes member names with), and str.encode / bytes.decode going
# through the codec registry for encodings str and bytes do not know.
import codecs

raw = bytes(range(256))
for enc in ["cp437", "cp1252", "cp850", "iso8859_15", "koi8_r", "mac_roman"]:
    try:
        s = raw.decode(enc)
        print(enc, len(s), ascii(s[120:140]), s.encode(enc) == raw)
    except UnicodeDecodeError as e:
        print(enc, "UnicodeDecodeError", e)
        s = raw.decode(enc, "replace")
        print(enc, len(s), ascii(s[125:135]))
print("Grüße, ½ ∞".encode("cp437"), b"\x81\x94\xe1".decode("cp437"))
print(codecs.decode(b"\x80abc", "cp1252"), codecs.encode("€uro", "cp1252"))
for errors in ["strict", "replace", "ignore", "backslashreplace"]:
    try:
        print(errors, ascii(b"a\x81b\x90".decode("cp1252", errors)))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e, e.start, e.end, e.reason)
for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    try:
        print(errors, "a€→b".encode("cp437", errors))
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e, e.start, e.end)
print(codecs.charmap_decode(b"\x01\x02", "strict", {1: "x", 2: 0x263a}))
print(codecs.charmap_decode(b"ab", None, None))
print(codecs.charmap_encode("ab", "strict", {97: 1, 98: b"BB"}))
print(codecs.lookup("cp437").name, codecs.lookup("IBM437").name)
for bad in [lambda: b"x".decode("no-such-codec"), lambda: "x".encode("no-such-codec"),
            lambda: b"x".decode("rot13"), lambda: "x".encode("hex"),
            lambda: "x".encode("cp437", 5)]:
    try:
        print(bad())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
with open(__file__, encoding="utf-8") as f:
    print(f.readline().strip())
