# argparse with fixed argument lists (no real command line).
import argparse
import os

os.environ["COLUMNS"] = "80"  # help text wraps at the terminal width

parser = argparse.ArgumentParser(prog="wc-lite", description="Count things in text.")
parser.add_argument("words", nargs="*", help="words to count")
parser.add_argument("-n", "--top", type=int, default=3, help="how many to show")
parser.add_argument("-i", "--ignore-case", action="store_true")
parser.add_argument("--sep", default=" ")
parser.add_argument("--mode", choices=["count", "length"], default="count")
parser.add_argument("-v", "--verbose", action="count", default=0)

for argv in (
    ["the", "cat", "The", "hat", "cat"],
    ["-i", "-n", "2", "the", "cat", "The", "hat", "cat"],
    ["--mode=length", "-vv", "tiny", "enormous"],
    [],
):
    args = parser.parse_args(argv)
    print(vars(args))
    words = [w.lower() for w in args.words] if args.ignore_case else args.words
    if args.mode == "count":
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top])
    else:
        print([len(w) for w in words], "verbosity", args.verbose)

print(parser.format_usage(), end="")
for bad in (["-n", "many"], ["--mode", "other"], ["--unknown"]):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit status", e.code)

sub = argparse.ArgumentParser(prog="git-lite")
subs = sub.add_subparsers(dest="cmd", required=True)
c = subs.add_parser("commit")
c.add_argument("-m", "--message", required=True)
p = subs.add_parser("push")
p.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["commit", "-m", "first"]), sub.parse_args(["push"]))
args, rest = parser.parse_known_args(["a", "--other", "x"])
print(args.words, rest)
parser.print_help()
