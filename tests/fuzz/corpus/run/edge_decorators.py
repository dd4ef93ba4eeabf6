def d(f):
    return lambda *a, **k: f(*a, **k) * 2
@d
@d
def g(x, /, y=2, *, z=3):
    return x + y + z
print(g(1, z=4))
