keep = []
class D:
    def __del__(self):
        keep.append(self)
d = D()
d.me = d
del d
import gc
print(gc.collect() >= 0, len(keep))
