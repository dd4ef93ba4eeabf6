parts = []
for i in range(200000):
    parts.append(str(i) + ":" + "x" * (i % 5))
s = ",".join(parts)
print(len(s), s.count(":"), s.upper()[:20])
