# array.array construction: every typecode, every kind of initializer, the
# module's names, repr, and the conversion errors of each typecode (CPython's
# exact OverflowError / TypeError messages).
import array
from array import array as A


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__, A)
print(type(iter(A('i'))), type(A('i')).__qualname__)
print([(c, A(c).itemsize, A(c).typecode) for c in array.typecodes])

# initializers
for c in 'bBhHiIlLqQ':
    print(c, A(c), A(c, [1, 2, 3]), A(c, (4, 5)), A(c, range(3)), A(c, iter([7])))
for c in 'fd':
    print(c, A(c, [1, 2.5, -0.0]), A(c, (True, 3)), A(c, [float('inf'), float('nan')]))
print(A('f', [0.1]), A('f', [0.1])[0], A('f', [1e300]), A('d', [1 << 1000]))
print(A('u'), A('u', 'abc'), A('u', ['x', 'y']), A('u', 'ab\'"\n\U0001F600'))
print(A('b', b'\x01\xff'), A('B', bytearray(b'\x01\xff')), A('h', b'\x01\x00\xff\xff'))
print(A('i', A('i', [1, 2])), A('d', A('i', [1, 2])), A('i', A('b', [-1])))
print(A('q', [-(1 << 63), (1 << 63) - 1]), A('Q', [0, (1 << 64) - 1]))
print(A('l', [-(1 << 63)]), A('L', [(1 << 64) - 1]), A('I', [(1 << 32) - 1]))
print(A('b', [-128, 127]), A('B', [0, 255]), A('h', [-32768, 32767]), A('H', [65535]))
print(A('i', [-(1 << 31), (1 << 31) - 1]), A('b', [True, False]))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


print(A('i', [Idx()]), A('d', [Idx()]), A('d', [Flt()]), A('f', [Flt()]))
print(A('i', (x * x for x in range(5))), A('d', map(float, '12')))

# typecode errors
t('bad typecode', lambda: A('x'))
t('two letters', lambda: A('ii'))
t('int typecode', lambda: A(1))
t('no args', lambda: A())
t('three args', lambda: A('i', [1], 2))
t('keyword', lambda: A('i', initializer=[1]))
t('str init', lambda: A('i', 'abc'))
t('u array init', lambda: A('d', A('u', 'a')))
t('int init', lambda: A('i', 5))
t('None init', lambda: A('i', None))
t('bytes not multiple', lambda: A('i', b'abc'))
t('u from list of ints', lambda: A('u', [1]))
t('u two chars', lambda: A('u', ['ab']))
t('u bytes item', lambda: A('u', [b'a']))
t('float for int', lambda: A('i', [1.5]))
t('float for I', lambda: A('I', [1.5]))
t('float for Q', lambda: A('Q', [2.0]))
t('str for b', lambda: A('b', ['a']))
t('__float__ for i', lambda: A('i', [Flt()]))
t('str for d', lambda: A('d', ['a']))
t('None for f', lambda: A('f', [None]))
t('huge for d', lambda: A('d', [1 << 2000]))
t('huge for f', lambda: A('f', [1 << 2000]))

# overflow, typecode by typecode
values = [1 << 70, -(1 << 70), 1 << 64, 1 << 63, -(1 << 63) - 1, 1 << 32,
          1 << 31, -(1 << 31) - 1, 65536, 32768, -32769, 256, 128, -129, -1]
for c in 'bBhHiIlLqQ':
    for v in values:
        t('%s %d' % (c, v), lambda: A(c, [v]))
