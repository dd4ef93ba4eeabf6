# sys: maxsize, argv, intern, int max str digits, float_info basics, modules.
import sys
print(sys.maxsize, -sys.maxsize - 1, sys.maxsize + 1 == 2 ** 63)
print(len(sys.argv), sys.argv[0].endswith("lib_sys_misc.py"))
a = sys.intern("interned-" + str(42))
b = sys.intern("interned-42")
print(a is b, a == b)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
try:
    str(10 ** 1500)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 1500)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 999)), hex(10 ** 1500)[:10])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(type(e).__name__, e)
print("math" not in sys.modules or True, type(sys.path).__name__, sys.byteorder)
print(sys.version_info[0], sys.version_info[1], sys.version_info >= (3, 11))
print(sys.getdefaultencoding())
