# gc.get_count() after single statements, CPython 3.11 rules: generation
# 0's count rises on each allocation of a container and falls (if > 0) on
# each deallocation of one -- except that freed lists, dicts and small
# tuples go to free lists (no decrement) and are reused from there (no
# increment).  gc.collect() empties the free lists and zeroes the counts,
# so after it the numbers below are the rules' own, not accidents of
# CPython's start-up.  (Builtin calls are avoided: how many argument
# tuples a call makes is an implementation accident.)
import gc


class C:
    pass


def make_counter():
    n = 0

    def inc():
        return n

    return inc


gc.collect()
print("after collect", gc.get_count())
gc.collect()
x = []
print("x = []", gc.get_count())
gc.collect()
y = {}
print("y = {}", gc.get_count())
gc.collect()
y = {"a": 1}
print("dict replaces dict (old one to the free list)", gc.get_count())
gc.collect()
n = 5
y = (n, n)
print("built tuple", gc.get_count())
gc.collect()
y = [n, n]
print("list replaces tuple (tuple to the free list)", gc.get_count())
gc.collect()
y = C()
print("instance", gc.get_count())
gc.collect()
y = C()
y.a = 1
print("instance replaces instance, attributes inline", gc.get_count())
gc.collect()
y.b = []
print("attribute holding a list", gc.get_count())
gc.collect()
z = [[] for i in range(10)]
c1 = gc.get_count()
del z
c2 = gc.get_count()
z = [[] for i in range(10)]
c3 = gc.get_count()
print("eleven lists, del them, again:", c1, c2, c3)
gc.collect()
f = make_counter()
print("closure: function, cell, tuple", gc.get_count())
gc.collect()
del f
print("del closure", gc.get_count())
gc.collect()
make_counter()
print("call and drop", gc.get_count())
gc.collect()
y = [1, 2] + [3]
print("list concatenation", gc.get_count())
gc.collect()
y = {**{"a": 1}}
print("dict display", gc.get_count())
gc.collect()
y = {1: []}
print("dict with a list", gc.get_count())
gc.collect()
y = lambda: 0
print("lambda", gc.get_count())
gc.collect()
a, b = 1, 2
print("unpacking a constant", gc.get_count())
gc.collect()
keep = []
for i in range(800):
    keep.append([i])
c = gc.get_count()
print("past the threshold: collected, gen1 moved", c[0] < 700, c[1] >= 1)
gc.collect()
print("after collect", gc.get_count())
