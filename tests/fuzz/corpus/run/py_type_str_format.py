# str.format and format(): fields, conversions, nested specs, errors.
print("{} {} {}".format(1, "a", [2]), "{1} {0} {1}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3))
print("{0!r} {0!s} {0!a}".format("é"), "{:>{w}}|".format("x", w=5), "{{}} {{{0}}}".format(7))
print("{:<8}|{:^8}|{:>8}|{:*^9}|{:08}".format("ab", "ab", "ab", "ab", -3.5))
print("{:,} {:_} {:_x} {:,.2f} {:+,d}".format(1234567, 1234567, 0xFFFFFFF, 1234567.891, 10 ** 6))
print("{:.3} {:.3s} {:10.4f}| {:e} {:.0e} {:%} {:.1%}".format(3.14159, "abcdef", 2.5, 12345.678, 5e9, 0.25, 1 / 3))
print("{:g} {:g} {:g} {:G} {:n}".format(1e-5, 123456789.0, 100.0, 1e100, 1234))
print("{:b} {:#b} {:o} {:#o} {:x} {:#X} {:c}".format(10, 10, 64, 64, 254, 254, 9731))
print("{:=+8d} {:=8.2f} {: d} {: d} {:-d}".format(42, -3.14159, 5, -5, 5))
print("{:#08x} {:08b} {:>+6}".format(255, 5, 7))
print(format(3.0), format(3.0, ""), format(1e16, ""), format(0.1, ".20f"), format("s", "<3"), format(None))
print(format(12, ""), format(True), format(True, "d"), format(1.5, "10"), format(-0.0, "+"))
for spec, val in [("d", 1.5), ("f", "s"), ("x", 1.5), ("=5", "s"), (",s", "a"), ("c", -1), ("z", 1),
                  (".2d", 5), ("#s", "a"), ("+s", "a"), ("<<5", 1), ("5.5.5", 1.0)]:
    try:
        print(format(val, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for tmpl, args in [("{", ()), ("}", ()), ("{0}", ()), ("{x}", ()), ("{0!z}", (1,)), ("{:}{}", ()),
                   ("{0}{}", (1, 2)), ("{a.b}", ()), ("{0[}", (1,))]:
    try:
        print(tmpl.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{:hello}".format(P()), format(P(), "x"), f"{P():abc}")
print("{:.2f}".format(2.675), "{:.1f}".format(0.25), "{:.1f}".format(0.35))
