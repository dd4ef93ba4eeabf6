# Many threads: 200 started and joined (their stacks freed as they end,
# active_count back to 1), a lock-protected counter, threads starting
# threads, RecursionError inside a thread (Python recursion and C
# recursion through repr), and the limit seen by every thread.
import sys
import threading

lock = threading.Lock()
total = [0]


def bump(n):
    for _ in range(n):
        with lock:
            total[0] += 1


ts = [threading.Thread(target=bump, args=(5,)) for _ in range(200)]
for t in ts:
    t.start()
print("running at most", len(ts) + 1, threading.active_count() <= 201)
for t in ts:
    t.join()
print(total[0], threading.active_count(), sum(t.is_alive() for t in ts))

# more rounds: memory for ended threads is given back and reused
for rnd in range(3):
    batch = [threading.Thread(target=bump, args=(1,)) for _ in range(100)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
print(total[0], threading.active_count())

# threads that start threads
found = []


def tree(depth):
    if depth == 0:
        found.append(threading.current_thread().name)
        return
    kids = [threading.Thread(target=tree, args=(depth - 1,))
            for _ in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


tree(4)
print("leaves", len(found))

# deep recursion inside a thread
out = []


def rec(n):
    return rec(n + 1)


def deep():
    try:
        rec(0)
    except RecursionError as e:
        out.append(("python", str(e)))
    nested = []
    for _ in range(100000):
        nested = [nested]
    try:
        repr(nested)
    except RecursionError as e:
        out.append(("repr", type(e).__name__))
    depth = [0]

    def count(n):
        depth[0] = n
        count(n + 1)

    try:
        count(1)
    except RecursionError:
        out.append(("depth near limit", sys.getrecursionlimit() - 50 < depth[0]
                    <= sys.getrecursionlimit()))


t = threading.Thread(target=deep)
t.start()
t.join()
for row in out:
    print(row)

# two threads recursing at once, switching while deep
res = []


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def deep_worker(n):
    res.append(fact(n) == fact(n - 1) * n)


ws = [threading.Thread(target=deep_worker, args=(400 + i,)) for i in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(res)
