import sys
print(sys.path[0] == __file__.rsplit('/', 1)[0])
import _imp_helper
import _imp_helper as h2
print(_imp_helper.X, h2 is _imp_helper, _imp_helper.f())
from _imp_helper import X, f
import imp_pkg
print(imp_pkg.val, imp_pkg.a.val)
import imp_pkg.sub
print(imp_pkg.sub.v2)
import imp_pkg.sub as ps
print(ps is imp_pkg.sub, ps.__name__, ps.__package__)
from imp_pkg import sub
print(sub is ps)
try:
    import nosuch
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from _imp_helper import nothere
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit('/',1)[0], 'DIR'), e.name)
try:
    import _imp_helper.x
except ModuleNotFoundError as e:
    print(e, e.name)
print(__name__, '_imp_helper' in sys.modules)
import keyword, __future__
print(keyword.iskeyword("if"), __future__.annotations)
# circular imports: a module sees the other partially initialised
import imp_cyc.first
print(imp_cyc.first.done, imp_cyc.second.seen)
try:
    import imp_cyc.bad
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit('/',1)[0], 'DIR'))
print('imp_cyc.bad' in sys.modules, 'imp_cyc.bad2' in sys.modules)
m = __import__('imp_pkg.sub', globals(), None, ['v2'], 0)
print(m.__name__, m.v2)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
if __name__ == "__main__":
    print("main guard runs")
