# random distributions with a fixed seed: gauss, triangular, expovariate, betavariate ...
import random
random.seed(2023)
print(random.gauss(0, 1), random.normalvariate(5, 2), random.triangular(), random.triangular(0, 10, 2))
print(random.expovariate(1.5), random.lognormvariate(0, 1))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.triangular(5, 5, 5), random.triangular(1, 3))
print(random.choices(["r", "g", "b"], weights=[5, 3, 2], k=10))
print(random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "n/a")
random.seed(1)
hist = [0] * 6
for _ in range(600):
    hist[random.randint(1, 6) - 1] += 1
print(hist, sum(hist))
random.seed(3)
print(random.getrandbits(8), random.getrandbits(0), random.randbytes(4) if hasattr(random, "randbytes") else "")
print(random.randbytes(0), random.randbytes(1), random.randbytes(7))
st = random.getstate()
print(st[0], len(st[1]), st[2])
a = random.gauss(0, 1)
st = random.getstate()
b = random.gauss(0, 1)
random.setstate(st)
print(b == random.gauss(0, 1), random.getstate()[2])
for call in [lambda: random.setstate((3, (1, 2), None)), lambda: random.expovariate(0), lambda: random.randbytes(-1)]:
    try:
        call()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
