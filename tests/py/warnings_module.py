# The warnings module (Lib/warnings.py, run without a C _warnings):
# warn() with categories and stacklevel, the default filters, the
# actions, catch_warnings(record=True), and the registry that shows a
# "default" warning once per location.
import sys
import warnings

print(sys.warnoptions, [f[0] for f in warnings.filters])

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

def helper():
    warnings.warn("from the helper")

old_api()                                   # shown: __main__ is the caller
warnings.warn("plain")
warnings.warn("runtime", RuntimeWarning)
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default
warnings.warn(UserWarning("an instance"))
for i in range(3):
    helper()                                # "default": once per location
    warnings.warn("in a loop")

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("b", UserWarning)
    old_api()
    warnings.warn("c", FutureWarning, stacklevel=1)
print([(str(w.message), w.category.__name__, w.lineno) for w in ws])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("caught", type(e).__name__, e)
    try:
        warnings.warn("dep", DeprecationWarning)
    except DeprecationWarning as e:
        print("caught", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once!")
        warnings.warn("once too!")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("keep me")
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("error filter:", e)
print([str(w.message) for w in ws])

def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)

saved = warnings.showwarning
warnings.showwarning = custom
warnings.warn("via showwarning", SyntaxWarning)
warnings.showwarning = saved
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "line"), end="")
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 42)
print(len(warnings.filters) == 5)
