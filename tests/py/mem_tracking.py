# Which objects the cycle collector tracks (CPython 3.11 rules).
import gc

print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("text"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
d = {}
print(gc.is_tracked(d))
d["k"] = 1
print(gc.is_tracked(d))
d["l"] = [1]
print(gc.is_tracked(d))
t = tuple([1, 2, 3])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
t2 = tuple([[], 1])
gc.collect()
print(gc.is_tracked(t2))


class C:
    pass


print(gc.is_tracked(C()), gc.is_tracked(C))


def f():
    pass


print(gc.is_tracked(f))


# An instance's attributes live inline until __dict__ is read; the dict
# then made is tracked only if a value may be in a cycle.
class P:
    pass


p = P()
p.x = 1
print(gc.is_tracked(p), gc.is_tracked(p.__dict__))
q = P()
q.l = []
print(gc.is_tracked(q.__dict__))
print(gc.is_tracked(()), gc.is_tracked(len), gc.is_tracked(P.__dict__["__dict__"]))
