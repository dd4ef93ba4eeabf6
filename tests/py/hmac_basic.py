# hmac without OpenSSL: Lib's pure-Python HMAC over hashlib's C modules,
# and compare_digest (_operator._compare_digest).
import hashlib
import hmac
import _operator

MSG = b'The quick brown fox jumps over the lazy dog'
for digest in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
               'sha3_256', 'blake2b', 'blake2s'):
    print(digest, hmac.new(b'key', MSG, digest).hexdigest())
print(hmac.new(b'key', MSG, hashlib.sha256).hexdigest())
print(hmac.new(b'', b'', 'md5').hexdigest())
print(hmac.new(b'k' * 200, MSG, 'sha1').hexdigest())   # key longer than a block
print(hmac.digest(b'key', MSG, 'sha256').hex())

# RFC 4231 test case 2
h = hmac.new(b'Jefe', digestmod='sha256')
h.update(b'what do ya want ')
c = h.copy()
h.update(b'for nothing?')
print(h.hexdigest())
print(h.name, h.digest_size, h.block_size)
c.update(b'for nothing?')
print(c.hexdigest() == h.hexdigest())

try:
    hmac.new(b'key', MSG)
except TypeError as e:
    print('TypeError', e)
try:
    hmac.new('key', MSG, 'sha256')
except TypeError as e:
    print('TypeError', e)

# CPython with OpenSSL takes compare_digest from _hashlib, without it from
# _operator; both compare the same way.
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('a', 'b'))
cd = _operator._compare_digest
for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), (b'', b''),
             ('abc', 'abc'), ('abc', 'abx'), (bytearray(b'x'), b'x'),
             (bytearray(b'xy'), memoryview(b'xy')),
             ('é', 'é'), ('a', b'a'), (b'a', 'a'), (1, 2), (1, b'x'), ('a', 1),
             (None, None), (b'x', [1])]:
    try:
        print(type(a).__name__, type(b).__name__, cd(a, b))
    except TypeError as e:
        print(type(a).__name__, type(b).__name__, 'TypeError', e)
for args, kw in [((b'a',), {}), ((b'a', b'b', b'c'), {}), ((), {'a': b'', 'b': b''})]:
    try:
        cd(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
