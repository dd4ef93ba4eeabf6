import sys, io
buf = io.StringIO(); sys.stdout = buf
exec(compile("6 * 7", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.stdout = sys.__stdout__; print(repr(buf.getvalue()), hasattr(sys, "displayhook"), sys.displayhook is sys.__displayhook__)
import builtins
print(builtins._)
log = []
sys.displayhook = log.append
exec(compile("'x' * 3", "<s>", "single"))
print(log)
sys.displayhook = sys.__displayhook__
print(sys.stdin, sys.stdin.name, sys.stdin.isatty(), sys.stdin.fileno())
first = sys.stdin.readline()
print(repr(first))
for line in sys.stdin:
    print("got", repr(line))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
