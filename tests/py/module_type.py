# types.ModuleType: constructing modules by hand, subclasses, errors.
import types, sys
m = types.ModuleType("mymod", "the doc")
print(m, m.__name__, m.__doc__, m.__spec__, m.__package__, sorted(vars(m)))
m.x = 1
exec("y = x + 1", m.__dict__)
print(m.y)
class Sub(types.ModuleType):
    pass
print(type(Sub("s")).__name__, Sub("s").__name__)
for bad in [(), (1,), ("a", "b", "c")]:
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print(e)
