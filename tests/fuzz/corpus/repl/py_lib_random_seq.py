ФVЯ3"сн-# random: seeded sequences of random/randint/choice/shuffle/sample/uniform match CPython.
import random
random.seed(12345)
print([round(random.random(), 12) for _ in range(3)], random.random())
print([random.randint(0, 1) for _ in range(20)])
print([random.randint(-5, 5) for _ in range(10)], random.randint(0, 2 ** 70))
cards = [r + s for s in "SH" for r in "A23456789TJQK"]
random.shuffle(cards)
print(cards)
print(random.sample(cards, 5), random.sample(range(1000), 4), random.sample(("a", "b"), 2))
print([random.choice("heads tails".split()) for _ in range(8)])
print([random.uniform(-1, 1) for _ in range(3)], random.uniform(3, 3))
print([random.randrange(0, 100, 7) for _ in range(6)], random.randrange(-50, -10))
st = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(st)
print(x == [random.random() for _ in range(3)])
random.seed("abc")
print(random.random(), random.randint(1, 6))
random.seed(b"bytes-seed")
print(random.random())
random.seed(5)
items = list(range(20))
random.shuffle(items)
print(items, sorted(items) == list(range(20)))
print(random.sample(range(5), k=0), random.choices(range(3), k=0))
for call in [lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.randint(5, 1),
             lambda: random.randint(1.5, 3), lambda: random.shuffle("abc"),
             lambda: random.sample([1], -1)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
