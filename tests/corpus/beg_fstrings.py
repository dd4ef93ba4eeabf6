# String formatting with f-strings, format specs, str.format and %.
name, age, height = "Ada", 36, 1.6549
print(f"{name} is {age} years old and {height:.2f} m tall")
print(f"{name!r} {name!s} {name:>8}| {name:<8}| {name:^8}| {name:*^9}")
print(f"{age:05d} {age:+d} {-age:d} {age:x} {age:X} {age:o} {age:b} {age:#b} {age:#x}")
print(f"{1234567.891:,.2f} {1234567:_} {0.000123:e} {0.000123:.2e} {12.5:%} {0.256:.1%}")
print(f"{3.14159:10.3f}|{3.14159:<10.3f}|{-3.14159:=+10.2f}|{42:g}|{1e20:g}|{1.5e-7:g}")
width, prec = 12, 4
print(f"{2 / 3:{width}.{prec}f}|")
print(f"{'nested':{'^'}{width}}|")
items = {"apple": 0.5, "watermelon": 3.25, "fig": 0.125}
for k, v in items.items():
    print(f"{k:.<14}{v:>6.2f}")
print(f"{age = }, {height * 100 = :.1f}, {name.upper()=}")
print("{} and {}".format("left", "right"), "{1} {0} {1}".format("a", "b"))
print("{name} has {n:03} items".format(name="box", n=7), "{0[1]} {0[0]}".format(("x", "y")))
print("%s is %d years, %.1f%% done, %5s|%-5s|" % (name, age, 99.5, "r", "l"))
print("%x %o %e %r" % (255, 8, 12345.678, "q"))
print(f"{{literal braces}} {'{'}{age}{'}'}")
print(f"{True!r:>6} {None!s:>6} {[1, 2]!r:>8} {3 + 4j}")
import datetime
d = datetime.date(2026, 12, 7)
print(f"{d:%Y/%m/%d} {d:%A %d %B %Y} {d.isoformat()}")
print(format(255, "08b"), format(-7, "04d"), format("s", "3"), str(1e16), str(1e15), repr(0.1 + 0.2))
