total = 0
for i in range(1200):
    for j in range(1000):
        total += (i * j) % 7 - (i ^ j) & 3
print(total)
