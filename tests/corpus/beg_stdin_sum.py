# Reading all of standard input through sys.stdin, competitive-programming style.
import sys

first = sys.stdin.readline()
n = int(first)
rows = []
for _ in range(n):
    a, b = map(int, sys.stdin.readline().split())
    rows.append((a, b))
rest = sys.stdin.read().split()
print(f"{n} pairs:")
for a, b in rows:
    print(f"  {a} + {b} = {a + b}, {a} * {b} = {a * b}")
print("remaining tokens:", rest)
numbers = [int(t) for t in rest if t.lstrip("-").isdigit()]
words = [t for t in rest if not t.lstrip("-").isdigit()]
print("sum:", sum(numbers), "max:", max(numbers), "words:", words)
print("stdin at end:", repr(sys.stdin.read()), repr(sys.stdin.readline()))
