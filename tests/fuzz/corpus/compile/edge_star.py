a, *b, c = range(10)
print(a, b, c, *b, sep="-")
d = {**{"x": 1}, "y": 2}
print([*b, *"ab"], {*b})
