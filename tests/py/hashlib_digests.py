# hashlib without OpenSSL: the C modules _md5, _sha1, _sha256, _sha512,
# _sha3 and _blake2 behind hashlib's constructors, on known vectors.
import hashlib

NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']

for name in NAMES:
    ctor = getattr(hashlib, name)
    empty = ctor()
    print(name, empty.name, empty.digest_size, empty.block_size)
    print('  ""   ', empty.hexdigest())
    print('  "abc"', ctor(b'abc').hexdigest())
    print('  new  ', hashlib.new(name, b'abc').hexdigest() == ctor(b'abc').hexdigest())
    h = ctor(usedforsecurity=False)
    for _ in range(1000):
        h.update(b'a' * 1000)
    print('  1M a ', h.hexdigest())
    # lengths around the block boundaries and padding limits
    ends = [ctor(b'x' * n).hexdigest()[:12] for n in
            (55, 56, 63, 64, 65, 71, 72, 103, 104, 111, 112, 127, 128, 129,
             135, 136, 143, 144, 167, 168, 169)]
    print('  ends ', ' '.join(ends))
    # feeding in pieces gives the same digest as feeding at once
    data = bytes(range(256)) * 3
    whole = ctor(data).digest()
    pieces = ctor()
    for i in range(0, len(data), 37):
        pieces.update(data[i:i + 37])
    print('  split', pieces.digest() == whole, len(whole) == empty.digest_size)
    # copy() is independent of the original
    a = ctor(b'hello ')
    b = a.copy()
    b.update(b'world')
    print('  copy ', a.hexdigest() == ctor(b'hello ').hexdigest(),
          b.hexdigest() == ctor(b'hello world').hexdigest(),
          type(b) is type(a))
    # digest() does not finish the object
    a.update(b'world')
    print('  again', a.digest() == b.digest(), a.digest() == a.digest())

for name in ('shake_128', 'shake_256'):
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size)
    print('  ', h.hexdigest(0) == '', h.digest(0))
    for n in (1, 16, 32, 64, 200, 400):
        print('  ', n, h.hexdigest(n)[-24:], len(h.digest(n)))
    print('  prefix', h.digest(400)[:32] == h.digest(32))
    print('  empty', getattr(hashlib, name)().hexdigest(20))

# bytes-like data of all three kinds
for data in (b'abc', bytearray(b'abc'), memoryview(b'xabcx')[1:4]):
    print(type(data).__name__, hashlib.sha256(data).hexdigest()[:16],
          hashlib.md5(data).hexdigest()[:16], hashlib.sha3_256(data).hexdigest()[:16])

print(sorted(hashlib.algorithms_guaranteed))
print('sha256' in hashlib.algorithms_available)
print(hashlib.new('SHA256', b'abc').hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(hashlib.new('sha1', data=b'abc').hexdigest())
# Without OpenSSL pbkdf2_hmac is Lib's Python version, which warns that it
# is deprecated; CPython with OpenSSL does not warn.  Silence it so both
# print the same.
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2, 20).hex())
    print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
