# array.array as a sequence: len, indexing (negative, out of range, bad
# keys), slices with steps (get, set, del, the empty-array-deletes rule),
# in, iteration, + and +=, * and *=, comparisons between arrays, hashing.
from array import array as A


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = A('i', range(10))
print(len(a), a[0], a[-1], a[-10], a[3], bool(A('i')), bool(a))
t('index 10', lambda: a[10])
t('index -11', lambda: a[-11])
t('index str', lambda: a['x'])
t('index float', lambda: a[1.0])
t('index huge', lambda: a[1 << 70])
print(a[::-1], a[1:8:3], a[-3:], a[100:], a[:-100], a[5:1], a[::4], a[-2:2:-3])
print(type(a[1:3]), a[:], a[:] is a)

b = A('i', range(10))
b[0] = 100
b[-1] = -100
t('set 10', lambda: b.__setitem__(10, 1))
t('set -11', lambda: b.__setitem__(-11, 1))
t('set str key', lambda: b.__setitem__('k', 1))
t('set float', lambda: b.__setitem__(0, 1.5))
t('set overflow', lambda: b.__setitem__(0, 1 << 31))
print(b)
b[1:3] = A('i', [7, 7, 7, 7])
print(b)
b[::3] = A('i', [0, 0, 0, 0])
print(b)
b[5:2] = A('i', [55])
print(b)
b[::-2] = A('i', range(7))
print(b)
t('slice list', lambda: b.__setitem__(slice(0, 1), [1]))
t('slice int', lambda: b.__setitem__(slice(0, 1), 5))
t('slice kind', lambda: b.__setitem__(slice(0, 1), A('h', [1])))
t('extended size', lambda: b.__setitem__(slice(None, None, 2), A('i', [1])))
t('extended reversed size', lambda: b.__setitem__(slice(None, None, -1), A('i', [1])))
t('empty extended', lambda: b.__setitem__(slice(0, 0, -1), A('i', [1])))
c = A('i', range(8))
c[::2] = A('i')  # an empty array deletes the extended slice
print(c)
del c[0]
del c[-1]
print(c)
t('del 10', lambda: c.__delitem__(10))
c = A('i', range(12))
del c[::3]
print(c)
del c[::-2]
print(c)
del c[1:3]
print(c)
del c[:]
print(c)
s = A('i', [1, 2, 3])
s[::-1] = s
print(s)
s[len(s):] = s
s[:0] = s
print(s)
s[1:4] = s
print(s)

print(3 in A('i', [1, 2, 3]), 4 in A('i', [1, 2, 3]), 'a' in A('i', [1]), 1.0 in A('i', [1]),
      'a' in A('u', 'ab'), 2.5 in A('f', [2.5]), 0.1 in A('f', [0.1]))
print(list(A('b', [1, -2])), [x for x in A('u', 'xy')], sum(A('d', [0.5, 0.25])))
it = iter(A('i', [1, 2, 3]))
print(next(it), list(it), list(it))
m = A('i', [1, 2, 3])
it = iter(m)
next(it)
m.append(4)
print(list(it))

x = A('i', [1, 2])
y = A('i', [3])
print(x + y, y + x, x + A('i'), type(x + y))
t('add list', lambda: x + [1])
t('add kind', lambda: x + A('b', [1]))
t('list add', lambda: [1] + x)
t('add bytes', lambda: A('b', [65]) + b'a')
z = x
z += y
print(z, z is x, x)
t('iadd list', lambda: x.__iadd__([1]))
t('iadd kind', lambda: x.__iadd__(A('b')))
print(x * 2, 3 * A('u', 'ab'), x * 0, x * -1, x * True)
t('mul str', lambda: x * 'a')
t('str mul', lambda: 'a' * x)
t('mul float', lambda: x * 2.0)
t('mul arrays', lambda: x * x)
z = x
z *= 2
print(z, z is x)
z *= 1
print(z)
z *= 0
print(z, len(x))


def imul_str():
    y = x
    y *= 'x'


t('imul str', imul_str)

print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1]) == A('b', [1]), A('i', [1]) == A('d', [1.0]),
      A('u', 'a') == A('i', [97]), A('i', [1]) == [1], A('i') == A('d'))
print(A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [2]) > A('i', [1, 5]), A('i') <= A('i'),
      A('i', [1, 3]) >= A('d', [1, 2.5]), A('i', [1]) != A('i', [1, 0]), A('u', 'ab') < A('u', 'b'))
print(A('d', [float('nan')]) == A('d', [float('nan')]), A('d', [float('nan')]) != A('d', [float('nan')]))
t('lt list', lambda: A('i') < [1])
t('lt kinds', lambda: A('u', 'a') < A('i', [1]))
t('hash', lambda: hash(A('i')))
t('len of iterator', lambda: len(iter(A('i'))))

# iterator state (what copy and pickle use)
import copy
it = iter(A('i', [1, 2, 3]))
next(it)
print(it.__reduce__())
c = copy.copy(it)
print(list(c), list(it), it.__reduce__())
it2 = iter(A('i', [1, 2, 3]))
it2.__setstate__(-5)
print(next(it2))
it2.__setstate__(99)
print(list(it2))
it3 = iter(A('i', [1, 2, 3]))
it3.__setstate__(2)
print(list(it3))
t('setstate str', lambda: it3.__setstate__('a'))
