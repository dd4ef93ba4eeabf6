# __del__ on objects in a reference cycle runs when the collector finds
# the cycle (PEP 442); gc.collect() returns what it found unreachable.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("finalizing", self.name)


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle dropped, nothing freed yet")
found = gc.collect()
print("collected something:", found > 0)
print("second collect finds nothing:", gc.collect())
saved = []


class Phoenix:
    def __del__(self):
        print("phoenix resurrected")
        saved.append(self)


p = Phoenix()
p.me = p
del p
gc.collect()
print("saved", len(saved))
saved.clear()
print("cleared; __del__ does not run twice")
gc.collect()
print("done")
