# concurrent.futures.ThreadPoolExecutor: map (ordered results, timeout,
# an exception raised at its item), submit with results and exceptions,
# as_completed, wait, callbacks, cancel, shutdown, thread names.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def slow(x, d):
    time.sleep(d)
    return x


def boom(x):
    raise ValueError("bad %s" % x)


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    futs = [ex.submit(slow, i, 0.03 - i * 0.01) for i in range(3)]
    print([f.result() for f in futs])
    print(sorted(f.result() for f in cf.as_completed(futs)))
    f = ex.submit(boom, 7)
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e, f.done(), type(f.exception()).__name__)
    it = ex.map(lambda v: 10 // v, [5, 2, 0, 1])
    try:
        for r in it:
            print("map item", r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    names = set(ex.map(lambda _: threading.current_thread().name, range(20)))
    print(all(n.startswith("ThreadPoolExecutor-") for n in names),
          1 <= len(names) <= 3)
    calls = []
    f = ex.submit(square, 12)
    f.add_done_callback(lambda fut: calls.append(fut.result()))
    done, not_done = cf.wait([f, ex.submit(square, 3)])
    print(sorted(x.result() for x in done), len(not_done))
    time.sleep(0.01)
    print("callback:", calls)
    f = ex.submit(slow, "late", 0.2)
    try:
        f.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError from result(timeout=0.01)")
    print(f.result())

# waiting on the first of several
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    a = ex.submit(slow, "fast", 0.01)
    b = ex.submit(slow, "slowest", 0.2)
    done, pending = cf.wait([a, b], return_when=cf.FIRST_COMPLETED)
    print([x.result() for x in done], len(pending))

# cancelling queued work, and submitting after shutdown
ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(slow, 1, 0.05)
queued = ex.submit(square, 5)
print("cancel queued:", queued.cancel(), queued.cancelled())
ex.shutdown(wait=True)
print(first.result())
try:
    ex.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
