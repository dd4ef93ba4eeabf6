# Lib's pure-Python pickle (no C _pickle): dumps/loads round trips of the
# built-in types and of user class instances, at every protocol.
import pickle
import pickletools


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a, self.b = a, b


class WithState:
    def __init__(self):
        self.items = [1, 2]
        self.cache = 'drop me'

    def __getstate__(self):
        return {'items': self.items}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


class MyList(list):
    pass


class MyDict(dict):
    pass


VALUES = [
    0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1, 2**31, -2**31 - 1,
    2**63, -2**63 - 1, 2**100, -(2**200), 10**40,
    0.0, -1.5, 3.141592653589793, 1e300, float('inf'),
    1j, complex(1.5, -2),
    True, False, None,
    '', 'a', 'hello world', 'héllo wörld', '日本語', 'x' * 300, 'line\nbreak\\',
    b'', b'abc', bytes(range(256)), b'x' * 300,
    bytearray(b'bytearray'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), tuple(range(10)),
    [], [1, 'a', {2: 3}], list(range(20)),
    {}, {'a': 1, 'b': [2, 3]}, {i: str(i) for i in range(15)},
    set(), {1, 2, 3}, frozenset(), frozenset({'a', 'b'}),
    range(5), range(1, 10, 2), slice(1, 2, 3),
    Ellipsis, NotImplemented,
    int, str, list, Point, len, pickle.dumps,
]

for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    bad = []
    for v in VALUES:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        if not same or type(back) is not type(v):
            bad.append(repr(v))
    print('protocol', proto, 'round trips', len(VALUES) - len(bad), 'of', len(VALUES), bad)

for proto in (0, 2, 4, 5):
    print('proto', proto)
    p = pickle.loads(pickle.dumps(Point(1, [2, 3]), proto))
    print(' ', p, type(p).__name__, p.__dict__)
    s = pickle.loads(pickle.dumps(Slotted(1, 'b'), proto)) if proto >= 2 else None
    print(' ', s and (s.a, s.b))
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(' ', w.items, w.cache)
    r = pickle.loads(pickle.dumps(Reduced(21), proto))
    print(' ', r.n)
    ml = MyList([1, 2])
    ml.tag = 'x'
    ml2 = pickle.loads(pickle.dumps(ml, proto))
    print(' ', type(ml2).__name__, ml2, ml2.tag)
    md = pickle.loads(pickle.dumps(MyDict(a=1), proto))
    print(' ', type(md).__name__, md)

# shared and recursive structures keep their shape
shared = [1, 2]
outer = [shared, shared, {'k': shared}]
back = pickle.loads(pickle.dumps(outer))
print(back, back[0] is back[1], back[2]['k'] is back[0])
rec = [1]
rec.append(rec)
back = pickle.loads(pickle.dumps(rec))
print(back[1] is back, len(back))
d = {}
d['self'] = d
back = pickle.loads(pickle.dumps(d))
print(back['self'] is back)
p = Point(0, 0)
p.x = p
back = pickle.loads(pickle.dumps(p))
print(back.x is back)

# exact bytes for a few values, as CPython's Python pickler writes them
for v in (1, 'a', [1, 2], {'a': (1, 2)}, None, True, 2**40):
    print(repr(v), pickle.dumps(v, protocol=2), pickle.dumps(v, protocol=4))
print(pickle.dumps([1, 'a', {2: 3}], protocol=0))
print(len(pickle.dumps(list(range(10000)))))

# pickletools.dis on a small pickle
pickletools.dis(pickle.dumps({'a': [1, 2.5, None]}, protocol=2))
print(pickletools.optimize(pickle.dumps([1, 1, 1], protocol=2)))

# files: dump / load on a BytesIO
import io
f = io.BytesIO()
pickle.dump({'x': 1}, f)
pickle.dump([2, 3], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError:
    # C _pickle says "Ran out of input"; Lib's pickle.py, which runs when
    # _pickle is missing, raises a bare EOFError.
    print('EOFError')
