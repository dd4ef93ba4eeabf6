# input() while other threads run: lines read in the main thread as a
# worker keeps going (and reads nothing), then EOFError at the end of
# the input with the worker still alive.
import threading
import time

stop = threading.Event()
beats = []


def worker():
    while not stop.is_set():
        beats.append(1)
        time.sleep(0.001)


t = threading.Thread(target=worker)
t.start()
lines = []
for _ in range(3):
    lines.append(input("> "))
print()
print(lines)
try:
    input()
except EOFError as e:
    print("EOFError:", e, t.is_alive())
stop.set()
t.join()
print("worker ran:", len(beats) > 0)
