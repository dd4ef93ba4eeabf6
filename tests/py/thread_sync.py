# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event and Barrier
# between threads: mutual exclusion across switches, timeouts that expire
# while another thread holds a lock, wait_for, notify_all, a broken
# barrier, and the errors of misuse.
import threading
import time

# a Lock protecting a read-modify-write spread over a switch
lock = threading.Lock()
counter = [0]


def add(n):
    for _ in range(n):
        with lock:
            v = counter[0]
            time.sleep(0)  # let the others run: they must wait
            counter[0] = v + 1


ts = [threading.Thread(target=add, args=(50,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter[0])

# acquire with a timeout while another thread holds the lock
held = threading.Lock()
taken = threading.Event()
release = threading.Event()


def holder():
    with held:
        taken.set()
        release.wait()


h = threading.Thread(target=holder)
h.start()
taken.wait()
t0 = time.monotonic()
print("acquire(timeout=0.05):", held.acquire(timeout=0.05),
      time.monotonic() - t0 >= 0.04)
print("acquire(False):", held.acquire(False))
release.set()
print("acquire() after release:", held.acquire())
held.release()
h.join()

# RLock: reentrant in one thread, exclusive between threads
rl = threading.RLock()
order = []


def rl_worker(name):
    with rl:
        order.append(name + "+")
        with rl:
            time.sleep(0.001)
        order.append(name + "-")


ts = [threading.Thread(target=rl_worker, args=(c,)) for c in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
pairs = [order[i][0] == order[i + 1][0] for i in range(0, len(order), 2)]
print("rlock pairs kept together:", all(pairs), len(order))
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)


def release_other():
    try:
        rl.release()
    except RuntimeError as e:
        print("other thread:", e)


rl.acquire()
t = threading.Thread(target=release_other)
t.start()
t.join()
rl.release()

# Condition: wait/notify, wait_for with a timeout, notify_all
cond = threading.Condition()
box = []
got = []


def consumer(i):
    with cond:
        cond.wait_for(lambda: box)
        got.append((i, box.pop()))


cs = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for c in cs:
    c.start()
time.sleep(0.01)
for v in ("x", "y", "z"):
    with cond:
        box.append(v)
        cond.notify()
    time.sleep(0.005)
for c in cs:
    c.join()
print("condition:", sorted(v for _, v in got))
with cond:
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.02))
    print("wait timeout:", cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

woken = []
gate = threading.Condition()


def sleeper(i):
    with gate:
        gate.wait()
        woken.append(i)


ss = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for s in ss:
    s.start()
time.sleep(0.02)
with gate:
    gate.notify_all()
for s in ss:
    s.join()
print("notify_all woke", sorted(woken))

# Semaphore: at most two inside
sem = threading.Semaphore(2)
inside = [0]
peak = [0]


def limited():
    with sem:
        inside[0] += 1
        peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore peak", peak[0])
print("acquire timeout:", threading.Semaphore(0).acquire(timeout=0.01))
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# Event
ev = threading.Event()
seen = []


def ev_waiter(i):
    seen.append((i, ev.wait(2)))


ws = [threading.Thread(target=ev_waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.01)
print("before set:", seen, ev.is_set())
ev.set()
for w in ws:
    w.join()
print("after set:", sorted(seen))
ev.clear()
print("wait(0.01) when clear:", ev.wait(0.01))

# Barrier: every party gets a distinct index; the action runs once
actions = []
bar = threading.Barrier(3, action=lambda: actions.append("go"))
idx = []


def party():
    idx.append(bar.wait())


ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print("barrier:", sorted(idx), actions, bar.n_waiting, bar.broken)

# a barrier that times out breaks for everyone
bar2 = threading.Barrier(3, timeout=0.05)
errs = []


def party2():
    try:
        bar2.wait()
    except threading.BrokenBarrierError:
        errs.append("broken")


ps = [threading.Thread(target=party2) for _ in range(2)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print("barrier timeout:", errs, bar2.broken)
bar2.reset()
print("after reset:", bar2.broken)
bar3 = threading.Barrier(2)
bar3.abort()
try:
    bar3.wait()
except threading.BrokenBarrierError as e:
    print("aborted:", type(e).__name__)
