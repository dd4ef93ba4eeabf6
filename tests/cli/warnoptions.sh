#!/bin/sh
# cli/warnoptions.sh PYSCOPE -- `pyscope run -W ARG` works as python3's -W:
# the options reach sys.warnoptions, filter warnings.warn() and the
# compiler's own warnings (-W error makes a SyntaxWarning a SyntaxError,
# and shows an invalid escape's DeprecationWarning as one); the expected
# outputs below were recorded from python3 3.11.
set -u
bin="$1"
fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
printf 'import sys, warnings\nprint(sys.warnoptions)\nwarnings.warn("w", DeprecationWarning)\nx = 1\nprint(x is 5)\n' >p.py
printf 'y = "\\d"\n' >e.py
expect() { # description, expected stdout+stderr+status, command...
    desc="$1" want="$2"; shift 2
    got=$("$@" 2>&1; echo "rc=$?")
    [ "$got" = "$want" ] || { echo "FAIL: $desc"; echo "expected:"; echo "$want"; echo "got:"; echo "$got"; fail=1; }
}
expect "no -W" "$tmp/p.py:5: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?
  print(x is 5)
[]
$tmp/p.py:3: DeprecationWarning: w
  warnings.warn(\"w\", DeprecationWarning)
False
rc=0" "$bin" run p.py
expect "-W error" "  File \"$tmp/p.py\", line 5
    print(x is 5)
          ^^^^^^
SyntaxError: \"is\" with a literal. Did you mean \"==\"?
rc=1" "$bin" run -W error p.py
expect "-W ignore" "['ignore']
False
rc=0" "$bin" run -W ignore p.py
expect "-W always::DeprecationWarning -Wignore::SyntaxWarning" "['always::DeprecationWarning', 'ignore::SyntaxWarning']
$tmp/p.py:3: DeprecationWarning: w
  warnings.warn(\"w\", DeprecationWarning)
False
rc=0" "$bin" run -W always::DeprecationWarning -Wignore::SyntaxWarning p.py
expect "-W with -c" "['error::DeprecationWarning']
rc=0" "$bin" run -W error::DeprecationWarning -c 'import sys; print(sys.warnoptions)'
expect "invalid escape, default: silent" "rc=0" "$bin" run e.py
expect "invalid escape, -W default" "$tmp/e.py:1: DeprecationWarning: invalid escape sequence '\\d'
  y = \"\\d\"
rc=0" "$bin" run -W default e.py
expect "invalid escape, -W error" "  File \"$tmp/e.py\", line 1
    y = \"\\d\"
        ^^^^
SyntaxError: invalid escape sequence '\\d'
rc=1" "$bin" run -W error e.py
expect "bad -W value" "Invalid -W option ignored: invalid action: 'bogus'
['bogus', 'ignore::SyntaxWarning']
$tmp/p.py:3: DeprecationWarning: w
  warnings.warn(\"w\", DeprecationWarning)
False
rc=0" "$bin" run -W bogus -W ignore::SyntaxWarning p.py
expect "PYTHONWARNINGS before -W" "['ignore', 'always::DeprecationWarning', 'error']
rc=0" env PYTHONWARNINGS="ignore,,always::DeprecationWarning" "$bin" run -W error -c 'import sys; print(sys.warnoptions)'
# the REPL warns once per statement, not once per line typed (its
# "is the input complete?" probes compile quietly), as python3's REPL
n=$(printf 'x = 1\nif x is 5:\n    print("a")\n\nx is 6\n' |
    "$bin" repl --plain 2>&1 | grep -c '<stdin>:1: SyntaxWarning: "is" with a literal')
[ "$n" -eq 2 ] || { echo "FAIL: the REPL warned $n times, not 2"; fail=1; }
"$bin" run -W >/dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: -W without an argument exits 2, got $rc"; fail=1; }
exit $fail
