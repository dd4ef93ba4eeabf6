# Writing through a memoryview of an array (and of a bytearray): items of
# the view's format, CPython's 'invalid type / value for format' errors,
# slice assignment needing the same format and length.
from array import array as A
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for c, vals in [('b', [5, 127, 128, -129, 1.5, 'a', True, 1 << 70]), ('B', [255, 256, -1]), ('h', [40000, -5]), ('H', [65535, -1, 70000]),
                ('i', [1 << 31, -7]), ('I', [1 << 32, -1, (1 << 32) - 1]), ('l', [1 << 63, -(1 << 63)]), ('L', [1 << 64, -1, (1 << 64) - 1]),
                ('q', [1 << 63, 5]), ('Q', [-1, 1 << 64, 1 << 63]), ('f', [1.5, 1e300, 2, 'x', 1 << 2000]), ('d', [2.5, 3, 'x', None]), ('u', ['a'])]:
    a = A(c, [0] if c != 'u' else 'z')
    m = memoryview(a)
    for v in vals:
        def f():
            m[0] = v
            return a
        t('%s %r' % (c, v), f)
m = memoryview(A('i', [1, 2, 3]))
def sl():
    m[0:2] = A('i', [7, 8])
    return m.obj
t('slice', sl)
def sl2():
    m[0:2] = b'\x01\x00\x00\x00\x02\x00\x00\x00'
    return m.obj
t('slice bytes', sl2)
def ix():
    m[5] = 1
t('index', ix)


for obj in (bytearray(2), A('B', [0, 0])):
    m = memoryview(obj)
    for v in (1.5, 'a', 256, -1, True, 7):
        try:
            m[0] = v
            print(obj)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        m[0:2] = A('B', [1, 2]); print(obj)
        m[0:2] = A('b', [1, 2]); print(obj)
    except Exception as e:
        print(type(e).__name__, e)
