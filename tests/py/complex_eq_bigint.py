# complex == int compares the int exactly, whatever its size (no
# OverflowError from turning a huge int into a float).
print(1j == 10**1000, (1+0j) == 10**1000, complex(1e308*10,0) == 10**1000, (2+0j) == 2**1000, (2.0**1000+0j) == 2**1000, (0.5+0j)==1)
print(10**1000 != 1j, 10**1000 == 1j, (1+0j) == True, True == (1+0j), (3+0j) != 3, 5 == 5+1j)
class C(complex): pass
print(C(2) == 2, 2 == C(2), C(2, 1) == 10**400)
try:
    print((1+0j) < 1)
except TypeError as e:
    print(e)
print({1j: 1}.get(10**1000), 10**1000 in {1j, 2+0j}, [1j, 10**500].count(10**500))
