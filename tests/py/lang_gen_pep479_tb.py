# An uncaught PEP 479 RuntimeError: the chained traceback CPython prints.
def g():
    yield 1
    raise StopIteration('x')
for v in g():
    print(v)
