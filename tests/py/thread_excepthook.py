# An exception in a thread: threading.excepthook's default output (to
# sys.stderr, captured here and shown with the standard library's paths
# and line numbers masked), SystemExit ignored, a custom hook getting
# ExceptHookArgs, a failing hook, and _thread.start_new_thread's
# unraisable report through sys.unraisablehook.
import io
import os
import re
import sys
import threading
import _thread


def fail(x):
    return {}[x]


def masked(text):
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    text = text.replace(here, "")
    return re.sub(r'File ".*/threading\.py", line \d+', 'File "threading.py"',
                  text)


saved = sys.stderr
sys.stderr = io.StringIO()
t = threading.Thread(target=fail, args=("key",), name="failing")
t.start()
t.join()
out, sys.stderr = sys.stderr.getvalue(), saved
print(masked(out), end="")
print("alive:", t.is_alive())


class Custom(threading.Thread):
    def run(self):
        raise ValueError("from run")


sys.stderr = io.StringIO()
c = Custom(name="custom")
c.start()
c.join()
out, sys.stderr = sys.stderr.getvalue(), saved
print(masked(out), end="")

# SystemExit ends a thread quietly
t = threading.Thread(target=sys.exit, args=(4,))
t.start()
t.join()
print("SystemExit: nothing printed")

# a custom hook
got = []


def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value),
                args.thread.name, args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=fail, args=(1,), name="hooked")
t.start()
t.join()
print(got)


def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
sys.stderr = io.StringIO()
t = threading.Thread(target=fail, args=(2,), name="badhook")
t.start()
t.join()
out, sys.stderr = sys.stderr.getvalue(), saved
print("a failing hook reports:", "hook failed" in out)
threading.excepthook = threading.__excepthook__

# _thread.start_new_thread: an exception goes to sys.unraisablehook
unraisable = []
done = _thread.allocate_lock()
done.acquire()


def raw():
    try:
        raise KeyError("raw")
    finally:
        done.release()


sys.unraisablehook = lambda u: unraisable.append(
    (u.exc_type.__name__, u.err_msg, u.object is raw))
_thread.start_new_thread(raw, ())
done.acquire()
import time
time.sleep(0.01)
print(unraisable)
sys.unraisablehook = sys.__unraisablehook__
