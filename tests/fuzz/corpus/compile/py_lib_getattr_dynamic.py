# dynamic attributes: getattr with defaults on modules/classes, setattr on classes, __getattr__ fallback.
import math
for name in ["pi", "sqrt", "nope"]:
    print(name, getattr(math, name, None) is not None)
print(getattr(math, "floor")(2.7), hasattr(math, "tau"), getattr("abc", "upper")())
class Cfg:
    debug = False
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:]
        raise AttributeError(f"no setting {name!r}")
c = Cfg()
print(c.debug, c.opt_color, getattr(c, "opt_size"), getattr(c, "missing", "fallback"), hasattr(c, "x"))
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Cfg, "debug", True)
print(c.debug, Cfg.debug)
for attr, val in [("a", 1), ("b", [2]), ("name with space", 3)]:
    setattr(c, attr, val)
print(sorted(vars(c).items()), getattr(c, "name with space"))
delattr(c, "a")
print(hasattr(c, "a"), "a" in vars(c))
