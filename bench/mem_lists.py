# Peak memory of many medium lists (item arrays of 1-4 KiB) and their
# ints: bench/run reports pyscope's peak RSS against python3's.
rows = [list(range(i % 400, i % 400 + 300)) for i in range(20000)]
print(len(rows), sum(len(r) for r in rows))
