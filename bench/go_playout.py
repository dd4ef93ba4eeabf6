# Go-style Monte Carlo: random playouts on a small board with a seeded
# Mersenne Twister (random.seed), lists of point objects, chains of method calls.
import random

SIZE = 7
EMPTY, BLACK, WHITE = 0, 1, 2


class Point:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []

    def link(self):
        x, y = self.pos % SIZE, self.pos // SIZE
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(self.board.points[ny * SIZE + nx])

    def liberties(self):
        return self.group().count_liberties()

    def group(self):
        return self.board.group_at(self)

    def legal_for(self, color):
        if self.color != EMPTY:
            return False
        for n in self.neighbours:
            if n.color == EMPTY:
                return True
        return self.board.would_live(self, color)


class Group:
    def __init__(self, board, stones):
        self.board = board
        self.stones = stones

    def count_liberties(self):
        seen = set()
        for s in self.stones:
            for n in s.neighbours:
                if n.color == EMPTY:
                    seen.add(n.pos)
        return len(seen)

    def remove(self):
        for s in self.stones:
            s.color = EMPTY
        return len(self.stones)


class Board:
    def __init__(self):
        self.points = [Point(self, i) for i in range(SIZE * SIZE)]
        for p in self.points:
            p.link()
        self.captures = [0, 0, 0]

    def reset(self):
        for p in self.points:
            p.color = EMPTY
        self.captures = [0, 0, 0]

    def group_at(self, point):
        color = point.color
        stones = [point]
        seen = {point.pos}
        i = 0
        while i < len(stones):
            for n in stones[i].neighbours:
                if n.color == color and n.pos not in seen:
                    seen.add(n.pos)
                    stones.append(n)
            i += 1
        return Group(self, stones)

    def would_live(self, point, color):
        point.color = color
        ok = point.liberties() > 0
        if not ok:
            other = 3 - color
            for n in point.neighbours:
                if n.color == other and n.liberties() == 0:
                    ok = True
                    break
        point.color = EMPTY
        return ok

    def play(self, point, color):
        point.color = color
        other = 3 - color
        for n in point.neighbours:
            if n.color == other and n.liberties() == 0:
                self.captures[color] += n.group().remove()

    def score(self):
        counts = [0, 0, 0]
        for p in self.points:
            counts[p.color] += 1
        return counts[BLACK] + self.captures[BLACK] - counts[WHITE] - self.captures[WHITE]


class Player:
    def __init__(self, rng):
        self.rng = rng

    def choose(self, board, color):
        empties = [p for p in board.points if p.color == EMPTY]
        self.rng.shuffle(empties)
        for p in empties:
            if p.legal_for(color) and not self.own_eye(p, color):
                return p
        return None

    def own_eye(self, p, color):
        return all(n.color == color for n in p.neighbours)


def playout(board, player, rng):
    board.reset()
    color = BLACK
    passes = 0
    moves = 0
    while passes < 2 and moves < 120:
        p = player.choose(board, color)
        if p is None:
            passes += 1
        else:
            passes = 0
            board.play(p, color)
        moves += 1
        color = 3 - color
    return board.score(), moves


# The module-level generator (pyscope's random has no Random class yet).
random.seed(12345)
rng = random
board = Board()
player = Player(rng)
total = 0
moves = 0
wins = 0
for _ in range(70):
    s, m = playout(board, player, rng)
    total += s
    moves += m
    wins += s > 0
print(total, moves, wins, rng.randrange(1000000))
