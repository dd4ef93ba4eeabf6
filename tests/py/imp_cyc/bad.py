from .bad2 import g
def f(): pass
