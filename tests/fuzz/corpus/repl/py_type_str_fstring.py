MEm·£õ'¨# f-string format specs: widths, nested fields, conversions, = specifier.
x, name, pi = 42, "pyscope", 3.14159265
print(f"{x} {x:5} {x:<5}| {x:05} {x:x} {x:#b} {x:,}")
print(f"{name!r} {name:>10} {name:.3} {name!s:^11}|")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {pi:g} {pi*2:.1f} {-pi:+.2f}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}| {name:{'*'}^{w}}")
print(f"{x=} {pi = :.2f} {name=!r} {x*2=}")
print(f"{'quoted'} {3+4} {[1, 2][1]} {dict(a=1)['a']} {'a' if x else 'b'}")
print(f"{{literal}} {x}}}")
print(f"{1000000:_} {0.5:%} {12:c} {255:X} {-12:08d} {1e21:f}")
for v in [0, -0.0, 1.5, float("inf"), float("nan"), 10 ** 20]:
    print(f"[{v:>12}] [{v:<8.2f}] [{v:^+10}]" if not isinstance(v, int) else f"[{v:>12}] [{v:,}]")
try:
    f"{x:s}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for n, price, qty in items:
    print(f"{n:<8}|{price:>6.2f}|{qty:>3}|{price * qty:>7.2f}")
