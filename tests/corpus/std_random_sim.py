# Seeded simulations: dice statistics, random walk, Monte Carlo pi, shuffling a deck.
import random
from collections import Counter

random.seed(12345)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3000)]
counts = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2} {counts[total]:4} {'*' * (counts[total] // 20)}")

rng = random.Random(7)
pos, path = 0, []
for _ in range(20):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))

inside = 0
n = 20000
r = random.Random(99)
for _ in range(n):
    x, y = r.random(), r.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi ~", 4 * inside / n)

suits = "SHDC"
deck = [rank + s for s in suits for rank in "A23456789TJQK"]
random.seed(1)
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for h in hands:
    print(" ".join(h))
print(random.choices("abc", weights=[5, 1, 1], k=10), random.sample(range(1, 50), 6))
print(round(random.gauss(0, 1), 6), round(random.triangular(0, 10, 3), 6), random.randrange(0, 100, 5))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)], random.getrandbits(16))
