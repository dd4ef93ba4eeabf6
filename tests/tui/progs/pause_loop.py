items = []
for i in range(10**9):
    if i % 1000 == 0:
        items.append([i])
print("done", len(items))
