# Rock-paper-scissors between two seeded computer players.
import random

MOVES = ["rock", "paper", "scissors"]
BEATS = {"rock": "scissors", "paper": "rock", "scissors": "paper"}


def winner(a, b):
    if a == b:
        return 0
    return 1 if BEATS[a] == b else 2


class Player:
    def __init__(self, name, seed, bias=None):
        self.name = name
        self.rng = random.Random(seed)
        self.bias = bias
        self.score = 0

    def move(self, history):
        if self.bias and self.rng.random() < 0.5:
            return self.bias
        if history and self.rng.random() < 0.3:
            # beat the opponent's last move
            last = history[-1]
            return next(m for m in MOVES if BEATS[m] == last)
        return self.rng.choice(MOVES)


p1, p2 = Player("Alice", 1), Player("Bob", 2, bias="rock")
seen1, seen2 = [], []
draws = 0
for rnd in range(1, 16):
    m1, m2 = p1.move(seen2), p2.move(seen1)
    seen1.append(m1)
    seen2.append(m2)
    w = winner(m1, m2)
    if w == 1:
        p1.score += 1
        result = p1.name
    elif w == 2:
        p2.score += 1
        result = p2.name
    else:
        draws += 1
        result = "draw"
    print(f"round {rnd:2}: {m1:>8} vs {m2:<8} -> {result}")
print(f"{p1.name} {p1.score}, {p2.name} {p2.score}, draws {draws}")
print({m: seen2.count(m) for m in MOVES})
