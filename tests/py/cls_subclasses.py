# type.__subclasses__(): direct subclasses, oldest first, dead ones gone.
import gc
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
del C
gc.collect()
print([c.__name__ for c in A.__subclasses__()])
print(bool in int.__subclasses__(), type in object.__subclasses__(), type(type.__subclasses__(object)))
