# Overriding builtins: shadowing in globals, patching the builtins module
# (len, abs, __build_class__, __import__ called by the import statement),
# custom __builtins__ for exec/eval.
import builtins
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
def use_len(x): return len(x)
t(lambda: use_len([1, 2]))
len = lambda x: 'shadow'
t(lambda: use_len([1, 2]))
del len
t(lambda: use_len([1, 2]))
orig = builtins.len
builtins.len = lambda x: 'patched'
t(lambda: use_len([1]))
builtins.len = orig
t(lambda: use_len([1]))
builtins.myfunc = lambda: 'new builtin'
t(lambda: myfunc())
del builtins.myfunc
t(lambda: myfunc())
def uses_abs(): return abs(-3)
t(uses_abs)
saved = builtins.abs
del builtins.abs
t(uses_abs)
builtins.abs = saved
t(uses_abs)
g = {'__builtins__': {'len': lambda x: 'custom-len'}}
t(lambda: exec('r = len([1])', g) or g['r'])
t(lambda: exec('r = abs(-1)', g) or g['r'])
g2 = {}
exec('r = len([1, 2, 3])', g2)
t(lambda: (g2['r'], '__builtins__' in g2, g2['__builtins__'] is builtins.__dict__ or g2['__builtins__'] is builtins))
t(lambda: eval('len("ab")', {'__builtins__': {}}))
t(lambda: eval('x', {'__builtins__': {'x': 5}}))
t(lambda: eval('x', {}, {'x': 6}))
t(lambda: eval('__import__("math").pi', {'__builtins__': {}}))
t(lambda: eval('True', {'__builtins__': {}}))
t(lambda: eval('None', {'__builtins__': {}}))
class MyDict(dict):
    def __missing__(self, k): return 'missing:' + k
t(lambda: exec('print("via exec")', {'__builtins__': {'print': lambda *a: builtins.print('P', *a)}}))
t(lambda: type(__builtins__).__name__)
t(lambda: builtins.__name__)
t(lambda: __builtins__.__name__ if hasattr(__builtins__, '__name__') else 'dict')
def shadow_print():
    print = lambda *a: 'local print'
    return print(1)
t(shadow_print)
def nonexist(): return undefined_name_xyz
t(nonexist)
t(lambda: builtins.open is open)
t(lambda: 'print' in dir(builtins))
t(lambda: callable(builtins.__build_class__))
orig_bc = builtins.__build_class__
def my_bc(func, name, *bases, **kw):
    print('building', name)
    return orig_bc(func, name, *bases, **kw)
builtins.__build_class__ = my_bc
class Built: pass
builtins.__build_class__ = orig_bc
import json, json.decoder, math
orig_import = builtins.__import__
def my_import(name, globals=None, locals=None, fromlist=(), level=0):
    print('importing', name, fromlist, level, globals is not None and globals.get('__name__'), locals is None or locals is globals)
    return orig_import(name, globals, locals, fromlist, level)
builtins.__import__ = my_import
import json
from json import dumps
import json.decoder as jd
import math as m2
def in_func():
    import math
    return math.pi
in_func()
builtins.__import__ = orig_import
t(lambda: isinstance(json.__name__, str))
range = lambda *a: 'my range'
t(lambda: range(3))
t(lambda: [x for x in builtins.range(2)])
del range
int = str
t(lambda: int(5))
del int
True_ = True
t(lambda: builtins.True_ if hasattr(builtins, 'True_') else 'no')
t(lambda: getattr(builtins, 'True'))
t(lambda: setattr(builtins, 'None', 1))

def no_import():
    del builtins.__import__
    try:
        import math
    except ImportError as e:
        print('ImportError', e)
    finally:
        builtins.__import__ = orig_import
no_import()
builtins.__import__ = lambda *a: 'fake module'
import anything_at_all
print(anything_at_all)
builtins.__import__ = orig_import
