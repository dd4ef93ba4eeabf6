# atexit: register returns the function; callbacks run at exit, last
# registered first, with their arguments, after the program's own
# SystemExit; unregister leaves the others; a failing callback is
# reported and the rest still run; _run_exitfuncs and _clear.
import atexit
import sys

print(atexit.__doc__.splitlines()[0])
for call in (lambda: atexit.register(1), lambda: atexit.register(),
             lambda: atexit.unregister()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

n0 = atexit._ncallbacks()
print(atexit.register(print, "ran now") is print, atexit._ncallbacks() - n0)
atexit._run_exitfuncs()
print("after _run_exitfuncs:", atexit._ncallbacks())
atexit.register(print, "cleared")
atexit._clear()
print("after _clear:", atexit._ncallbacks())


class Bad:
    def __call__(self):
        raise ValueError("bad callback")

    def __repr__(self):
        return "<Bad callback>"


bad = Bad()


def show(*args, **kw):
    print("exit:", args, sorted(kw.items()))


atexit.register(show, "third")
atexit.register(bad)
atexit.register(print, "second", sep="-")
atexit.register(print, "gone")
atexit.unregister(print)
atexit.register(show, "first", key=1)
print("holes count:", atexit._ncallbacks())
print("main ends")
sys.exit(3)
