from .bad import f
def g(): pass
