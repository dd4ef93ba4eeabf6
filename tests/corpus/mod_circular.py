# Two helper modules importing each other (circular import), as CPython handles it.
import _registry_a
import _registry_b

print(_registry_a.hello())
print(_registry_b.hello())
print(_registry_a._registry_b is _registry_b, _registry_b._registry_a is _registry_a)
print(__name__, _registry_a.__name__)
