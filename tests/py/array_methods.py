# array.array methods, with the error branch of each: append, extend,
# insert, pop, remove, index, count, reverse, tolist, fromlist, tobytes,
# frombytes, tounicode, fromunicode, byteswap, buffer_info, tofile,
# fromfile, __copy__, __deepcopy__, __reduce_ex__.
import io
from array import array as A


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = A('i', [1, 2, 3])
a.append(4)
a.append(True)
print(a)
t('append float', lambda: a.append(1.5))
t('append none', lambda: a.append())
t('append two', lambda: a.append(1, 2))
t('append overflow', lambda: a.append(1 << 40))
print(a)

a.extend([5, 6])
a.extend(x for x in (7,))
a.extend(A('i', [8]))
a.extend(a)
print(a, len(a))
t('extend other kind', lambda: a.extend(A('b', [1])))
t('extend int', lambda: a.extend(5))
t('extend bad item', lambda: a.extend([100, 'x', 200]))
print(a)  # 100 went in: extend takes items one at a time

b = A('h', [1, 2])
b.reverse()
b.insert(0, 9)
b.insert(-100, 8)
b.insert(100, 7)
b.insert(-1, 6)
print(b)
t('insert str index', lambda: b.insert('a', 1))
t('insert one arg', lambda: b.insert(1))
t('insert bad value', lambda: b.insert(0, 'x'))
t('insert overflow', lambda: b.insert(0, 40000))
print(b.pop(), b.pop(0), b.pop(-1), b.pop(1), b)
t('pop index', lambda: b.pop(10))
t('pop negative', lambda: b.pop(-10))
t('pop str', lambda: b.pop('a'))
t('pop empty', lambda: A('d').pop())
t('pop two', lambda: b.pop(1, 2))

c = A('i', [3, 1, 2, 1, 3, 1])
print(c.count(1), c.count(3), c.count(7), c.count('a'), c.count(1.0))
print(c.index(1), c.index(1, 2), c.index(1, -1), c.index(3, 1, 5), c.index(2, -100, 100))
t('index missing', lambda: c.index(7))
t('index window', lambda: c.index(2, 3))
t('index stop', lambda: c.index(3, 1, 4))
t('index bad start', lambda: c.index(1, 'a'))
t('index no args', lambda: c.index())
c.remove(1)
c.remove(3)
print(c)
t('remove missing', lambda: c.remove(9))
t('remove str', lambda: c.remove('a'))

d = A('d', [1.5, -2.0])
print(d.tolist(), A('f', [0.1]).tolist(), A('u', 'hi').tolist(), A('Q', [1 << 63]).tolist())
d.fromlist([3, 4.5])
print(d)
t('fromlist tuple', lambda: d.fromlist((1,)))
t('fromlist bad', lambda: d.fromlist([7.0, 'x']))
print(d)  # unchanged: fromlist is all or nothing

e = A('h', [1, 256, -2])
print(e.tobytes(), A('u', 'a').tobytes(), A('d', [1.0]).tobytes(), A('B').tobytes())
e.frombytes(b'\x03\x00')
e.frombytes(bytearray(b'\x04\x00'))
e.frombytes(memoryview(b'\x05\x00\x06\x00'))
e.frombytes(A('b', [7, 0]))
print(e)
t('frombytes odd', lambda: e.frombytes(b'\x01'))
t('frombytes str', lambda: e.frombytes('ab'))
t('frombytes list', lambda: e.frombytes([1, 2]))
e.byteswap()
print(e)
t('byteswap arg', lambda: e.byteswap(1))
f = A('d', [1.0])
f.byteswap()
print(f.tobytes(), f)
g = A('u', 'ab')
g.byteswap()
print(g.tobytes())

u = A('u', 'abc')
u.fromunicode('de')
u.append('f')
u.insert(0, '\U0001F600')
print(u, u.tounicode(), len(u), u[0], u[-1])
t('tounicode on i', lambda: A('i').tounicode())
t('fromunicode on i', lambda: A('i').fromunicode('a'))
t('fromunicode int', lambda: A('u').fromunicode(1))
t('bad code point', lambda: A('u', b'\xff\xff\xff\xff')[0])
t('bad code point repr', lambda: repr(A('u', b'\xff\xff\xff\xff')))
t('bad code point tounicode', lambda: A('u', b'\xff\xff\xff\xff').tounicode())

addr, n = A('i', [1, 2, 3]).buffer_info()
print(type(addr).__name__, n, A('b').buffer_info()[1])
t('buffer_info arg', lambda: A('b').buffer_info(1))

# files
w = io.BytesIO()
A('h', [1, 2, 3]).tofile(w)
A('h').tofile(w)
print(w.getvalue())
r = A('h', [9])
r.fromfile(io.BytesIO(w.getvalue()), 2)
print(r)
t('fromfile short', lambda: r.fromfile(io.BytesIO(b'\x05\x00'), 3))
print(r)
t('fromfile odd', lambda: r.fromfile(io.BytesIO(b'\x05\x00\x06'), 2))
t('fromfile text', lambda: r.fromfile(io.StringIO('ab'), 1))
t('fromfile negative', lambda: r.fromfile(io.BytesIO(), -1))
t('fromfile no read', lambda: r.fromfile(1, 1))
t('tofile no write', lambda: A('b', [1]).tofile(1))

# copies and pickling forms
h = A('i', [1, 2])
print(h.__copy__(), h.__deepcopy__({}), h.__copy__() is h)
print(h.__reduce_ex__(0), h.__reduce_ex__(2))
fn, args, state = h.__reduce_ex__(3)
print(fn.__name__, args, state, fn(*args))
for c in 'bBuhHiIlLqQfd':
    print(c, A(c).__reduce_ex__(4)[1][2], end=' ')
print()
import array
t('reconstructor type', lambda: array._array_reconstructor(1, 'i', 8, b''))
t('reconstructor subtype', lambda: array._array_reconstructor(int, 'i', 8, b''))
t('reconstructor typecode', lambda: array._array_reconstructor(A, 'x', 8, b''))
t('reconstructor mformat', lambda: array._array_reconstructor(A, 'i', 99, b''))
t('reconstructor items', lambda: array._array_reconstructor(A, 'i', 8, 'ab'))
