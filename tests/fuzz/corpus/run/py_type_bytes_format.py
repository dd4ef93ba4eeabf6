# bytes %-formatting: %d %s %x %c %f with bytes arguments, and its errors.
print(b"%d-%s" % (5, b"x"), b"%05.1f|%x|%c|%c" % (2.25, 255, 65, b"z"), b"%s" % b"\xff\x00", b"100%%" % ())
print(b"%(a)s" % {b"a": b"v"} if False else b"-", b"%r" % 1 if False else b"", b"%-4d|" % 7, b"%s %s" % (b"a", b"b"))
for f in [lambda: b"%s" % "x", lambda: b"%d" % b"1", lambda: b"%d %d" % (1,), lambda: b"x" % 5]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
b = b"a\x85b\xa0c\x1cd e\x1ff\x0bg"
print(b.split(), b.rsplit(None, 2), b" \x85x\xa0 ".strip(), b"a\x1cb\x85c\nd\re".splitlines(), b.find(0x85), b.count(b"\xa0"))
print(b.replace(b"\x85", b"-"), b.partition(b"\x1c"), b"\xa0".center(3, b"\x85"), b.upper(), b"\x85" in b, b.index(b"\x1f"))
print(b"%s|%b" % (b"\x85", b"\xa0"), b"-".join([b"\x1c", b"\xa0"]), b"ab\x85".endswith(b"\x85"))
