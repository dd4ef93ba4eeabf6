# printf-style % formatting
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

print("%s and %r" % ("x", "x"), "%d%%" % 50, "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), "%i %u" % (3, 4))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.000123, 1e-5, 1e20))
print("%c%c" % (72, "i"), "%s" % [1, 2], "%s" % ((1, 2),), "%a" % "é", "%.3s" % "abcdef", "%5s|%-5s|" % ("ab", "cd"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%d" % 3.99, "%d" % -3.99, "%d" % True, "%s" % None, "%r" % 1.5, "%g" % 100000, "%g" % 1000000, "%#g" % 1.0)
print("%x" % (2 ** 70), "%d" % (10 ** 25), "%08.3f" % -3.14159, "%+.1e" % 12345, "%%" % ())
show("too few", lambda: "%d %d" % (1,))
show("too many", lambda: "%d" % (1, 2))
show("single too many", lambda: "hello" % 5)
show("d of str", lambda: "%d" % "x")
show("x of float", lambda: "%x" % 1.5)
show("f of str", lambda: "%f" % "x")
show("c range", lambda: "%c" % -1)
show("c long str", lambda: "%c" % "ab")
show("bad char", lambda: "%z" % 1)
show("incomplete", lambda: "abc %" % ())
show("need mapping", lambda: "%(a)s" % 1)
show("missing key", lambda: "%(a)s" % {"b": 1})
