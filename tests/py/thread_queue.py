# queue between threads: producers and consumers over a bounded Queue
# (put blocks while it is full), task_done/join, LifoQueue,
# PriorityQueue, SimpleQueue, and Empty/Full after their timeouts.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
consumed = []


def producer(base):
    for i in range(10):
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        consumed.append(item * 2)
        q.task_done()


ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in ps + cs:
    t.start()
for p in ps:
    p.join()
q.join()  # every item taken and done
print("all done, qsize", q.qsize(), len(consumed))
for _ in cs:
    q.put(None)
for c in cs:
    c.join()
print(sorted(consumed) == sorted(2 * (b + i) for b in (0, 100, 200)
                                 for i in range(10)))

# a full queue: put with a timeout raises Full; a consumer frees a slot
small = queue.Queue(1)
small.put("a")
try:
    small.put("b", timeout=0.02)
except queue.Full:
    print("Full after timeout")
try:
    small.put_nowait("b")
except queue.Full:
    print("Full at once")


def take_later():
    time.sleep(0.02)
    print("taken:", small.get())


t = threading.Thread(target=take_later)
t.start()
small.put("b")  # blocks until the other thread takes "a"
t.join()
print("now holds:", small.get_nowait())
try:
    small.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

# LIFO and priority order, filled from threads
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
fill = [threading.Thread(target=lambda i=i: (lq.put(i), pq.put((-i, str(i)))))
        for i in range(5)]
for t in fill:
    t.start()
for t in fill:
    t.join()
print(sorted(lq.get() for _ in range(5)))
print([pq.get() for _ in range(5)])

# SimpleQueue (the C _queue module in CPython, Python here or there)
sq = queue.SimpleQueue()
res = []


def sq_reader():
    for _ in range(3):
        res.append(sq.get(timeout=1))


r = threading.Thread(target=sq_reader)
r.start()
for v in "xyz":
    sq.put(v)
    time.sleep(0.001)
r.join()
print(res, sq.empty())
