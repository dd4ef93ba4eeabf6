# Automatic collection: creating many container objects triggers
# generation-0 collections; counts reset and move up the generations.
import gc

gc.collect()
before = gc.get_stats()[0]["collections"]
keep = []
for i in range(5000):
    keep.append([i])
after = gc.get_stats()[0]["collections"]
print("gen0 collections happened:", after - before >= 5)
print("gen0 count below threshold:", gc.get_count()[0] <= 700)
gc.disable()
before = gc.get_stats()[0]["collections"]
more = [[i] for i in range(2000)]
print("disabled, no collection:", gc.get_stats()[0]["collections"] == before)
print("count grew past threshold:", gc.get_count()[0] > 700)
gc.enable()
junk = [[] for i in range(10)]
print("collected once re-enabled:", gc.get_stats()[0]["collections"] > before)
gc.set_threshold(0)
before = gc.get_stats()[0]["collections"]
more2 = [[i] for i in range(2000)]
print("threshold 0 disables:", gc.get_stats()[0]["collections"] == before)
gc.set_threshold(700, 10, 10)
gc.collect()
print("after collect:", gc.get_count()[1:])
