# While loops: Collatz sequences, digit reversal, number guessing by halving.


def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps


print(collatz(6))
print(collatz(27)[:10], len(collatz(27)), max(collatz(27)))
longest = max(range(1, 10000), key=lambda k: len(collatz(k)))
print("longest below 10000:", longest, len(collatz(longest)))


def reverse_number(n):
    r = 0
    while n > 0:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return r


print(reverse_number(12345), reverse_number(1200))
n = 196
for i in range(10):
    n += reverse_number(n)
print("196 after 10 steps:", n)
num = 89
steps = 0
while str(num) != str(num)[::-1]:
    num += reverse_number(num)
    steps += 1
print("89 becomes palindrome", num, "after", steps, "steps")
balance, year = 1000.0, 0
while balance < 2000:
    balance *= 1.07
    year += 1
print(f"doubled after {year} years: {balance:.2f}")
x = 2.0
guess = 1.0
while abs(guess * guess - x) > 1e-12:
    guess = (guess + x / guess) / 2
print(f"sqrt(2) ~ {guess:.12f}")
