# Number guessing game played by a computer player, seeded for repeatability.
import random

random.seed(2024)


def play(secret, low=1, high=100, strategy="binary"):
    tries = 0
    lo, hi = low, high
    while True:
        tries += 1
        if strategy == "binary":
            guess = (lo + hi) // 2
        else:
            guess = random.randint(lo, hi)
        if guess < secret:
            print(f"  {guess:3} is too low")
            lo = guess + 1
        elif guess > secret:
            print(f"  {guess:3} is too high")
            hi = guess - 1
        else:
            print(f"  {guess:3} is right! ({tries} tries)")
            return tries


total = {"binary": 0, "random": 0}
for game in range(1, 4):
    secret = random.randint(1, 100)
    print(f"Game {game}: secret is {secret}")
    for strategy in ("binary", "random"):
        print(f" {strategy}:")
        total[strategy] += play(secret, strategy=strategy)
print(total)
deck = list(range(1, 11))
random.shuffle(deck)
print(deck, random.choice("abcdef"), random.sample(range(100), 5))
print(round(random.random(), 6), round(random.uniform(1, 2), 6))
