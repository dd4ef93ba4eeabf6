s = "Hello, World"
print(s.split(", "), s.center(20, "*"), s.encode("utf-8"), "%s %d %r %5.2f" % ("a", 3, "b", 3.14159), "{0:>{1}}".format("x", 5))
