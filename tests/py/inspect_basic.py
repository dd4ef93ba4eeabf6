import inspect


def greet(name, greeting="hello", *args, sep=", ", **kwargs) -> str:
    """Say hello."""
    return greeting + sep + name


class Shape:
    """A shape."""

    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @property
    def label(self):
        return self.name.upper()

    @staticmethod
    def unit():
        return 1

    @classmethod
    def make(cls):
        return cls("made")


def gen():
    yield 1


async def coro():
    pass


sig = inspect.signature(greet)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
b = sig.bind("bob", sep="; ")
b.apply_defaults()
print(b.arguments)
print(inspect.signature(Shape))
print(inspect.signature(Shape.area), inspect.signature(Shape("x").area))
print(inspect.signature(lambda a, /, b, *, c=3: None))
print(inspect.isfunction(greet), inspect.isfunction(len), inspect.isbuiltin(len))
print(inspect.isclass(Shape), inspect.ismethod(Shape("x").area), inspect.ismethod(Shape.area))
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isgenerator(gen()))
print(inspect.ismodule(inspect), inspect.isroutine(greet))
print([n for n, _ in inspect.getmembers(Shape) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(Shape, inspect.isfunction)])
print(inspect.getdoc(greet), "|", inspect.getdoc(Shape))
print(inspect.getsource(greet), end="")
print(inspect.getsource(Shape.area), end="")
print(inspect.getsourcelines(gen)[1])
print(inspect.getsource(Shape).splitlines()[0])
print(inspect.getmodule(greet).__name__)
print(inspect.getfile(greet).endswith("inspect_basic.py"))
print(inspect.getfullargspec(greet))
print(inspect.getmro(bool))
print(inspect.cleandoc("""
    First
      indented
    last
"""))
print(type(inspect.getattr_static(Shape, "label")).__name__)
def outer():
    x = 1
    def inner():
        return x
    return inner
print(inspect.getclosurevars(outer()))
print(inspect.currentframe().f_code.co_name)
frame = inspect.currentframe()
print(inspect.getframeinfo(frame).function, inspect.getframeinfo(frame).lineno)
print(inspect.unwrap(greet) is greet)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
try:
    inspect.signature(1)
except TypeError as e:
    print(e)
import abc


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Concrete(Abstract):
    def run(self):
        return 1


print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int))
print(inspect.getcallargs(greet, "ann", sep="-"))
print([(fi.function, fi.lineno) for fi in inspect.stack()[:1]])
