class R:
    def __repr__(self): raise RuntimeError("no")
print([R()])
