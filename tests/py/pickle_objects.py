# pickle and copy of exceptions, bound methods, nested classes, str/int
# subclasses, __getnewargs__ / __getnewargs_ex__, __slots__, partial and
# the operator getters: the __reduce__ protocol of each.
import pickle, functools, operator, copy, collections
class Outer:
    class Inner:
        def __init__(self): self.v = 1
        def __eq__(self, o): return type(o) is type(self) and o.__dict__ == self.__dict__
    def method(self): return 5
class MyErr(Exception):
    pass
class S(str): pass
class I(int):
    def __new__(cls, v, tag='t'):
        o = super().__new__(cls, v); o.tag = tag; return o
    def __getnewargs__(self): return (int(self), self.tag)
class KW:
    def __new__(cls, *, a):
        o = object.__new__(cls); o.a = a; return o
    def __getnewargs_ex__(self): return ((), {'a': self.a})
class Sl:
    __slots__ = ('x',)
    def __init__(self): self.x = 3
o = Outer()
vals = [Outer.Inner(), ValueError('bad', 2), MyErr('m'), KeyError('k'), S('abc'), I(5, 'z'), KW(a=4), Sl(),
        o.method, functools.partial(max, 1, key=abs), operator.itemgetter(1, 2), operator.attrgetter('a.b'),
        operator.methodcaller('split', ','), Outer.method, StopIteration(3), OSError(2, 'nf'),
        collections.ChainMap({'a': 1}), b'\x00' * 3, 1.5e-300]
for proto in (0, 1, 2, 3, 4, 5):
    for v in vals:
        try:
            b = pickle.loads(pickle.dumps(v, proto))
            rb, rv = repr(b), repr(v)
            if type(b) is not type(v):
                print(proto, rv, 'TYPE', type(b))
            elif isinstance(v, BaseException):
                if b.args != v.args: print(proto, rv, 'ARGS', b.args)
            elif isinstance(v, (I,)):
                if (b, b.tag) != (v, v.tag): print(proto, 'I diff')
            elif isinstance(v, (KW, Sl)):
                pass
            elif callable(v) and not isinstance(v, type):
                pass
            elif b != v:
                print(proto, rv, 'DIFF', rb)
        except Exception as e:
            print(proto, type(v).__name__, type(e).__name__, str(e)[:100])
print(pickle.loads(pickle.dumps(o.method))(), pickle.loads(pickle.dumps(functools.partial(max, 1, key=abs)))(-3))
print(pickle.loads(pickle.dumps(operator.itemgetter(1, 2)))('abc'), pickle.loads(pickle.dumps(KW(a=4), 4)).a, pickle.loads(pickle.dumps(Sl(), 2)).x)
e = pickle.loads(pickle.dumps(OSError(2, 'nf')))
print(type(e).__name__, e.errno, e.strerror)
print('done')

# what the exceptions reduce to
e = ValueError('a', 1)
print(e.__reduce__())
e.extra = 'x'
print(e.__reduce__())
print(OSError(2, 'nf').__reduce__(), OSError(2, 'nf', 'f').__reduce__())
print(OSError(2, 'nf', 'f', None, 'g').__reduce__(), OSError('plain').__reduce__())
print(KeyError('k').__reduce__(), StopIteration(3).__reduce__())
print(SyntaxError('bad', ('f.py', 1, 2, 'x y', 1, 3)).__reduce__())
print(AttributeError('a', name='n', obj=1).__reduce__())
print(ImportError('m').__reduce__())
print(ImportError('m', name='mod').__reduce__())
err = pickle.loads(pickle.dumps(SyntaxError('bad', ('f.py', 1, 2, 'x y', 1, 3))))
print(err.msg, err.filename, err.lineno, err.offset, err.text)
e2 = copy.deepcopy(e)
print(e2.args, e2.extra)
try:
    ValueError().__setstate__([1])
except TypeError as ex:
    print('TypeError', ex)
v = ValueError()
v.__setstate__({'note': 1})
v.__setstate__(None)
print(v.note)
print(o.method.__reduce__()[0] is getattr, o.method.__reduce__()[1][1])
print(copy.copy(o.method)() , copy.deepcopy(o.method)())


class BadEx:
    def __init__(self, r):
        self.r = r

    def __getnewargs_ex__(self):
        return self.r


for r in ([], (1,), ([], {}), ((), []), ((1,), {})):
    try:
        print(BadEx(r).__reduce_ex__(2)[1][1:])
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(KW(a=4).__reduce_ex__(2)[0].__name__, KW(a=4).__reduce_ex__(2)[1][1:])
print(I(5, 'z').__reduce_ex__(2)[1][1:])
