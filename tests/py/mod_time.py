# The time module: clocks move forward, sleep waits, argument errors.
import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.05)
time.sleep(0)
print(time.time() - t0 >= 0.04, time.perf_counter() - p0 >= 0.04, time.monotonic() - m0 >= 0.04)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(time.time() > 1.6e9, time.process_time() >= 0, time.monotonic_ns() > 0)
print(len(time.strftime("%Y-%m-%d")), len(time.ctime()) == 24)
for bad in [-1, "a", None]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    time.time(1)
except TypeError as e:
    print("TypeError:", e)
