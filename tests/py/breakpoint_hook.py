import sys, os
print(sys.breakpointhook is sys.__breakpointhook__)
def hook(*a, **k):
    print("hook", a, k)
    return 42
sys.breakpointhook = hook
print(breakpoint(1, 2, x=3))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
print(breakpoint('via', 'print', sep='-'))
os.environ['PYTHONBREAKPOINT'] = 'print'
breakpoint('bare')
os.environ['PYTHONBREAKPOINT'] = 'nosuchmod.nosuch'
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(breakpoint())
print([str(x.message) for x in w], [x.category.__name__ for x in w])
os.environ['PYTHONBREAKPOINT'] = 'os.nosuchattr'
print(breakpoint())
# the hook's own errors pass through breakpoint()
def bad(*a):
    raise ValueError("from hook")
sys.breakpointhook = bad
try:
    breakpoint(1)
except ValueError as e:
    print("ValueError", e)
sys.breakpointhook = 5
try:
    breakpoint()
except TypeError as e:
    print("TypeError", e)
sys.breakpointhook = sys.__breakpointhook__
print(callable(breakpoint), breakpoint.__name__, sys.breakpointhook.__name__)
os.environ['PYTHONBREAKPOINT'] = 'builtins.nosuch'
print(breakpoint())
