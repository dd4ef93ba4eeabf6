# What an array costs and how it shares memory: sys.getsizeof as CPython
# 3.11 reports it (80 + allocated * itemsize, with CPython's growth on
# append / extend / frombytes and its shrinking), array vs list, GC
# tracking, the buffer protocol (bytes, bytearray, memoryview; no resize
# while a view is alive), copy / deepcopy / pickle, weak references and
# subclasses.
import copy
import gc
import pickle
import sys
import weakref
from array import array as A

size = sys.getsizeof


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(size(A('i')), size(A('i', range(100))), size(A('i', list(range(100)))))
print(size(list(range(100))), size(A('d', [0.0] * 100)), size([0.0] * 100))
print(size(A('b', b'abc')), size(A('u', 'abc')), size(A('d', (1.0, 2.0))))
print([size(A(c, [0] if c != 'u' else 'x')) for c in 'bBuhHiIlLqQfd'])
print(A('i').__sizeof__(), A('i', [1, 2]).__sizeof__())

a = A('i')
growth = []
for i in range(40):
    a.append(i)
    growth.append(size(a))
print(growth)
a = A('i', [1, 2, 3])
a.append(4)
print(size(a))
a = A('b', range(10))
print(size(a))
a.extend(range(5))
print(size(a))
a.extend(A('b', [1]))
print(size(a))
a.frombytes(b'abc')
print(size(a))
a.fromlist([1, 2])
print(size(a))
a = A('u')
a.fromunicode('abcdefghij')
print(size(a))

# shrinking: by 16 items or more reallocates, fewer keeps the block
a = A('b', range(100))
del a[:60]
print(size(a), len(a))
del a[::2]
print(size(a), len(a))
a.pop()
print(size(a))
a = A('b', range(100))
for i in range(90):
    a.pop()
print(size(a), len(a))
a = A('i', [1] * 10)
a[1:9] = A('i')
print(size(a))
a = A('b', range(40))
del a[:]
print(size(a))
a = A('b', range(10))
a *= 0
print(size(a))
a = A('b', range(40))
a *= 0
print(size(a))

# + and * make exact copies; += and *= grow in place
a = A('b', range(100))
a += a
print(size(a))
a *= 3
print(size(a), size(a + a), size(a * 2), size(a[1:5]), size(a[::7]))
print(size(A('i', A('i', [1, 2, 3]))), size(A('i', A('b', [1, 2, 3]))))

# GC: tracked like CPython 3.11's (heap type) arrays, though they hold no
# references
print(gc.is_tracked(A('i')), gc.is_tracked(A('d', [1.0])), gc.get_referents(A('i', [1])))

# buffer protocol
b = A('h', [1, 2, 3])
print(bytes(b), bytearray(b), b'-'.join([b, b]), b'x' + A('b', [65]))
print(b'\x01\x00' == A('h', [1]), bytearray(b'\x01\x00') == A('h', [1]), A('h', [1]) == b'\x01\x00')
m = memoryview(b)
print(m.format, m.itemsize, m.nbytes, len(m), m.readonly, m.tolist(), m[1], m[-1], m.tobytes())
print(m == b, memoryview(b'\x01\x00') == A('b', [1, 0]), m.obj is b)
print(memoryview(A('d', [1.5, -2.0])).tolist(), memoryview(A('f', [0.5])).format,
      memoryview(A('u', 'ab')).format, memoryview(A('Q', [1 << 63])).tolist())
t('w tolist', lambda: memoryview(A('u', 'ab')).tolist())
t('append while viewed', lambda: b.append(4))
t('pop while viewed', lambda: b.pop())
t('extend while viewed', lambda: b.extend([1]))
t('del while viewed', lambda: b.__delitem__(0))
t('imul while viewed', lambda: b.__imul__(2))
t('frombytes self', lambda: A('b', [1]).frombytes(A('b', [2])))
b[0] = 5
b.frombytes(b'')
b *= 1
b.reverse()
print(b, m.tolist())
m.release()
b.append(4)
print(b)
with memoryview(b) as v:
    t('insert in with', lambda: b.insert(0, 1))
b.insert(0, 1)
mb = memoryview(A('B', [1, 2, 3]))
mb[0] = 9
print(mb.obj)
u = A('B', [0, 0])
memoryview(u)[1] = 255
print(u)

# copies, pickle, weak references
a = A('i', [1, 2])
c = copy.copy(a)
d = copy.deepcopy([a, a])
print(c, c is a, c == a, d, d[0] is d[1], d[0] is a)
for proto in (1, 2):
    print(proto, pickle.dumps(a, proto))
r = weakref.ref(a)
print(r() is a)
del a, c
print(r())


class Sub(A):
    def total(self):
        return sum(self)


class Slotted(A):
    __slots__ = ('x',)


class Empty(A):
    __slots__ = ()


s = Sub('i', [1, 2, 3])
s.note = 'hi'
print(s, s.total(), type(s + s), type(s[:]), type(copy.copy(s)), s.note, isinstance(s, A))
print(size(Sub('i')), size(Sub('i', [1, 2])), size(Slotted('i')), size(Empty('i')), Empty('b', [1]))
print(s.__reduce_ex__(2))
print(gc.is_tracked(s))
t('keyword on subclass', lambda: Sub('i', initializer=[1]))


class Kw(A):
    def __init__(self, typecode, initializer=(), scale=1):
        self.scale = scale


t('keyword with __init__', lambda: Kw('i', [1], scale=2).scale)

# slices of a typed view keep the array's format and pin its size
m = memoryview(A('i', [1, 2, 3, 4]))
s = m[1:3]
print(s.tolist(), s.format, s.itemsize, s.nbytes, len(s), m[2:].tolist(), m[:0].tolist())
x = A('b', [1, 2, 3])
mm = memoryview(x)[1:]
t('append under a sliced view', lambda: x.append(1))
del mm
x.append(1)
print(x)
