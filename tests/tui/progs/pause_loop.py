items = []
for i in range(4000000):
    if i % 1000 == 0:
        items.append([i])
print("done", len(items))
