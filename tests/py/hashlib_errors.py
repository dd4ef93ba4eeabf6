# The hash modules' argument errors, as CPython 3.11's C modules word them.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
import pickle
import hashlib


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r if isinstance(r, (bytes, str, int)) else type(r).__name__)


for ctor in (_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha512):
    name = ctor.__name__
    h = ctor()
    print(name, type(h).__module__, type(h).__name__, ctor.__doc__)
    attempt('str data', lambda: ctor('abc'))
    attempt('int data', lambda: ctor(1))
    attempt('string=', lambda: ctor(string=b'abc').hexdigest()[:8])
    attempt('data=', lambda: ctor(data=b'abc'))
    attempt('two args', lambda: ctor(b'a', b'b'))
    attempt('both', lambda: ctor(b'a', string=b'b'))
    attempt('bad kw', lambda: ctor(foo=1))
    attempt('usedforsecurity', lambda: ctor(b'abc', usedforsecurity=False).hexdigest()[:8])
    attempt('update()', lambda: h.update())
    attempt('update(str)', lambda: h.update('s'))
    attempt('update(None)', lambda: h.update(None))
    attempt('update(kw)', lambda: h.update(data=b'x'))
    attempt('digest(1)', lambda: h.digest(1))
    attempt('hexdigest(1)', lambda: h.hexdigest(1))
    attempt('copy(1)', lambda: h.copy(1))
    attempt('set name', lambda: setattr(h, 'name', 'x'))

for cls in (_sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512,
            _sha3.shake_128, _sha3.shake_256):
    h = cls(b'abc')
    print(cls.__name__, cls.__module__, h.name, h._capacity_bits, h._rate_bits, h._suffix)
    print(cls.__doc__)
    attempt('str data', lambda: cls('abc'))
    attempt('list data', lambda: cls([1]))
    attempt('string=', lambda: cls(string=b'abc'))
    attempt('data=', lambda: cls(data=b'abc'))
    attempt('two args', lambda: cls(b'a', b'b'))
    attempt('update()', lambda: h.update())
    attempt('update(2 args)', lambda: h.update(b'a', b'b'))
    attempt('copy(1)', lambda: h.copy(1))
    attempt('isinstance', lambda: isinstance(h, cls))

s = _sha3.shake_128(b'abc')
for arg in (-1, 2**40, 2**70, 'a', 1.5, True, 0):
    attempt('shake digest(%r)' % (arg,), lambda: s.digest(arg))
attempt('shake digest()', lambda: s.digest())
attempt('shake hexdigest()', lambda: s.hexdigest())
attempt('shake hexdigest(-5)', lambda: s.hexdigest(-5))
attempt('shake digest(length=3)', lambda: s.digest(length=3))
attempt('shake digest(1, 2)', lambda: s.digest(1, 2))
print(_sha3.implementation, _sha3.keccakopt)

attempt('hashlib.new unknown', lambda: hashlib.new('foo'))
attempt('hashlib.sha256 str', lambda: hashlib.sha256('x'))
attempt('hashlib.md5 int', lambda: hashlib.md5(5))
attempt('hashlib.new str data', lambda: hashlib.new('sha1', 'x'))
print(sorted(n for n in dir(_md5) if not n.startswith('__')))
print(sorted(n for n in dir(_sha256) if not n.startswith('__')))
print(sorted(n for n in dir(_sha3) if not n.startswith('__')))
print(_sha256.SHA224Type is type(_sha256.sha224()), _md5.MD5Type)

# the hash types are final, MD5Type has no constructor, and none pickles
for base in (_blake2.blake2b, _sha3.sha3_256, _sha3.shake_128, _md5.MD5Type):
    try:
        class X(base):
            pass
        x = X(b'abc')
        print(base.__name__, 'subclassable', type(x).__name__, x.hexdigest() if base is not _sha3.shake_128 else x.hexdigest(4), x.copy().__class__.__name__)
    except TypeError as e:
        print(base.__name__, 'TypeError', e)
try:
    _md5.MD5Type()
except TypeError as e:
    print('TypeError', e)
try:
    pickle.dumps(_md5.md5())
except TypeError as e:
    print('TypeError', e)
print(repr(_md5.md5())[:22])

# Argument Clinic's counting: all arguments first, then the positional ones;
# md5's copy() ignores keywords
for f in (lambda: _md5.md5().copy(x=1), lambda: _blake2.blake2b().copy(x=1),
          lambda: _sha3.sha3_256().copy(x=1), lambda: _md5.md5().digest(x=1),
          lambda: _sha3.shake_128().hexdigest(length=2),
          lambda: _md5.md5().update(b'', x=1), lambda: _sha512.sha512(b'a', foo=1),
          lambda: _sha3.sha3_256(b'', usedforsecurity=False, foo=2),
          lambda: _blake2.blake2s(b'', b'', key=1), lambda: _md5.md5(b'a', b'b', b'c'),
          lambda: _md5.md5(usedforsecurity=1, string=b'', x=1),
          lambda: _md5.md5().copy(1, x=2), lambda: _blake2.blake2b(b'', b'', b''),
          lambda: _sha3.shake_256(b'', b'', b''),
          lambda: _sha3.shake_256(usedforsecurity=1, x=2, y=3)):
    try:
        print(type(f()).__name__)
    except TypeError as e:
        print('TypeError', e)
