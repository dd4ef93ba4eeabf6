# The gc module's interface and the collector's results on cycles.
import gc

print(gc.get_threshold())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.collect()
a = []
b = [a]
a.append(b)
del a, b
print("two lists", gc.collect())
print("nothing left", gc.collect())
x = {}
x["self"] = x
del x
print("self dict", gc.collect())
l = []
l.append(l)
del l
print("self list", gc.collect(0))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(gc.get_count()[0] >= 0, len(gc.get_count()))
