# The hash modules' C paths without Lib's hashlib (few allocations, so the
# cli.failalloc test fails each of them in turn), and the pickle helpers.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2, _operator
for c in (_md5.md5, _sha1.sha1, _sha256.sha256, _sha512.sha384, _sha3.sha3_256, _blake2.blake2b, _blake2.blake2s):
    h = c(b'abc')
    h.update(b'x' * 300)
    print(h.hexdigest(), h.copy().digest(), h.name, h.digest_size, h.block_size)
s = _sha3.shake_256(b'abc')
print(s.hexdigest(300), len(s.digest(100)))
print(_blake2.blake2b(b'a', key=b'k', salt=b's', person=b'p', digest_size=20).hexdigest())
print(_operator._compare_digest(b'a', b'a'), _operator._compare_digest('a', 'b'))
try:
    _sha3.shake_128().digest(-1)
except ValueError as e:
    print(e)
import io
b = io.BytesIO(b'abc')
m = b.getbuffer()
print(bytes(m[1:]), len(m))
m.release()
print(range(3).__reduce__(), {1}.__reduce__(), bytearray(b'x').__reduce_ex__(2), len.__reduce__())
import sys
for c in (_md5.md5, _sha1.sha1, _sha256.sha224, _sha512.sha512, _sha3.sha3_256,
          _sha3.shake_128, _blake2.blake2b, _blake2.blake2s):
    print(c.__name__, sys.getsizeof(c()))
