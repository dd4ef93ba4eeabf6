# _thread in one thread: locks (acquire/release/locked, timeouts, the
# context manager), RLock (reentrant, _is_owned, _release_save /
# _acquire_restore), identifiers, _count, stack_size, TIMEOUT_MAX, error,
# _local, and start_new_thread's argument checks.
import _thread
from _weakref import ref


def show(o):
    print(repr(o).split(" at 0x")[0].replace(str(_thread.get_ident()), "ME"))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


lock = _thread.allocate_lock()
print(type(lock), type(lock) is _thread.LockType, _thread.error)
show(lock)
print(lock.locked(), lock.acquire(), lock.locked())
show(lock)
print(lock.acquire(False), lock.acquire(blocking=False),
      lock.acquire(timeout=0), lock.acquire(True, 0.01))
lock.release()
print(lock.locked(), lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
attempt(lock.release)
with lock as entered:
    print("inside", entered, lock.locked())
print("after", lock.locked())
try:
    with lock:
        raise KeyError("k")
except KeyError:
    print("released on error:", not lock.locked())
print(ref(lock)() is lock)
lock2 = _thread.allocate()
print(type(lock2).__name__)

# argument checks of acquire
lock.acquire()
attempt(lambda: lock.acquire(False, 1))
attempt(lambda: lock.acquire(timeout=-2))
attempt(lambda: lock.acquire(timeout=float("nan")))
attempt(lambda: lock.acquire(timeout=1e20))
attempt(lambda: lock.acquire(timeout=10 ** 20))
attempt(lambda: lock.acquire(1.5))
attempt(lambda: lock.acquire(1, 2, 3))
attempt(lambda: lock.acquire(x=1))
attempt(lambda: lock.acquire(-3, 0))
lock._at_fork_reinit()
print(lock.locked())

# RLock
r = _thread.RLock()
show(r)
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
show(r)
r.release()
print(r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count())
attempt(r.release)
attempt(r._release_save)
with r:
    with r:
        print("nested", r._recursion_count())
r.acquire()
r.acquire()
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
print(ref(r)() is r)

class MyRLock(_thread.RLock):
    pass

mr = MyRLock()
print(mr.acquire(), type(mr).__name__)

# identifiers and module values
print(type(_thread.get_ident()), _thread.get_ident() == _thread.get_ident())
print(_thread.get_native_id() > 0, _thread._count())
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
print(_thread.stack_size())
attempt(lambda: _thread.stack_size(5))
print(_thread.stack_size(65536), _thread.stack_size(0), _thread.stack_size())

# start_new_thread's checks
attempt(lambda: _thread.start_new_thread(1, ()))
attempt(lambda: _thread.start_new_thread(print, []))
attempt(lambda: _thread.start_new_thread(print, (), 3))
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)

# _local
loc = _thread._local()
loc.x = 1
print(loc.x, loc.__dict__, type(loc))
attempt(lambda: _thread._local(1))

class Local(_thread._local):
    def __init__(self, v):
        self.v = v

print(Local(5).v, ref(loc)() is loc)

# sys.getsizeof: CPython's sizes
import sys
print(sys.getsizeof(lock), sys.getsizeof(r), sys.getsizeof(loc))

# locks are GC objects in CPython 3.11 (heap types): tracked, counted
import gc
print(gc.is_tracked(lock), gc.is_tracked(r), gc.is_tracked(mr), gc.is_tracked(loc))
gc.collect()
c0 = gc.get_count()[0]
locks = [_thread.allocate_lock() for i in range(5)]
print(gc.get_count()[0] - c0)
