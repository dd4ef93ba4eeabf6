# sys.displayhook: what the REPL (and compile(..., "single")) does with an
# expression statement's value: repr to sys.stdout and builtins._ kept;
# a program may replace it; without one, "lost sys.displayhook".
import builtins
import io
import sys

print(sys.displayhook is sys.__displayhook__)
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
exec(compile("6 * 8", "<single>", "single"))
exec(compile("None", "<single>", "single"))
print(builtins._)
buf = io.StringIO()
old, sys.stdout = sys.stdout, buf
sys.displayhook("to the buffer")
sys.stdout = old
print(repr(buf.getvalue()))
sys.displayhook = lambda v: print("shown:", repr(v))
exec(compile("[1, 2]", "<single>", "single"))
del sys.displayhook
try:
    exec(compile("5", "<single>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    sys.__displayhook__()
except TypeError as e:
    print("TypeError:", e)
