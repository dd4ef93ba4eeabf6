# sys.excepthook: the default one is sys.__excepthook__; a program's own
# hook is called with (type, value, traceback) for an uncaught exception
# (exit status 1); sys.last_* are set first.  Also the sys values Lib
# modules read at import (prefixes, hash_info, float_info, int_info).
import sys

print(sys.excepthook is sys.__excepthook__, sys.prefix == sys.base_prefix,
      sys.exec_prefix == sys.base_exec_prefix, sys.platlibdir, sys.float_repr_style)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, len(sys.float_info))
print(hash(float("inf")) == sys.hash_info.inf, hash(2 ** 61 - 1) == 0, hash(1j) == sys.hash_info.imag)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
try:
    raise KeyError("shown by the default hook")
except KeyError as e:
    sys.stdout.flush()
    sys.__excepthook__(type(e), e, e.__traceback__)


def hook(etype, value, tb):
    print("hook:", etype.__name__, value, tb is value.__traceback__, tb.tb_lineno)
    print("last:", sys.last_type.__name__, sys.last_value is value)


sys.excepthook = hook


def fail():
    raise ValueError("uncaught")


fail()
