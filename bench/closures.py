def make_adder(n):
    def add(x):
        return x + n
    return add

adders = [make_adder(i) for i in range(100)]
total = 0
for k in range(5000):
    for f in adders:
        total = f(total) % 1000003
print(total)
