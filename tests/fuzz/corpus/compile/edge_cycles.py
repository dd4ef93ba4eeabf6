import gc
a = []
a.append(a)
d = {}
d["d"] = d
del a, d
print(gc.collect())
