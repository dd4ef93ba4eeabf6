# GC benchmark: 1M tracked objects (gen 2 after a collection) and 100k
# unreachable cycles; times gc.collect() only, printed in microseconds
# on stderr so the runner can compare with python3.
import gc, time
gc.disable()
keep = [[i] for i in range(1000000)]
gc.collect()
for i in range(100000):
    a = []
    b = [a]
    a.append(b)
del a, b
t0 = time.perf_counter()
n = gc.collect()
t1 = time.perf_counter()
print(n)
import sys
sys.stderr.write("gc_us %d\n" % int((t1 - t0) * 1e6))
