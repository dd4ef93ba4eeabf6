# math integer functions: factorial, gcd, lcm, comb, perm, prod, and errors.
import math
print([math.factorial(n) for n in range(12)], math.factorial(25))
print(math.gcd(0, 5), math.gcd(-4, -6), math.gcd(7), math.gcd(3 ** 40, 3 ** 30 * 2), math.gcd(10, 15, 25, 35))
print(math.lcm(0), math.lcm(-4, 6), math.lcm(2 ** 40, 3 ** 20), math.lcm(*range(1, 21)))
print([math.comb(6, k) for k in range(8)], math.comb(60, 30), math.comb(10 ** 3, 2))
print([math.perm(5, k) for k in range(7)], math.perm(0), math.perm(20, 10))
print(math.prod(range(1, 11)), math.prod([1.5, 2]), math.prod([], start=5), math.prod([2] * 70))
for f, args in [(math.factorial, (-1,)), (math.factorial, (2.5,)), (math.factorial, (5.0,)), (math.factorial, ("5",)),
                (math.gcd, (1.5, 2)), (math.lcm, ("a",)), (math.comb, (-1, 2)), (math.comb, (5, -1)),
                (math.comb, (5.0, 2)), (math.perm, (3, -1)), (math.perm, (-3,)), (math.comb, (5,)),
                (math.prod, (5,)), (math.prod, (["a", "b"],))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.factorial(True), math.gcd(True, 4), math.comb(True, False))
