# What each thread keeps for itself and what crosses threads:
# sys.exception() / exc_info, contextvars, the handled exception while
# switching inside except blocks; _thread.interrupt_main raising
# KeyboardInterrupt in the main thread (while it sleeps in slices and
# while it is busy); signal.signal refused outside the main thread;
# stack_size for new threads; a generator another thread is running.
import _thread
import contextvars
import signal
import sys
import threading
import time

# the exception being handled is per thread
seen = []


def look():
    seen.append(("thread sees", sys.exception(), sys.exc_info()[0]))
    try:
        raise KeyError("in thread")
    except KeyError:
        time.sleep(0.01)  # main runs its own except block meanwhile
        seen.append(("thread handles", repr(sys.exception())))


t = threading.Thread(target=look)
try:
    raise ValueError("in main")
except ValueError:
    t.start()
    time.sleep(0.005)
    seen.append(("main handles", repr(sys.exception())))
    t.join()
    seen.append(("main still handles", repr(sys.exception())))
for row in seen:
    print(row)

# contextvars: a new thread starts from an empty context
var = contextvars.ContextVar("var", default="default")
var.set("main value")
got = []
t = threading.Thread(target=lambda: got.append(var.get()))
t.start()
t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=lambda: got.append(ctx.run(var.get)))
t.start()
t.join()
print(got, var.get())

# interrupt_main from another thread


def poke(delay):
    time.sleep(delay)
    _thread.interrupt_main()


threading.Thread(target=poke, args=(0.02,)).start()
try:
    for _ in range(1000):
        time.sleep(0.005)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt while sleeping")
threading.Thread(target=poke, args=(0.01,)).start()
try:
    t0 = time.monotonic()
    while time.monotonic() - t0 < 5:
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt while busy")
try:
    _thread.interrupt_main(0)
except ValueError as e:
    print("ValueError:", e)

# signal handlers belong to the main thread
errs = []


def set_handler():
    for num in (signal.SIGINT, "x"):
        try:
            signal.signal(num, signal.SIG_DFL)
        except (ValueError, TypeError) as e:
            errs.append((type(e).__name__, str(e)))


t = threading.Thread(target=set_handler)
t.start()
t.join()
print(errs)

# stack_size applies to threads started afterwards
old = threading.stack_size(1 << 20)
out = []
t = threading.Thread(target=lambda: out.append(sum(range(100))))
t.start()
t.join()
print(old, threading.stack_size(), out)
threading.stack_size(0)


# a generator running in one thread cannot be resumed by another
def gen():
    yield 1
    ready.set()
    time.sleep(0.05)
    yield 2


ready = threading.Event()
g = gen()
next(g)
res = []
t = threading.Thread(target=lambda: res.append(next(g)))
t.start()
ready.wait()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
t.join()
print(res)
