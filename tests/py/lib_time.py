# time module: deterministic parts only (types, monotonicity, conversions).
import time
t1 = time.time()
t2 = time.time()
print(type(t1).__name__, t2 >= t1, t1 > 1.6e9)
m1 = time.monotonic(); m2 = time.monotonic()
print(m2 >= m1, type(time.perf_counter()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
c1 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - c1 >= 0.005)
time.sleep(0)
for bad in [-1, "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(time.process_time()).__name__, time.process_time() >= 0, time.time_ns() > 10 ** 18)
