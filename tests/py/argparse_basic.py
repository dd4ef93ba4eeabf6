# argparse: parse_args on explicit lists (options, positionals, nargs,
# types, choices, actions, groups, subcommands, defaults) and the usage /
# help / error texts, caught as SystemExit with their status.
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog="demo", description="A demo program.", epilog="Bye.")
p.add_argument("files", nargs="*", help="input files")
p.add_argument("-n", "--count", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", metavar="T")
p.add_argument("--ratio", type=float, required=False)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_mutually_exclusive_group()
g.add_argument("--on", action="store_true")
g.add_argument("--off", action="store_false", dest="on")
print(p.parse_args(["-n", "5", "x", "y", "-vv"]))
print(p.parse_args(["--mode", "slow", "--tag", "t1", "--tag=t2", "--ratio", "0.5"]))
print(vars(p.parse_args(["--on", "--", "-notanoption"])))
ns, rest = p.parse_known_args(["--zzz", "q", "--count=7"])
print(ns, rest)


def run(parser, argv):
    """parse argv, showing what went to stdout / stderr and the status."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            print("result:", parser.parse_args(argv))
        except SystemExit as e:
            print("exit status:", e.code)
    print(out.getvalue(), end="")
    print("[stderr]", err.getvalue(), end="")


for bad in (["-n", "x"], ["--mode", "medium"], ["--on", "--off"], ["--count"],
            ["--ratio", "1/2"], ["--mod", "slow"], ["--version"]):
    run(p, bad)

q = argparse.ArgumentParser(prog="tool")
q.add_argument("--level", type=int, choices=range(1, 4), default=1)
sub = q.add_subparsers(dest="cmd", required=True, title="commands")
s1 = sub.add_parser("build", help="build it")
s1.add_argument("target")
s1.add_argument("-j", type=int, default=1)
s2 = sub.add_parser("clean", help="clean up", aliases=["rm"])
s2.add_argument("--all", action="store_true")
print(q.parse_args(["build", "app", "-j", "4"]))
print(q.parse_args(["--level", "2", "rm", "--all"]))
run(q, [])
run(q, ["build"])
run(q, ["--level", "9", "clean"])
run(q, ["deploy"])
run(q, ["build", "--help"])

r = argparse.ArgumentParser(prog="pair", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
r.add_argument("point", nargs=2, type=int)
r.add_argument("--box", nargs=2, type=int, metavar=("W", "H"), help="box size")
r.add_argument("--scale", default=1.5, type=float, help="scale factor")
r.add_argument("rest", nargs=argparse.REMAINDER)
print(r.parse_args(["1", "2", "a", "--b"]))
run(r, ["1", "x"])
r.print_help()
print(r.format_usage(), end="")
try:
    p.add_argument("--count")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    p.add_argument("bad", nargs=0)
except ValueError as e:
    print("ValueError:", e)
