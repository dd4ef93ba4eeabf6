fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], (lambda *a, **k: (a, k))(1, b=2))
