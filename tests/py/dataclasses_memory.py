# Memory model of dataclass instances: reference counts of an instance
# and of its field values, GC tracking, and freeing when the last
# reference goes.
import gc
import sys
import weakref
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    value: object = None
    children: list = field(default_factory=list)


payload = ["shared"]
n = Node("root", payload)
print(sys.getrefcount(n))
print(sys.getrefcount(payload))
m = Node("other", payload)
print(sys.getrefcount(payload))
del m
print(sys.getrefcount(payload))
print(gc.is_tracked(n), gc.is_tracked(n.children), gc.is_tracked(n.__dict__))
alias = n
print(sys.getrefcount(n))
del alias
print(sys.getrefcount(n))
print(sys.getrefcount(n.children))
kids = [Node(str(i)) for i in range(3)]
n.children.extend(kids)
print(sys.getrefcount(kids[0]))
del kids
print(sys.getrefcount(n.children[0]))

r = weakref.ref(n)
del n
print(r() is None)
print(sys.getrefcount(payload))


@dataclass
class Cycle:
    other: object = None


a, b = Cycle(), Cycle()
a.other, b.other = b, a
ra = weakref.ref(a)
del a, b
print(ra() is None)
print(gc.collect() >= 2, ra() is None)


@dataclass(frozen=True)
class Point:
    x: int
    y: int


p = Point(1000, 2000)
print(sys.getrefcount(p), gc.is_tracked(p))
print(sys.getsizeof(p) == sys.getsizeof(Node("x")))
