# Custom builtins.__import__ and __build_class__ seen by import
# statements (dotted, as, relative, from-import, import *) and class
# statements; import a.b as c through sys.modules; import * from classes.
import builtins
orig_imp = builtins.__import__
old_abs = builtins.abs
builtins.abs = lambda x: x * 10
print(abs(2))
builtins.abs = old_abs
ob = __build_class__
builtins.__build_class__ = lambda f, name, *b, **k: ('made', name, b, k)
class K: pass
print(K)
class K2(int, metaclass=type): pass
print(K2)
builtins.__build_class__ = ob
def imp(name, g, l, fromlist, level):
    print('imp', repr(name), fromlist, level)
    class Mod:
        x = 1
        y = 2
        class r:
            s = 'deep'
    return Mod
builtins.__import__ = imp
__import__('Q', None, None, None, 0)
import q
import q.r
import q.r.s as qq
print(qq)
from q import x
from q.r import x, y
from . import x
from .q import x
from ..q import x, y
from ... import y
from q import *
print(sorted(k for k in dir() if not k.startswith('_')))
builtins.__import__ = orig_imp
class Star:
    __all__ = ['a', 'b']
    a = 1
    b = 2
    c = 3
class Star2:
    pub = 1
    _priv = 2
class Star3:
    __all__ = ['a', 5]
    a = 1
def star_via(obj):
    builtins.__import__ = lambda *a: obj
    try:
        ns = {}
        exec('from whatever import *', ns)
        return sorted(k for k in ns if k != '__builtins__')
    except Exception as e:
        return type(e).__name__, str(e)
    finally:
        builtins.__import__ = orig_imp
print(star_via(Star))
print(star_via(Star2))
print(star_via(Star3))
print(star_via(5))
import sys, math
print(star_via(sys.modules['math'])[:3])
import sys, types
pkg = types.ModuleType('pkgx'); pkg.__path__ = []
sub = types.ModuleType('pkgx.sub'); sub.val = 42
sys.modules['pkgx'] = pkg; sys.modules['pkgx.sub'] = sub
import pkgx.sub as s
print(s.val)
import pkgx.sub
print(pkgx.__name__)
try:
    import pkgx.other as o
except ImportError as e:
    print(type(e).__name__, e)
import os.path as osp
print(osp.__name__)
import xml.dom.minidom as md
print(md.__name__)
