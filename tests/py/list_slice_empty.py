# Slice assignment on empty lists (no items array yet): a memmove of
# nothing from NULL that UBSan reports, found through argparse.
l = []
l[0:0] = []
l[:] = [1]
l[0:0] = []
l[5:] = []
print(l)
m = []
m[:] = []
m[0:0] = [7, 8]
del m[:]
m[:0] = ()
print(m, len(m))
