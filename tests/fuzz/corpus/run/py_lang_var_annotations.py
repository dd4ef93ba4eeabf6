# Variable annotations: module and class __annotations__, functions skip them.
x: int = 5
y: "str"
print(__annotations__, x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
class C:
    a: int
    b: list = []
    __p: float = 1.0
    def f(self):
        z: undefined_name = 3
        w: undefined_name
        return z
print(C.__annotations__, C.b, C().f())
class Empty:
    pass
print("__annotations__" in Empty.__dict__)
if True:
    inner: bool = True
print(__annotations__)
class O:
    pass
o = O()
o.attr: int = 7
(paren): int = 8
print(o.attr, paren, __annotations__)
lst = [0]
lst[0]: str = "s"
print(lst)
total: int = 1 / 0
