# argparse --help: the help text on stdout and exit status 0.
import argparse

p = argparse.ArgumentParser(prog="greet", description="Say hello to people.",
                            epilog="Example: greet -n 2 Ada")
p.add_argument("names", nargs="+", help="who to greet")
p.add_argument("-n", "--times", type=int, default=1, metavar="N", help="repeat N times")
p.add_argument("--shout", action="store_true", help="use capitals")
grp = p.add_argument_group("style", "How the greeting looks.")
grp.add_argument("--greeting", default="Hello", help="word to use (default: %(default)s)")
p.parse_args(["--help"])
print("not reached")
