# sys functions Lib modules call: switch interval, is_finalizing,
# gettrace / getprofile (no hooks set), _stdlib_dir.
import sys
print(sys.getswitchinterval(), sys.is_finalizing(), sys.gettrace(), sys.getprofile())
sys.setswitchinterval(0.01); print(sys.getswitchinterval())
for bad in (0, -1, "x"):
    try: sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
import os
print(os.path.isdir(sys._stdlib_dir), os.path.exists(os.path.join(sys._stdlib_dir, "os.py")))
