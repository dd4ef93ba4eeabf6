# Which classes with __slots__ are weakly referenceable (as CPython 3.11):
# only those naming __weakref__, or deriving from one that has it, or
# with a subclass not declaring __slots__; the disallowed __weakref__ slots.
import _weakref
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('x', '__weakref__')
class C:
    __slots__ = '__weakref__'
class D(A): pass
class E(B): __slots__ = ()
class F:
    __slots__ = iter(['__weakref__'])
for k in (A,B,C,D,E,F):
  try: _weakref.ref(k()); print(k.__name__, 'ok', hasattr(k,'__weakref__'))
  except TypeError as e: print(k.__name__, e, hasattr(k,'__weakref__'))
for src in ['class G(B): __slots__ = ("__weakref__",)', 'class I: __slots__ = ("__weakref__", "__weakref__")', 'class J(set): __slots__=("__weakref__",)', 'class K: __slots__ = (1,)']:
  try: exec(src); print('fine')
  except TypeError as e: print(e)
