# Grouping the words of a file into anagram classes.
from collections import defaultdict

with open("words.txt") as f:
    words = [w.strip() for w in f if w.strip()]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
for key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    if len(members) > 1:
        print(f"{key:<8} {len(members)}: {' '.join(sorted(members))}")
singles = [m[0] for m in groups.values() if len(m) == 1]
print("no anagram:", singles)
print(len(words), "words,", len(groups), "classes")
longest = max(words, key=lambda w: (len(w), w))
print("longest:", longest)
