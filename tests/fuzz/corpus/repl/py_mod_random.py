AF<€4»# The random module: seeded sequences must equal CPython's exactly.
import random


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


random.seed(42)
print(random.random(), random.randint(1, 10), random.choice(["a", "b", "c", "d"]))
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], random.randrange(5, 50, 5), random.randrange(10, 0, -3))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
print(random.uniform(1, 2), random.uniform(5, -5), random.gauss(), random.gauss(10, 2))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample([1, 2, 3], 3))
print(random.sample(range(10**6), 10), random.sample(range(30), 7))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices("xyz", cum_weights=[1, 2, 30], k=4), random.choices(["only"]))
for seed in [0, 1, -1, 2**32, 2**100 + 7, 3.5, 123456789]:
    random.seed(seed)
    print(seed, random.random(), random.randint(-100, 100), random.randrange(10**30))
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
b = [random.random() for _ in range(3)]
print(a == b, len(set(a)))
random.seed(None)
print(0 <= random.random() < 1)
random.seed(2024)
print(random.randint(10**20, 10**20 + 5), random.randrange(-10, 10, 2), random.choice(range(1000)), random.choice("xyz"))
show(random.choice, [])
show(random.randrange, 0)
show(random.randrange, 5, 5)
show(random.randrange, 1, 10, 0)
show(random.randrange, 10, 1)
show(random.randint, 1.5, 3)
show(random.randint, 5, 1)
show(random.randint, 1)
show(random.getrandbits, -1)
show(random.sample, [1, 2], 3)
show(random.sample, {1, 2}, 1)
show(random.seed, [])
show(random.uniform, 1)
show(random.choices, [1, 2], [1], k=1)
show(random.choices, [1, 2], weights=[1, 1], cum_weights=[1, 2])
show(random.choice, [1], 2)
for s in ["hello", "", "hÃ©llo wÃ¶rld", b"bytes", b""]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 1000))
