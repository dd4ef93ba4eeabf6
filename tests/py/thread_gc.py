# The cycle collector with threads: threads making reference cycles and
# collecting while others are switched out mid-function, __del__ taking
# a lock and yielding inside a collection, and the frames of a
# suspended thread keeping a cycle alive through gc.collect().
import threading, gc, time, weakref
lock = threading.Lock()
dels = [0]
class Node:
    def __init__(self): self.other = None; self.data = list(range(20))
    def __del__(self):
        with lock:
            dels[0] += 1
        time.sleep(0)
def churn(n):
    for i in range(n):
        a = Node(); b = Node(); a.other = b; b.other = a
        if i % 50 == 0:
            gc.collect()
ts = [threading.Thread(target=churn, args=(300,)) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
print(dels[0])
# frames of a suspended thread keep objects alive through a collection
ev = threading.Event(); go = threading.Event(); res = []
def holder():
    x = Node(); x.other = x
    r = weakref.ref(x)
    ev.set(); go.wait()
    res.append(r() is x)
t = threading.Thread(target=holder); t.start(); ev.wait(); gc.collect(); go.set(); t.join()
print(res)
