a=1
print(f"{a!r:>{a+3}} {a=} {{}} {f'{a}'}")
