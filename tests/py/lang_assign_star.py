# Star unpacking in assignments: first, middle, last, nested, errors.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for first, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(first, rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b = None
except TypeError as e:
    print(type(e).__name__, e)
print([*range(3), *"ab"], (*[1], 2), {*()})
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
