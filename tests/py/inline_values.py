# Instance attributes kept as inline values over a class's shared keys:
# every way of reading, writing, deleting and listing them, across shape
# changes, __dict__ materialization and __class__ assignment.
import copy
import gc
import pickle
import sys
import weakref


class P:
    pass


def shapes():
    a = P()
    a.x = 1
    a.y = 2
    b = P()
    b.y = 3
    b.x = 4
    b.z = 5
    print(vars(a), vars(b))
    del b.y
    print(b.__dict__, b.z, hasattr(b, "y"))
    b.y = 6
    print(list(b.__dict__))
    c = P()
    c.z = 0
    del c.z
    c.z = 1
    c.x = 2
    print(c.__dict__)


def many():
    c = P()
    for i in range(40):
        setattr(c, "n%d" % i, i)
    print(len(c.__dict__), c.n39, c.n0)
    d = P()
    for i in range(40):
        setattr(d, "m%d" % i, i)
    print(len(vars(d)), d.m39, list(vars(d))[:3])
    e = P()
    e.n5 = "five"
    print(vars(e), getattr(e, "n6", "absent"))


def names():
    o = P()
    name = "".join(["ab", "c"])
    setattr(o, name, 1)
    print(o.abc, getattr(o, "ab" + "c"))

    class S(str):
        pass

    setattr(o, S("sub"), 2)
    print(o.sub, vars(o))
    q = P()
    q.x = 1
    print(getattr(q, S("x")), hasattr(q, S("y")))
    setattr(q, S("x"), 2)
    delattr(q, S("x"))
    print(vars(q), hasattr(q, "x"))
    delattr(o, "ab" + "c")
    print(vars(o))
    try:
        delattr(o, "abc")
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        setattr(o, 5, 1)
    except TypeError as e:
        print("TypeError:", e)


def materialized():
    o = P()
    o.a = 1
    d = o.__dict__
    o.b = 2
    d["c"] = 3
    print(d, o.c, d is o.__dict__)
    o.__dict__ = {"z": 26}
    print(o.z, hasattr(o, "a"), d)
    del o.__dict__
    print(vars(o))
    o.again = 1
    print(vars(o))
    try:
        o.__dict__ = 5
    except TypeError as e:
        print("TypeError:", e)


def cached_loop():
    objs = []
    for i in range(6):
        o = P()
        if i % 2:
            o.b = i
            o.a = -i
        else:
            o.a = i
            o.b = -i
        if i == 3:
            o.__dict__
        if i == 4:
            del o.a
        objs.append(o)
    for _ in range(3):
        out = []
        for o in objs:
            out.append(getattr(o, "a", None))
            try:
                out.append(o.a + o.b)
            except AttributeError as e:
                out.append(str(e))
        print(out)
    for o in objs:
        o.a = 100
    print([o.a for o in objs])


class Meth:
    def f(self):
        return "method"


def shadowing():
    m = Meth()
    for i in range(3):
        print(m.f())
        if i == 0:
            m.f = lambda: "shadow"
        elif i == 1:
            del m.f


class A:
    def __init__(self):
        self.p = 1
        self.q = 2


class B:
    def __init__(self):
        self.q = 3
        self.p = 4


def classes():
    a = A()
    a.__class__ = B
    print(type(a).__name__, vars(a), a.p, a.q)
    b = B()
    b.__class__ = A
    b.r = 5
    print(vars(b))


def memory():
    class Node:
        pass

    gc.collect()
    n = Node()
    n.me = n
    n.other = [1, 2]
    r = weakref.ref(n)
    del n
    print(r() is not None, gc.collect(), r())
    v = object()
    k = Node()
    before = sys.getrefcount(v)
    k.v = v
    print(sys.getrefcount(v) - before)
    k.v = None
    print(sys.getrefcount(v) - before)

    class Del:
        def __del__(self):
            self.revived = 1
            print("del", sorted(vars(self)))

    x = Del()
    x.a = 1
    del x
    gc.collect()


def copies():
    a = A()
    a.extra = [1]
    b = copy.copy(a)
    c = copy.deepcopy(a)
    d = pickle.loads(pickle.dumps(a))
    print(vars(b), vars(c), vars(d), b.extra is a.extra, c.extra is a.extra)
    print(dir(a)[-3:])


class Slots:
    __slots__ = ("s", "__dict__")


def slots_and_dict():
    o = Slots()
    o.s = 1
    o.t = 2
    print(o.s, o.t, vars(o))


shapes()
many()
names()
materialized()
cached_loop()
shadowing()
classes()
memory()
copies()
slots_and_dict()
