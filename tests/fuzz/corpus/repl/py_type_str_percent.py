kì#û¸Äæ# printf-style % formatting: flags, widths, precision, mapping keys, errors.
print("%d %i %5d %-5d| %05d %+d % d" % (42, 42, 42, 42, 42, 42, 42))
print("%x %X %#x %#o %o %08.3f %e %E %g %G" % (255, 255, 255, 8, 8, 3.14159, 1234.5, 0.00012, 1e-10, 1e20))
print("%s %r %a %c %c %%" % ("str", "str", "Ã©", 65, "z"))
print("%10s|%-10s|%.2s|%10.2s|" % ("hello", "hello", "hello", "hello"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%d" % 3.99, "%d" % True)
print("%.3s" % 12345, "%5.1f%%" % 99.44, "%x" % -255, "%o" % -8)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%c", 1114112.5),
                  ("%c", "ab"), ("%(a)s", (1,)), ("%(a)s", {}), ("%x", 1.5), ("%", 1), ("%s %s", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("no args" % (), "%s" % "only")
try:
    print("no args" % 5)
except TypeError as e:
    print(type(e).__name__, e)
