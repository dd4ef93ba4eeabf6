# Module state is shared: a module is executed once and cached in sys.modules.
import sys
import _counter_mod
import _counter_user
import _counter_mod as again
from _counter_mod import count, seen

print(_counter_mod.count, count, seen)
_counter_mod.bump("main")
print(_counter_mod.count, count, seen, again is _counter_mod)
del sys.modules["_counter_mod"]
import _counter_mod as fresh
print(fresh.count, fresh is again, _counter_user._counter_mod is again)
import importlib
fresh.count = 41
reloaded = importlib.reload(fresh)
print(reloaded is fresh, reloaded.count)
print(__name__, _counter_mod.__name__ if False else fresh.__name__)
