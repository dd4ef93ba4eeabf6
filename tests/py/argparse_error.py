# argparse reporting a bad command line from parse_args: usage and the
# error on stderr, exit status 2 (the uncaught SystemExit of CPython).
import argparse

p = argparse.ArgumentParser(prog="copy", description="Copy files.")
p.add_argument("src")
p.add_argument("dst")
p.add_argument("-r", "--recursive", action="store_true", help="copy folders")
print(p.parse_args(["a", "b", "-r"]))
p.parse_args(["only-one"])
print("not reached")
