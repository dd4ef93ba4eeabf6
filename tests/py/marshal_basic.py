# marshal: CPython's format for the value types, back-references, versions,
# errors, dump/load on files.
import marshal
vals = [None, True, False, Ellipsis, StopIteration, 0, 1, -1, 2**31-1, 2**31, -2**31, -2**31-1, 2**100, -3**80, 1.5, -0.0, float('inf'), 1+2j,
        'abc', 'x y'*100, 'héllo', 'intern_me', b'bytes', bytearray(b'ba'), (), (1,), tuple(range(300)), [1, [2, 3]], {'a': 1, 2: (3,)}, {1, 2}, frozenset({3}),
        ]
for v in vals:
    d = marshal.dumps(v)
    print(repr(v)[:40], d[:60], marshal.loads(d) == v or v != v)
shared = [1, 2]
t = (shared, shared, 'abc')
d = marshal.dumps(t)
print(d)
r = marshal.loads(d)
print(r, r[0] is r[1])
for ver in range(5):
    print(ver, marshal.dumps([1.5, 'ab', 2j, ['ab']], ver))
for bad in [b'', b'i\x01', b'?', b'r\x05\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x00']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print(e)
print(marshal.version)
import io
f = io.BytesIO()
marshal.dump([1], f); marshal.dump('two', f)
f.seek(0)
print(marshal.load(f), marshal.load(f))
