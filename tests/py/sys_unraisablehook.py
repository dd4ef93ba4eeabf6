# sys.unraisablehook: errors in __del__ and atexit callbacks go to the
# program's hook as UnraisableHookArgs; a failing hook is reported as
# "Exception ignored in sys.unraisablehook" with its traceback.
import atexit
import sys

print(sys.unraisablehook is sys.__unraisablehook__)


class A:
    def __del__(self):
        raise ValueError("in del")


def hook(u):
    print("hook:", type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg,
          u.object.__qualname__, u.exc_traceback is u.exc_value.__traceback__, len(u))


sys.unraisablehook = hook
b = A()
del b


def bye():
    raise KeyError("at exit")


atexit.register(bye)


class BadHook:
    def __call__(self, u):
        raise RuntimeError("hook failed")

    def __repr__(self):
        return "<bad hook>"


c = A()
sys.unraisablehook = BadHook()
del c
sys.unraisablehook = hook
try:
    sys.__unraisablehook__(5)
except TypeError as e:
    print(e)
