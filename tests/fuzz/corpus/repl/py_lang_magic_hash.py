Í­ŒÓûys# __hash__ and __eq__: unhashable classes, dict keys, sets.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, len({Key(2), Key(2), Key(3)}))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([{}])
except TypeError as e:
    print(type(e).__name__, e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p in {p})
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
class Inherit(Key):
    pass
print(hash(Inherit(5)) == hash(5))
class Override(Key):
    def __eq__(self, o):
        return False
try:
    hash(Override(1))
except TypeError as e:
    print(type(e).__name__, e)
