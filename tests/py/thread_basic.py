# threading.Thread: target with args and kwargs, a subclass's run, names,
# identifiers, is_alive, daemon flags, join with a timeout, active_count,
# enumerate, current_thread and main_thread, and the errors of misuse.
import threading
import _thread
import time

results = []


def work(a, b, *, scale=1):
    results.append((threading.current_thread().name, (a + b) * scale))


t1 = threading.Thread(target=work, args=(1, 2), kwargs={"scale": 10}, name="w1")
t2 = threading.Thread(target=work, args=(3, 4), name="w2")
print(t1.name, t2.name, t1.ident, t1.is_alive(), t1.daemon)
t1.start()
t2.start()
t1.join()
t2.join()
print(sorted(results), t1.is_alive(), type(t1.ident), t1.ident != t2.ident)
print(t1.ident != threading.get_ident(), t1.native_id != threading.get_native_id())
print(repr(t1).replace(str(t1.ident), "ID"))


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))
        self.me = threading.current_thread() is self


cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.total, c.me) for c in cs])
print(all(c.name.startswith("Thread-") for c in cs))

# the main thread
m = threading.main_thread()
print(m.name, m is threading.current_thread(), m.daemon, m.is_alive())
print(threading.get_ident() == _thread.get_ident() == m.ident)

# join with a timeout on a thread still running
ev = threading.Event()
slow = threading.Thread(target=ev.wait, args=(5,), name="slow")
slow.start()
slow.join(timeout=0.05)
print("alive after join(0.05):", slow.is_alive())
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
ev.set()
slow.join()
print("alive after set:", slow.is_alive(), threading.active_count())

# daemon flags
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

# misuse
t = threading.Thread(target=lambda: None)
for what in (t.join, t.start, t.start):
    try:
        what()
        print(what.__name__, "ok")
    except RuntimeError as e:
        print("RuntimeError:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# a thread's target sees its own current_thread and get_ident
seen = {}


def who(key):
    seen[key] = (threading.current_thread().name, threading.get_ident())


ts = [threading.Thread(target=who, args=(i,), name="who%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(v[0] for v in seen.values()))
print(all(seen[i][1] == ts[i].ident for i in range(4)))
print(len({v[1] for v in seen.values()}) >= 1)

# _thread directly: start_new_thread returns the identifier, _count
done = _thread.allocate_lock()
done.acquire()
info = []


def raw(x, y=0):
    info.append((x, y, _thread.get_ident()))
    done.release()


ident = _thread.start_new_thread(raw, (5,), {"y": 6})
done.acquire()
print(info[0][:2], info[0][2] == ident)
time.sleep(0.01)
print(_thread._count())
print(threading.active_count())
