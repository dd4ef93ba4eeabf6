# RecursionError through magic methods, __init__, __getattr__, __setattr__
# and builtins taking Python callbacks: the message and the survival of
# the program.  (repr(self) in __repr__ is left out: its message depends
# on the parity of CPython's shared frame/C-call counter.)
def run(label, f):
    try:
        f()
    except RecursionError as e:
        print(label, e)
class A:
    def __repr__(self): return repr(self)
    def __str__(self): return str(self)
    def __len__(self): return len(self)
    def __eq__(self, o): return self == o
    def __getitem__(self, i): return self[i]
    def __call__(self): return self()
    def __add__(self, o): return self + o
    def __iter__(self): return iter(self)
    def __hash__(self): return hash(self)
    def __bool__(self): return bool(self)
    def __format__(self, s): return format(self, s)
class B:
    def __init__(self, n): self.c = B(n + 1)
class C:
    def __getattr__(self, name): return self.missing
class P:
    def __setattr__(self, name, value): self.name = value
def g(n): return sorted([n], key=lambda x: g(n + 1))
def m(n): return list(map(lambda x: m(x), [n]))
def plain(n): return plain(n + 1)
def viaexec(n): exec("viaexec(n + 1)", {"viaexec": viaexec, "n": n})
a = A()
run("str", lambda: str(a))
run("len", lambda: len(a))
run("eq", lambda: a == a)
run("getitem", lambda: a[0])
run("call", lambda: a())
run("add", lambda: a + 1)
run("iter", lambda: iter(a))
run("hash", lambda: hash(a))
run("bool", lambda: bool(a))
run("format", lambda: format(a, ""))
run("init", lambda: B(0))
run("getattr", lambda: C().x)
run("setattr", lambda: setattr(P(), "x", 1))
run("sorted", lambda: g(0))
run("map", lambda: m(0))
run("plain", lambda: plain(0))
print("alive")
