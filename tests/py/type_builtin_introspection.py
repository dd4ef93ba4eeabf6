# Built-in types seen from Python: subclass lists, static methods of
# built-in types, __class__ assignment between classes with __slots__.
print(bool in int.__subclasses__(), type in object.__subclasses__(),
      int in object.__subclasses__(), bool in object.__subclasses__())
print(Exception in BaseException.__subclasses__(),
      ValueError in Exception.__subclasses__(),
      UnicodeError in ValueError.__subclasses__(),
      UnicodeDecodeError in UnicodeError.__subclasses__())
class MyInt(int):
    pass
print(MyInt in int.__subclasses__(), MyInt.__subclasses__())
subs = object.__subclasses__()
print(all(isinstance(c, type) for c in subs), len(subs) == len(set(subs)))

# static methods of built-in types are bound to their type
for f in (bytes.maketrans, bytearray.maketrans, str.maketrans):
    print(f.__name__, f.__qualname__, f.__self__, f.__module__,
          repr(f).startswith('<built-in method maketrans of type object at'))
print(type(bytes.__dict__['maketrans']).__name__,
      repr(bytes.__dict__['maketrans']).startswith('<staticmethod(<built-in method'))
print(b'abc'.maketrans(b'a', b'z')[97], ''.maketrans({'a': 'b'}),
      bytearray(b'x').maketrans(b'x', b'y')[120])
try:
    bytes.maketrans(b'ab', b'c')
except ValueError as e:
    print('ValueError', e)
print(dict.fromkeys.__qualname__, int.from_bytes.__qualname__,
      object.__init_subclass__.__qualname__, str().replace.__qualname__)

# __class__ assignment: slots must have the same names
class SlotX:
    __slots__ = ('x',)
class SlotY:
    __slots__ = ('y',)
class SlotX2:
    __slots__ = ('x',)
class SlotXY:
    __slots__ = ('x', 'y')
class SlotYX:
    __slots__ = ('y', 'x')
o = SlotX()
o.x = 1
for target in (SlotY, SlotX2, SlotXY):
    try:
        o.__class__ = target
        print('ok', type(o).__name__, o.x)
    except TypeError as e:
        print('TypeError', e)
p = SlotXY()
try:
    p.__class__ = SlotYX
    print('ok')
except TypeError as e:
    print('TypeError', e)
class Base:
    __slots__ = ('a',)
class Sub1(Base):
    __slots__ = ('b',)
class Sub2(Base):
    __slots__ = ('b',)
class Sub3(Base):
    __slots__ = ('c',)
s = Sub1()
s.a, s.b = 1, 2
s.__class__ = Sub2
print(type(s).__name__, s.a, s.b)
try:
    s.__class__ = Sub3
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
class Plain2:
    pass
q = Plain()
q.__class__ = Plain2
print(type(q).__name__)
try:
    q.__class__ = SlotX
except TypeError as e:
    print('TypeError', e)
