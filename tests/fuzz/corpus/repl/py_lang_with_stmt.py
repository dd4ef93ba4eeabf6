%šUü&¿LC# with statements: __enter__/__exit__, suppression, nesting, order.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("passes")
except KeyError as e:
    print("caught", repr(e))
with CM("x") as x, CM("y") as y:
    print("both", x, y)
def early():
    with CM("r"):
        return "returned"
print(early())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raising():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
with CM("t", True) as (a):
    1 / 0
print(a)
