# sys._getframe: frame objects of the call stack, and warnings.warn (Lib's
# warnings.py finds the caller with it), logging's captureWarnings.
import sys, warnings
def f():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, sys._getframe(1).f_lineno, fr.f_globals is globals())
    try: sys._getframe(100)
    except ValueError as e: print(e)
def g(): f()
g()
print(sys._getframe().f_code.co_name, sys._getframe(-5).f_code.co_name)
warnings.warn("w1")
def h(): warnings.warn("w2", DeprecationWarning, stacklevel=2)
h()
warnings.simplefilter("error")
try: warnings.warn("w3")
except UserWarning as e: print("raised", e)
warnings.resetwarnings()
import logging
logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
logging.captureWarnings(True)
warnings.warn("through logging")
