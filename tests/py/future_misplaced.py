"""A __future__ import inside a function is not at the top of the file."""
print("never printed: the whole file fails to compile")
def f():
    from __future__ import annotations
