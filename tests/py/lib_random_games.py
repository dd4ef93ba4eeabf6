# small seeded games with random: dice, coin flips, random walk, card draws.
import random
random.seed(314)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(30)]
print(rolls, max(set(rolls), key=rolls.count))
flips = "".join(random.choice("HT") for _ in range(40))
print(flips, flips.count("H"))
pos, path = 0, []
for _ in range(25):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path, min(path), max(path))
deck = [f"{r}{s}" for s in "CDHS" for r in ["A", *map(str, range(2, 11)), "J", "Q", "K"]]
random.shuffle(deck)
hand = [deck.pop() for _ in range(5)]
print(hand, len(deck))
print(random.sample(deck, k=3), random.choices(deck, k=2))
secret = random.randrange(1, 101)
lo, hi, guesses = 1, 100, 0
while True:
    guesses += 1
    g = (lo + hi) // 2
    if g == secret:
        break
    if g < secret:
        lo = g + 1
    else:
        hi = g - 1
print(secret, guesses)
print([round(random.uniform(0, 10), 3) for _ in range(5)], random.random() < 1.0)
