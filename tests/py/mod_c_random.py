# _random.Random (the C generator under Lib/random.py) and _sha512:
# seeding, state, getrandbits, subclassing and CPython's error messages.
import _random
import _sha512
import random

r = _random.Random(5)
print(type(r).__name__, type(r).__module__, _random.Random.__doc__)
print(r.random(), r.getrandbits(0), r.getrandbits(1), r.getrandbits(32))
print(r.getrandbits(33), r.getrandbits(64), r.getrandbits(65), r.getrandbits(200))

# seeding: ints by absolute value, other objects by hash
for seed in [0, 1, -1, 2**32, 2**32 - 1, 2**100 + 7, -(2**100 + 7), True, 1.5,
             (1, 2), 3.0]:
    r.seed(seed)
    print(repr(seed), r.random(), r.getrandbits(40))
r.seed(1.5); a = r.random(); r.seed(hash(1.5)); print(a == r.random())
r.seed(-12345); a = r.random(); r.seed(12345); print(a == r.random())
r.seed(); r.seed(None); print(0.0 <= r.random() < 1.0)
print(_random.Random().random() != _random.Random().random())

# state round trip and format
st = r.getstate()
print(type(st).__name__, len(st), st[-1], all(0 <= w < 2**32 for w in st))
x = [r.random() for _ in range(700)]
r.setstate(st)
print(x == [r.random() for _ in range(700)])
r.setstate((2**32 + 5,) * 624 + (624,))
print(r.getstate()[:3], r.getstate()[-1], r.random())
r.setstate((7,) * 624 + (0,))
print(r.random())

# random.Random on top, and its state/seed versions
rr = random.Random(42)
print(isinstance(rr, _random.Random), rr.random(), rr.getstate()[0])
rr.seed("text", version=1); print(rr.random())
rr.seed(b"text"); print(rr.random())
rr.seed(bytearray(b"text")); print(rr.random())
rr2 = random.Random(); rr2.setstate(rr.getstate()); print(rr2.random() == rr.random())

# subclasses
class Mine(_random.Random):
    def __init__(self, a, b):
        super().__init__(a + b)
m = Mine(2, 3)
print(m.random() == _random.Random(5).random())

class Plain(_random.Random):
    pass
p = Plain(9)
p.extra = 1
print(p.random() == _random.Random(9).random(), p.extra)

class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom(1).random(), MyRandom(1).choice("abcde"))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: r.getrandbits(-1))
show(lambda: r.getrandbits(1.5))
show(lambda: r.getrandbits("a"))
show(lambda: r.getrandbits(2**70))
show(lambda: r.getrandbits())
show(lambda: r.setstate(1))
show(lambda: r.setstate([1] * 625))
show(lambda: r.setstate((1,)))
show(lambda: r.setstate((-1,) * 625))
show(lambda: r.setstate((2**64,) * 625))
show(lambda: r.setstate(("a",) * 625))
show(lambda: r.setstate((1,) * 624 + (625,)))
show(lambda: r.setstate((1,) * 624 + (-1,)))
show(lambda: _random.Random(1, 2))
show(lambda: _random.Random(x=1))
show(lambda: Plain(x=1))
show(lambda: r.seed(1, 2))
show(lambda: r.seed(x=1))
show(lambda: r.seed([]))
show(lambda: r.random(1))
show(lambda: r.getstate(1))
show(lambda: random.seed([1]))
show(lambda: random.Random().setstate((9, (), None)))

# _sha512
s = _sha512.sha512(b"abc")
print(type(s).__name__, s.name, s.digest_size, s.block_size)
print(s.hexdigest())
s.update(b"def" * 100)
c = s.copy()
c.update(b"x")
print(s.hexdigest()[:32], c.hexdigest()[:32], len(s.digest()))
print(_sha512.sha512().hexdigest()[:32])
print(_sha512.sha512(b"a" * 111).hexdigest()[:16], _sha512.sha512(b"a" * 112).hexdigest()[:16])
print(_sha512.sha512(b"a" * 128).hexdigest()[:16], _sha512.sha512(b"a" * 1000).hexdigest()[:16])
print(_sha512.sha512(string=b"a").hexdigest()[:16])
print(_sha512.sha512(bytearray(b"a"), usedforsecurity=False).hexdigest()[:16])
print(_sha512.sha384(b"abc").hexdigest(), _sha512.sha384().name, _sha512.sha384().digest_size)
inc = _sha512.sha512()
for i in range(300):
    inc.update(bytes([i % 256]) * (i % 7))
whole = _sha512.sha512(b"".join(bytes([i % 256]) * (i % 7) for i in range(300)))
print(inc.digest() == whole.digest())
show(lambda: _sha512.sha512("abc"))
show(lambda: _sha512.sha512(1))
show(lambda: s.update("x"))
show(lambda: s.update(1))
show(lambda: s.update())
show(lambda: s.digest(1))
show(lambda: _sha512.sha512(b"", b""))
show(lambda: _sha512.sha512(x=1))
