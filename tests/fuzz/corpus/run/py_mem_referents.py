# gc.get_referents / get_referrers follow each type's traverse, in
# CPython 3.11's order: lists and tuples last item first, str-keyed
# dicts only their values, other dicts value then key, instances their
# attribute values then their class.
import gc


class P:
    pass


print(gc.get_referents([1, "a", None]))
print(gc.get_referents((1, 2), [3]))
print(gc.get_referents({"a": 1, "b": 2}))
print(gc.get_referents({1: "x", 2: "y"}))
print(gc.get_referents(1, "x", None))
p = P()
p.x = 10
p.y = "why"
print([r if not isinstance(r, type) else r.__name__ for r in gc.get_referents(p)])
print([type(r).__name__ for r in gc.get_referents(P)])
l = [1, 2]
holder = [l]
d = {"v": l}
q = P()
q.item = l
r = gc.get_referrers(l)
print(len(r), any(o is holder for o in r), any(o is d for o in r), any(o is q for o in r))
