# Subclasses of list/dict/str/tuple/bytes/Exception overriding special
# methods: list()/tuple()/join/f(*x) iterate a subclass through its
# __iter__, dict merges use keys() when __iter__ is overridden, __bytes__.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class L(list):
    def __init__(self, *a):
        print('L.__init__', a)
        super().__init__(*a)
    def __contains__(self, x): return x == 'magic'
    def __iter__(self): return iter(['it1', 'it2'])
    def __len__(self): return 99
    def __getitem__(self, i): return ('gi', i)
    def __eq__(self, o): return 'L.eq'
    def __bool__(self): return False
l = L([1, 2, 3])
t(lambda: 'magic' in l)
t(lambda: 1 in l)
t(lambda: list(l))
t(lambda: [x for x in l])
t(lambda: tuple(l))
t(lambda: len(l))
t(lambda: l[0])
t(lambda: l[1:2])
t(lambda: l == [1])
t(lambda: bool(l))
t(lambda: sorted(l))
t(lambda: sum(1 for _ in l))
t(lambda: list.__len__(l))
t(lambda: list.__getitem__(l, 0))
t(lambda: ' '.join(L(['a'])))
t(lambda: sorted(set(l)))
t(lambda: dict.fromkeys(l))
t(lambda: max(l))
t(lambda: enumerate(l).__next__())
t(lambda: [*l])
a, b = L(['q', 'r'])
t(lambda: (a, b))
t(lambda: str(l))
t(lambda: repr(l))
t(lambda: l + [4])
t(lambda: l * 2)
t(lambda: list.__eq__(l, [1, 2, 3]))
t(lambda: print(*l))
t(lambda: min(L([5])))
class D(dict):
    def __getitem__(self, k): return 'D[' + str(k) + ']'
    def __contains__(self, k): return True
    def __len__(self): return 7
    def keys(self): return ['only']
    def __iter__(self): return iter(['x', 'y'])
d = D(a=1)
t(lambda: d['a'])
t(lambda: d.get('a'))
t(lambda: 'zz' in d)
t(lambda: len(d))
t(lambda: list(d))
t(lambda: dict(d))
t(lambda: {**d})
t(lambda: dict(**d) if False else 'skip')
def kw(**k): return k
t(lambda: kw(**d))
t(lambda: {}.update(d) or 'upd')
x = {}; x.update(d)
t(lambda: x)
t(lambda: '{a}'.format_map(d))
t(lambda: '%(a)s' % d)
t(lambda: eval('a', {}, d))
t(lambda: list(d.items()))
t(lambda: repr(d))
class S(str):
    def __len__(self): return 1000
    def __getitem__(self, i): return 'S!'
    def __iter__(self): return iter('ITER')
    def __contains__(self, x): return True
    def __eq__(self, o): return True
    __hash__ = str.__hash__
s = S('abc')
t(lambda: len(s))
t(lambda: s[0])
t(lambda: list(s))
t(lambda: 'zzz' in s)
t(lambda: s == 'q')
t(lambda: s.upper())
t(lambda: s + 'd')
t(lambda: ''.join(s))
t(lambda: str(s))
t(lambda: {s: 1}['abc'])
t(lambda: s.split('b'))
t(lambda: [c for c in s])
t(lambda: s.startswith('a'))
t(lambda: s.__class__.__name__)
class T(tuple):
    def __getitem__(self, i): return 'T!'
    def __iter__(self): return iter((7, 8))
    def __len__(self): return 3
tt = T((1, 2))
t(lambda: tt[0])
x1, x2 = tt
t(lambda: (x1, x2))
t(lambda: list(tt))
t(lambda: len(tt))
t(lambda: tt + (3,))
t(lambda: tuple(tt))
t(lambda: hash(tt) == hash((1, 2)))
t(lambda: '%s %s' % tt)
def f(*a): return a
t(lambda: f(*tt))
t(lambda: max(tt))
class E(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.extra = 'x'
        return o
    def __init__(self, *a):
        super().__init__('wrapped', *a)
t(lambda: (E(1).args, E(1).extra, str(E(1)), repr(E(1))))
try:
    raise E(5)
except E as e:
    print(e.args, e.extra)
class E2(ValueError):
    def __init__(self, code):
        self.code = code
t(lambda: (E2(3).args, str(E2(3)), E2(3).code))
class E3(KeyError): pass
t(lambda: str(E3('k')))
class E4(OSError): pass
t(lambda: (E4(2, 'No such').errno, type(OSError(2, 'x')).__name__, type(E4(2, 'x')).__name__))
class BA(bytearray):
    pass
ba = BA(b'xyz')
t(lambda: bytes(ba))
t(lambda: ba + b'1')
t(lambda: type(ba + b'1').__name__)
t(lambda: b'-'.join([ba, ba]))
t(lambda: memoryview(ba)[0])
t(lambda: bytearray(ba))
class By(bytes):
    def __bytes__(self): return b'override'
t(lambda: bytes(By(b'q')))
t(lambda: By(b'q') + b'r')
class Ty(type):
    def __call__(cls, *a):
        print('Ty.__call__', cls.__name__, a)
        return super().__call__(*a)
class WithTy(metaclass=Ty):
    def __init__(self, v): self.v = v
t(lambda: WithTy(3).v)
class I(int):
    def __iter__(self): return iter(range(int(self)))
t(lambda: list(I(3)))
class FS(frozenset):
    def __contains__(self, x): return 'fs-contains'
t(lambda: 1 in FS([1]))
class R(int):
    def __index__(self): return 2
t(lambda: [0, 1, 2, 3][R(0)])
t(lambda: range(10)[R(0)])
t(lambda: 'abcd'[R(1)])
class HasBytes:
    def __bytes__(self): return b'hb'
class BadBytes:
    def __bytes__(self): return 'str'
t(lambda: bytes(HasBytes()))
t(lambda: bytes(BadBytes()))
t(lambda: bytearray(HasBytes()))
t(lambda: bytes(HasBytes(), 'utf-8'))
class DI(dict):
    def __iter__(self): return iter(['k'])
    def keys(self): return ['k']
    def __getitem__(self, k): return 'v'
def kw2(**k): return k
t(lambda: kw2(**DI(z=1)))
t(lambda: {**DI(z=1)})
t(lambda: dict(DI(z=1)))
class DK(dict):
    def keys(self): return ['ignored']
t(lambda: dict(DK(z=1)))
t(lambda: kw2(**DK(z=1)))
class LI(list):
    def __iter__(self): return iter('ab')
t(lambda: list(LI([1])))
t(lambda: tuple(LI([1])))
t(lambda: sorted(set(LI([1]))))
t(lambda: kw2(*[]) if False else f(*LI([1])))
t(lambda: [].__add__(LI([1])))
x = [0]; x.extend(LI([1]))
t(lambda: x)
x = [0]; x += LI([1])
t(lambda: x)
t(lambda: sorted(LI([1])))
t(lambda: ''.join(LI([1])))
t(lambda: dict(zip(LI([1]), LI([2]))))
