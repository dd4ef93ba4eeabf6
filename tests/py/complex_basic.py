z = 1 + 2j
print(z, 3j, -2j, 0j, complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e3J"))
print(z.real, z.imag, z.conjugate(), abs(3 + 4j), -z, +z, bool(0j), bool(1j))
print(z + 1, 1 + z, z * z, z / 2, 2 / z, z - 1.5, z ** 2, z ** -1, (1j) ** 0.5, 2 ** z, z ** z)
print(z == 1 + 2j, z != 1, 1 + 0j == 1, complex(2**60) == 2**60, hash(1 + 0j) == hash(1), hash(z) == hash(complex(1, 2)))
print(repr(complex(-0.0, 0)), repr(complex(0, -0.0)), repr(complex(float("inf"), float("nan"))), complex(1e300, 1e-300), 1e20j)
print(type(z).__name__, isinstance(z, complex), complex(1.5, 2j), format(z), format(1.25 + 2.5j, ".1f"), f"{z}")
for bad in ["1j < 2j", "1j // 2", "1j % 2", "complex('1+')", "complex('x')", "complex('1', 2)", "complex(1, '2')", "complex([])", "1 / 0j", "0j ** -1", "int(1j)", "float(1j)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
class C:
    def __complex__(self):
        return 5j
print(complex(C()), sum([1j, 2j, 3]), [1j] * 2, sorted([3, 1, 2], key=lambda v: abs(v * 1j)))
import sys
print(sys.getsizeof(1j))
