# Recursion classics: factorial, Towers of Hanoi, power set, flatten, sum digits.
import sys


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def flatten(items):
    out = []
    for x in items:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


def digit_sum(n):
    return n if n < 10 else digit_sum(sum(int(d) for d in str(n)))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([factorial(i) for i in range(10)])
print(factorial(30))
for disk, a, b in hanoi(3):
    print(f"move disk {disk} from {a} to {b}")
print(len(hanoi(10)), 2 ** 10 - 1)
print(flatten([1, [2, [3, [4, [5]]], 6], [], [[7]]]))
print(digit_sum(987654321), ackermann(2, 3))
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
