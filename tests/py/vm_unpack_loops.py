# Unpacking, loops with else/break/continue, comprehensions, f-strings,
# slices, in-place operators and the int/float fast paths.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
x, *mid, y = range(5)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for cases in ("a, b = [1, 2, 3]", "a, b = [1]", "a, b = 1",
              "a, *b, c = [1]", "a, b = iter([1, 2, 3])", "a, b, c = 'ab'"):
    try:
        exec(cases)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

for i in range(3):
    if i == 5:
        break
else:
    print("loop finished without break")
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
else:
    print("not printed")
print("n =", n)

print([i * i for i in range(6) if i % 2 == 0])
print({k: v for k, v in zip("abc", range(3))})
print({c.upper() for c in "hello"} == set("HELO"))
print([(i, j) for i in range(3) for j in range(i)])
print(sum(i for i in range(101)))

name, score = "Ada", 97.5
print(f"{name!r} scored {score:.1f} ({score/100:.0%}) {'ok'!s:>5}|{n=}")
nums = list(range(10))
print(nums[2:5], nums[::-3], nums[-2:], nums[:])
nums[1:3] = ["a", "b", "c"]
del nums[0]
print(nums)
t = 5
t += 3
t *= 2
t -= 1
t //= 4
t **= 3
t %= 7
print(t)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 10, 2 ** 100, 1 / 4, 7.5 // 2)
big = 2 ** 62
print(big + big, big * 4, -big - big - big, (2 ** 63 - 1) + 1)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 0.1 + 0.2, 10 >> 1, 1 << 70, -1 >> 100)
print(not 0, not [], [] or "default", 0 and 1, None is None, a is not None)
print(3 in [1, 2, 3], "z" not in "abc", ~5, -(-3), +4)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    (1, 2)[-3]
except IndexError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e))
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
i = 0
total = 0
while True:
    i += 1
    if i > 1000:
        break
    total += i
print(total)
def gen_squares(n):
    for i in range(n):
        yield i * i
print(list(gen_squares(5)), max(gen_squares(5)))
