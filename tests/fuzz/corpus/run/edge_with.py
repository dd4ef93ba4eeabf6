class C:
    def __enter__(self): print("in"); return self
    def __exit__(self, *a): print("out", a[0]); return True
with C() as a, C() as b:
    raise KeyError(1)
