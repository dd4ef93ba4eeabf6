{aNBŠoJ# input(): prompt to stdout, lines from stdin (bi_input.in), EOFError at end.
name = input("Name? ")
print("Hello,", name)
n = int(input())
print(n * 2)
print(repr(input("> ")))
print(repr(input()))
try:
    input(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    input("last? ")
except EOFError as e:
    print("EOFError:", e)
