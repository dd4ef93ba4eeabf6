# sys.excepthook/__excepthook__ (prints like an uncaught exception; a
# non-exception value gets CPython's complaint), sys prefixes; threading
# and queue import.
import sys, threading, queue
print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__, sys.prefix == sys.base_prefix)
def f():
    raise ValueError("boom")
try:
    f()
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
sys.excepthook(int, 5, None)
try:
    sys.excepthook(1)
except TypeError as e:
    print("TypeError", e)
q = queue.Queue(); q.put(1); print(q.get())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
