words = ("the quick brown fox jumps over the lazy dog and the cat " * 20000).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: -kv[1])[:3])
