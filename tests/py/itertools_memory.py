# The memory model of itertools objects: sys.getsizeof as CPython
# reports it, the references they hold and drop when exhausted, the
# tee buffer, GC tracking and collection of cycles through them.
import gc
import sys, itertools as it
for o in [it.count(), it.cycle('ab'), it.repeat(1), it.accumulate([]), it.chain(), it.compress([], []), it.dropwhile(None, []), it.groupby(''), it.islice('', 1), it.pairwise(''), it.tee('')[0], it.zip_longest(), it.product('ab'), it.permutations('ab'), it.combinations('ab', 1), it.starmap(None, [])]:
    print(type(o).__name__, sys.getsizeof(o))
for o in [it.takewhile(None, []), it.filterfalse(None, []), it.product(), it.product('abc', 'de', repeat=2), it.permutations('abcd', 2), it.permutations(''), it.combinations_with_replacement('abc', 5)]:
    print(type(o).__name__, sys.getsizeof(o))
print(it.product('ab').__sizeof__(), it.combinations('abc', 2).__sizeof__(), it.permutations('abc').__sizeof__())
g = it.groupby('aab'); k, gr = next(g); print(sys.getsizeof(gr))

x = object()
print(sys.getrefcount(x))
r = it.repeat(x, 2)
print(sys.getrefcount(x))
a = list(r)
print(sys.getrefcount(x))
del a, r
print(sys.getrefcount(x))
c = it.chain([x], [x])
print(sys.getrefcount(x))
next(c)
print(sys.getrefcount(x))
print(len(list(c)), sys.getrefcount(x))
s = it.islice(iter([x, x, x]), 1)
print(len(list(s)), sys.getrefcount(x))
t1, t2 = it.tee(iter([x, x]))
next(t1)
next(t1)
print(sys.getrefcount(x))
del t1
print(sys.getrefcount(x))
next(t2)
print(sys.getrefcount(x))
del t2
print(sys.getrefcount(x))
cy = it.cycle([x])
next(cy)
print(sys.getrefcount(x))
del cy
print(sys.getrefcount(x))
acc = it.accumulate([x], initial=None)
print(next(acc) is x, sys.getrefcount(x))
del acc
p = it.product([x], repeat=3)
print(sys.getrefcount(x))
t = next(p)
print(sys.getrefcount(x), sys.getrefcount(t))
del p
print(sys.getrefcount(t), sys.getrefcount(x))
del t
print(sys.getrefcount(x))
g = it.groupby([x, x])
k, grp = next(g)
print(k is x, sys.getrefcount(g), sys.getrefcount(grp))

for o in [it.count(), it.repeat(1), it.cycle(""), it.chain(), it.islice("", 1), it.tee("")[0],
          it.product(), it.groupby(""), it.zip_longest(), it.pairwise(""), it.permutations(""),
          it.accumulate(""), it.compress("", ""), it.starmap(None, "")]:
    print(type(o).__name__, gc.is_tracked(o))


class Node:
    def __del__(self):
        print("Node freed")


gc.collect()
gc.disable()
n = Node()
n.it = it.repeat(n)
del n
print("collected", gc.collect())
n = Node()
n.c = it.chain([n])
del n
print("collected", gc.collect())
n = Node()
a, b = it.tee([n, 1])
next(a)
n.b = b
del n, a, b
print("collected", gc.collect())
gc.enable()
