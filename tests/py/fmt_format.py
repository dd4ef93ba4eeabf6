# format() mini-language and str.format
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

specs_int = ["", "d", "5", "<5", "^5", ">5", "*^7", "+", " ", "-", "05", "+05", "=+6", ",", "_",
             "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#010b", "010,", "c", "n", "e", ".2f", "%", "g"]
for sp in specs_int:
    print(repr(sp), repr(format(1234, sp)), repr(format(-42, sp)) if sp != "c" else "")
specs_float = ["", ".2f", "10.3f", "<10.1f", "^10.1f", "+.1f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%",
               ",.2f", "_.1f", "010.2f", "0=10.2f", ".0f", "#.0f", ".3", ".10", "n", ",", "z.1f", "#g", ".0e"]
for sp in specs_float:
    print(repr(sp), repr(format(1234.5678, sp)), repr(format(-0.000123, sp)), repr(format(1e20, sp)))
for v in [0.0, -0.0, 1.0, 100.0, 1e16, 1e-7, 123456789.0, 2.5, 0.5, 1.5, float("inf"), float("nan")]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3"), format(v, ".0f"), format(v, "e"), format(v, "8.2f"))
print(format("abc", ""), format("abc", "5"), format("abc", ">5"), format("abc", "^6"), format("abc", ".2"), format("abc", "*<6.1"))
print(format("é", "^5"), format(True, ""), format(True, "d"), format(False, ">5"), format(3, ".2f"))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0}{0}".format("ab"))
print("{:>6}|{:<6}|{:^6}".format("a", "b", "c"), "{:.2f}".format(3.14159), "{:,}".format(10 ** 9))
print("{0[1]}".format([5, 6]), "{0[key]}".format({"key": "v"}), "{0.real}".format(3), "{:{}}".format(3, 5))
print("{!r}".format("x"), "{!s}".format(1.5), "{!a}".format("é"), "{{}}".format(), "{{{}}}".format(7))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2), "{name:*^9}".format(name="mid"))
print("{a}+{b}".format_map({"a": 1, "b": 2}))
f = 3.5
print(f"{f}", f"{f:.3f}", f"{f!r:>8}", f"{'x'}", f"{10 ** 20:,}", f"{255:#x}")
show("bad code int", lambda: format(1, "s"))
show("bad code str", lambda: format("a", "d"))
show("bad code float", lambda: format(1.0, "d"))
show("invalid", lambda: format(1, "abc"))
show("both groups", lambda: format(1, ",_"))
show("comma x", lambda: format(1, ",x"))
show("prec int", lambda: format(1, ".2"))
show("sign str", lambda: format("a", "+"))
show("eq str", lambda: format("a", "=5"))
show("alt str", lambda: format("a", "#"))
show("sign c", lambda: format(65, "+c"))
show("obj spec", lambda: format(object(), "x"))
show("manual auto", lambda: "{0}{}".format(1, 2))
show("auto manual", lambda: "{}{0}".format(1, 2))
show("single open", lambda: "{".format())
show("single close", lambda: "}".format())
show("unclosed", lambda: "{0".format(1))
show("missing kw", lambda: "{x}".format())
show("index range", lambda: "{1}".format(1))
show("bad conv", lambda: "{!x}".format(1))

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
print(format(Money(3), ""), "{:.1f}".format(Money(2)), f"{Money(1.5):>8}")
