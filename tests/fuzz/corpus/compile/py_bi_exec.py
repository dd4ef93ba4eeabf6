# exec, eval, compile, __import__, and the class machinery (__build_class__).


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(eval("1 + 2"), eval("  3 * 4"), eval("x + 1", {"x": 41}), eval("y", {}, {"y": "local"}))
exec("z = 10")
print(z)
g = {}
exec("a = 5\ndef f():\n    return a * 2\n", g)
print(g["a"], g["f"](), "__builtins__" in g)
ns = {"n": 3}
exec("for i in range(n):\n    print('loop', i)", ns)
code = compile("40 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
code = compile("print('compiled exec')", "<stmt>", "exec")
print(exec(code))
show(eval, "x_undefined")
show(eval, 1)
show(exec, 1)
show(exec, "a = 1", 1)
show(eval, "1", {}, 1)
show(compile, "1", "f", "zz")
show(eval, "1 +")
show(exec, "def")


def in_function():
    local = 7
    return eval("local * 6")


print(in_function())
m = __import__("math")
print(m.sqrt(16), __import__("sys").maxsize > 0)
show(__import__, "no_such_module_xyz")


class Base:
    def hello(self):
        return "Base.hello"


class Child(Base):
    """Doc of Child."""

    attr = 1

    def hello(self):
        return "Child+" + super().hello()

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def st():
        return "static"

    @property
    def prop(self):
        return "property"


c = Child()
print(c.hello(), Child.make(), Child.st(), c.prop, Child.__doc__, Child.__module__, Child.__qualname__)
print(Child.__bases__, Child.__mro__, type(Child))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls


class WithMeta(metaclass=Meta):
    pass


class SubMeta(WithMeta):
    pass


print(WithMeta.added, SubMeta.added, type(SubMeta).__name__)


def outer():
    class Inner:
        def who(self):
            return __class__.__name__

    return Inner


print(outer()().who(), outer().__qualname__)
Dyn = type("Dyn", (Base,), {"x": 5})
print(Dyn().hello(), Dyn.x, Dyn.__name__)
print(exit.__class__.__name__ != "", callable(quit))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
