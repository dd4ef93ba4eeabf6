# _blake2's blake2b and blake2s: keys, salts, personalisation, tree
# parameters, and the constructor's checks.
import _blake2
import hashlib


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


for C in (_blake2.blake2b, _blake2.blake2s):
    print(C.__name__, C.__module__, C.__doc__)
    print(C.SALT_SIZE, C.PERSON_SIZE, C.MAX_KEY_SIZE, C.MAX_DIGEST_SIZE)
    print(' '.join(C(b'q' * n).hexdigest()[:12]
                   for n in (0, 1, 63, 64, 65, 127, 128, 129, 256, 1000)))
    h = C()
    for _ in range(300):
        h.update(b'a' * 1000)
    print(h.hexdigest())
    print(C(b'abc', key=b'key').hexdigest())
    print(C(key=b'k').hexdigest())
    print(C(b'abc', key=b'k' * C.MAX_KEY_SIZE).hexdigest())
    print(C(b'abc', key=bytearray(b'key'), salt=memoryview(b'salt')).hexdigest())
    print(C(b'abc', digest_size=5).hexdigest())
    print(C(b'abc', salt=b'salt', person=b'person').hexdigest())
    print(C(b'x', fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6,
            inner_size=7, last_node=True, salt=b'salt', person=b'me',
            key=b'k').hexdigest())
    print(C(b'x', leaf_size=2**32 - 1, node_offset=2**48 - 1).hexdigest())
    print(C(b'x', last_node=1).hexdigest() == C(b'x', last_node=True).hexdigest())
    h = C(b'abc', digest_size=10)
    c = h.copy()
    c.update(b'd')
    print(h.hexdigest(), c.hexdigest(), h.digest_size, c.digest_size,
          h.block_size, h.name, len(h.digest()))

B, S = _blake2.blake2b, _blake2.blake2s
attempt('leaf_size 2**32', lambda: B(leaf_size=2**32))
attempt('leaf_size 2**64', lambda: B(leaf_size=2**64))
attempt('leaf_size -1', lambda: B(leaf_size=-1))
attempt('leaf_size 1.0', lambda: B(leaf_size=1.0))
attempt('node_offset 2**64', lambda: B(node_offset=2**64))
attempt('node_offset -1', lambda: B(node_offset=-1))
attempt('node_offset str', lambda: B(node_offset='a'))
attempt('s node_offset 2**48', lambda: S(node_offset=2**48))
attempt('b node_offset 2**48', lambda: B(node_offset=2**48).hexdigest()[:8])
attempt('digest_size 2**40', lambda: B(digest_size=2**40))
attempt('digest_size 1.0', lambda: B(digest_size=1.0))
attempt('digest_size str', lambda: B(digest_size='x'))
attempt('digest_size 0', lambda: B(digest_size=0))
attempt('digest_size 65', lambda: B(digest_size=65))
attempt('s digest_size 33', lambda: S(digest_size=33))
attempt('fanout -1', lambda: B(fanout=-1))
attempt('fanout 256', lambda: B(fanout=256))
attempt('depth 0', lambda: B(depth=0))
attempt('node_depth 256', lambda: B(node_depth=256))
attempt('inner_size 65', lambda: B(inner_size=65))
attempt('s inner_size 33', lambda: S(inner_size=33))
attempt('key 65', lambda: B(key=b'x' * 65))
attempt('s key 33', lambda: S(key=b'x' * 33))
attempt('key str', lambda: B(key='x'))
attempt('salt int', lambda: B(salt=1))
attempt('salt 17', lambda: B(salt=b'x' * 17))
attempt('s salt 9', lambda: S(salt=b'x' * 9))
attempt('person 17', lambda: B(person=b'x' * 17))
attempt('first error wins', lambda: B(key=b'x' * 65, digest_size=0))
attempt('fanout before depth', lambda: B(fanout=0, depth=0))
attempt('two args', lambda: B(b'a', b'b'))
attempt('string=', lambda: B(string=b'a'))
attempt('data=', lambda: S(data=b'a'))
attempt('str data', lambda: B('a'))
attempt('int data', lambda: B(1))
attempt('update()', lambda: B().update())
attempt('digest(1)', lambda: B().digest(1))
attempt('copy(1)', lambda: S().copy(1))
attempt('update(str)', lambda: S().update('x'))
print(sorted(k for k in dir(_blake2) if k.isupper()))
print([getattr(_blake2, k) for k in sorted(dir(_blake2)) if k.isupper()])
print(hashlib.blake2b(b'abc', digest_size=16).hexdigest())
print(hashlib.new('blake2s', b'abc', key=b'k').hexdigest())
print(type(hashlib.blake2b()) is _blake2.blake2b)
