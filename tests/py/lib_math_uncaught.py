# An uncaught math domain error, reported with traceback and exit status 1.
import math
for x in [4, 1, 0]:
    print(x, math.sqrt(x))
print(math.sqrt(-4))
