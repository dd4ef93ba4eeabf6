# The end of a program with threads: the interpreter waits for
# non-daemon threads (their output comes after the main code ends),
# before atexit callbacks run; daemon threads still running are
# abandoned (a daemon blocked on a lock, a daemon asleep, a daemon
# spinning).
import atexit
import threading
import time

atexit.register(lambda: print("atexit callback"))
never = threading.Lock()
never.acquire()
threading.Thread(target=never.acquire, daemon=True).start()
threading.Thread(target=time.sleep, args=(100,), daemon=True).start()


def spin():
    while True:
        pass


threading.Thread(target=spin, daemon=True).start()


def late():
    time.sleep(0.05)
    print("non-daemon thread finishes after main")


threading.Thread(target=late).start()
print("main code done", threading.active_count())
