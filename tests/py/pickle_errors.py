# pickle's failures that do not depend on _pickle's C wording, and copy's
# use of the same __reduce__ machinery.
import copy
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError:
    print('PicklingError')

try:
    pickle.loads(b'')
except EOFError:
    print('EOFError')
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print('ValueError', e)

# range, slice, Ellipsis, NotImplemented and builtins reduce as CPython's
print(range(1, 10, 3).__reduce__(), slice(1, None, 2).__reduce__())
print(Ellipsis.__reduce__(), NotImplemented.__reduce__())
print(len.__reduce__(), [].append.__reduce__()[0] is getattr)
print(len.__module__, io.BytesIO.__module__, [].append.__module__)
print(pickle.loads(pickle.dumps([].append))([]) is None)

# copy / deepcopy go through the same protocol
p = Point([1, 2], {'k': (3, [4])})
q = copy.deepcopy(p)
print(q.x == p.x, q.x is not p.x, q.y['k'][1] is not p.y['k'][1])
r = copy.copy(p)
print(r.x is p.x)
print(copy.deepcopy(range(3)), copy.copy(slice(1, 2)), copy.deepcopy([Ellipsis, len]))
# set, frozenset and bytearray reduce themselves (copy and deepcopy use it)
print({1, 2}.__reduce__(), frozenset().__reduce__())
print(bytearray(b'\xffa').__reduce__(), bytearray(b'a').__reduce_ex__(2),
      bytearray(b'a').__reduce_ex__(3))


class TaggedSet(set):
    pass


class TaggedBytes(bytearray):
    pass


ts = TaggedSet([1])
ts.tag = 'x'
tb = TaggedBytes(b'z')
tb.tag = 'y'
print(ts.__reduce__(), tb.__reduce_ex__(4))
for v in ({1, 2}, frozenset({3}), bytearray(b'ab'), ts, tb):
    d = copy.deepcopy(v)
    print(type(d).__name__, d == v, d is not v, getattr(d, 'tag', None))
    for proto in (0, 2, 5):
        back = pickle.loads(pickle.dumps(v, proto))
        print(' ', proto, type(back).__name__, back == v, getattr(back, 'tag', None))
nested = {'a': [1, {'b': (2, 3)}], 'c': {4, 5}}
deep = copy.deepcopy(nested)
print(deep == nested, deep['a'] is not nested['a'])

# BytesIO.getbuffer: a writable view that blocks resizing while it lives
b = io.BytesIO(b'abc')
view = b.getbuffer()
print(type(view).__name__, view.readonly, view.nbytes, bytes(view), type(view.obj).__name__)
view[0] = ord('z')
print(b.getvalue())
for op in (lambda: b.write(b'x'), b.close, lambda: b.truncate(1)):
    try:
        op()
    except BufferError as e:
        print('BufferError', e)
sub = view[1:]
view.release()
try:
    b.write(b'x')
except BufferError as e:
    print('still exported:', e)
del sub
b.seek(0, 2)
print(b.write(memoryview(b'def')), b.write(bytearray(b'g')), b.getvalue())
buf = bytearray(4)
b.seek(1)
print(b.readinto(buf), buf, b.readinto(memoryview(buf)[:2]), buf)
for target in (b'xx', 'ss', 3):
    try:
        b.readinto(target)
    except TypeError as e:
        print('TypeError', e)
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print('ValueError', e)
print(io.BytesIO(bytearray(b'init')).getvalue())

# raw-unicode-escape, pickle protocol 0's str encoding
print('é\u1234\U0001F600\\'.encode('raw_unicode_escape'))
for raw in (b'a\\u0041\\\\u0041', b'\\U0001F600\xe9', b'\\u12', b'\\U00110000'):
    try:
        print(ascii(raw.decode('raw-unicode-escape')))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
print(str(b'caf\xc3\xa9', 'utf-8', 'surrogatepass'))
