# f-strings: conversions, format specs, nesting, the = specifier.
x, y, name = 42, 3.14159, "world"
print(f"hello {name}!")
print(f"{x} {x!r} {name!r} {name!s} {'é'!a}")
print(f"{y:.2f} {x:>6} {x:<6}| {x:^7}| {x:08.3f}")
width, prec = 10, 3
print(f"{y:{width}.{prec}f}|")
print(f"{x=} {y = :.1f} {name=!s}")
print(f"{{literal}} {x + 1} {[i * 2 for i in range(3)]}")
print(f"{'nested ' + f'{x}'}")
print(f"{x if x > 10 else 0} {len(name)} {name.upper()}")
d = {'a': 1}
print(f"{d['a']} {d!r}")
print(f'''triple {x}
second line {y:.1f}''')
print(rf"raw \n {x}", fr"{name}\t")
print(f"{x:#x} {x:b} {1234567:,}")
print(f"{3 * 4 = }")
print("a" f"b{x}" "c")
