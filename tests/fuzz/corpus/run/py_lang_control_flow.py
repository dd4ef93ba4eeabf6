# Loops with else, nested break/continue, while-else, pass, ternaries.
for n in range(2, 10):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)
while True:
    break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty for else")
for i in range(5):
    if i % 2:
        continue
    print("even", i)
result = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if j == 1:
            continue
        result.append((i, j))
print(result)
x = 5
print("big" if x > 3 else "small", "yes" if not x else "no")
if x == 1:
    print(1)
elif x == 5:
    print("five")
else:
    print("other")
n = 0
while n < 10:
    n += 3
    if n == 6:
        continue
    print("n", n)
print(0 or "" or [] or "last", 1 and 2 and 3, None and 1)
