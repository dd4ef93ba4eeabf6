PI = 3.14159
_private = "hidden"


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a * b // gcd(a, b)


def mean(xs):
    return sum(xs) / len(xs)
