# formatting ints: format specs, width/fill/align, sign, grouping, bases and str() of big ints.
vals = [0, 7, -7, 255, -255, 1234567, 10 ** 25]
for v in vals:
    print(f"{v:d}|{v:+d}|{v: d}|{v:>10}|{v:<10}|{v:^10}|{v:010}|{v:,}|{v:_}|{v:x}|{v:#o}|{v:#b}"[:160])
print(f"{255:#010x} {255:#X} {-255:=+10} {42:*>8} {42:e} {42:.2f} {42:%} {42:g} {42:c}")
print(str(2 ** 200), repr(-(3 ** 100)), "%d %i %5d %x" % (2 ** 70, -(2 ** 70), 3, 2 ** 70))
for spec in ["s", ".2", ",x", "=^5"]:
    try:
        print(format(42, spec))
    except ValueError as e:
        print(type(e).__name__, e)
