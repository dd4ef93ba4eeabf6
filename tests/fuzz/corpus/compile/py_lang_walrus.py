# Assignment expressions (walrus) in conditions, comprehensions and calls.
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (v := data[i]) != 8:
    i += 1
print("found", v, "at", i)
print([y for x in data if (y := x * 2) > 5])
print(y)
print([last := x for x in range(3)], last)
def f():
    [z := k for k in "abc"]
    return z
print(f())
print((a := 3) + a)
print(sum(t for x in data if (t := x) % 2))
def g(x):
    return x
print(g(q := 10), q)
vals = []
while (c := len(vals)) < 3:
    vals.append(c)
print(vals)
