# sys.getsizeof of exceptions (CPython 3.11's layouts: extra fields of
# NameError, OSError, SyntaxError, groups...; a class statement adds a
# __weakref__ slot) and of the contextvars objects.
import sys
class E(Exception): pass
class F(E): pass
class G(ExceptionGroup): pass
class H(OSError): pass
for e in [ValueError(), KeyError(1), StopIteration(), SystemExit(), NameError(), AttributeError(), ImportError(), OSError(), FileNotFoundError(), SyntaxError(), E(), F(), H(), ExceptionGroup("x", [E()]), BaseExceptionGroup("y", [KeyboardInterrupt()]), G("g", [E()])]:
    print(type(e).__name__, sys.getsizeof(e))
import contextvars
v = contextvars.ContextVar("a")
t = v.set(1)
c = contextvars.copy_context()
print(sys.getsizeof(v), sys.getsizeof(t), sys.getsizeof(c), sys.getsizeof(c.keys()))
print(sys.getsizeof(time_tuple := __import__("time").gmtime(0)), len(time_tuple))
