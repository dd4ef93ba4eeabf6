# print to sys.stderr, sys.stdout.write return values, ordering of the two streams.
import sys
print("out 1")
print("err 1", file=sys.stderr)
n = sys.stdout.write("written\n")
print(n)
sys.stderr.write("err 2\n")
print("a", "b", sep="\t", file=sys.stdout)
print(file=sys.stderr)
print("done", end="!\n")
raise SystemExit(3)
