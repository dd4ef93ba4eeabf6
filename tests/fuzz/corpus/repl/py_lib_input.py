C«·çRﬂvú# input(): prompts, reading numbers and splitting lines, EOF at the end.
n = int(input("How many? "))
total = 0
for i in range(n):
    total += int(input(f"#{i + 1}: "))
print("total", total)
a, b = map(float, input().split())
print(a / b)
words = input("words: ").split()
print(sorted(words), len(words))
print(repr(input()))
print(repr(input("spaces: ")))
try:
    while True:
        line = input()
        print("line:", line.upper())
except EOFError as e:
    print("EOFError", repr(e))
