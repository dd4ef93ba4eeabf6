import random
random.seed(1)
data = []
for i in range(300000):
    data.append((i * 7919) % 100003)
data.sort()
squares = [x * x for x in data if x % 3]
print(len(squares), squares[:3], sum(data))
