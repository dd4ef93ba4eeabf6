# FizzBuzz, four ways.
for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)

print(", ".join("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, 31)))


def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"), (7, "Bazz"))):
    out = "".join(word for d, word in rules if n % d == 0)
    return out or str(n)


print([fizzbuzz(n) for n in range(100, 106)])
counts = {}
for n in range(1, 101):
    key = fizzbuzz(n, ((3, "Fizz"), (5, "Buzz")))
    if not key.isdigit():
        counts[key] = counts.get(key, 0) + 1
print(counts)
i = 0
while True:
    i += 1
    if i > 105:
        break
    if i % 105:
        continue
    print(i, fizzbuzz(i))
