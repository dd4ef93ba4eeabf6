# f-strings: conversions, format specs, nesting, debugging '='.
name, n, pi = "ada", 42, 3.14159
print(f"{name!r} {name!s} {name!a} {n:5d}|{n:<5}|{n:^7}|{n:x} {n:#o} {n:08.3f}")
print(f"{pi:.2f} {pi:10.3e} {pi:+.1%} {1234567:,} {1234567:_}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}]")
print(f"{n=} {name = } {pi=:.1f} {n + 1=}")
print(f"{{literal}} {n}{{}}")
print(f"{'nested ' + f'{n}'}")
print(f"{[x * 2 for x in range(3)]} {dict(a=1)['a']} {(lambda: 'lam')()}")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"{3 if n else 4} {n > 40 and 'big'}")
print(f"multi {n}"
      f" part {name}")
print(F"upper {n}", rf"\n{n}", fr"raw\t{name}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(f"{P():abc} {P()!s:>30}"[:14])
try:
    f"{n:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{'a'}" f"{'b'}" "c")
print(f"{n:{'>'}{5}}")
print(f"{None} {True} {1.0} {1e20} {-0.0}")
