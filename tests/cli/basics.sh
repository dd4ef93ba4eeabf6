#!/bin/sh
# cli/basics.sh PYSCOPE -- --help lists the commands of DESIGN.md,
# --version prints the version, unknown commands exit 2.
set -u
bin="$1"
fail=0
check() { # description, then a command that must succeed
    desc="$1"; shift
    if ! "$@"; then echo "FAIL: $desc"; fail=1; fi
}
help=$("$bin" --help); rc=$?
check "--help exits 0" [ "$rc" -eq 0 ]
for c in learn run repl check dis "--day N" "--plain" "--step" "-c CODE"; do
    check "--help mentions '$c'" sh -c 'printf "%s" "$1" | grep -q -- "$2"' _ "$help" "$c"
done
ver=$("$bin" --version)
check "--version prints pyscope and a version" sh -c 'printf "%s" "$1" | grep -Eq "^pyscope [0-9]+\.[0-9]+\.[0-9]+$"' _ "$ver"
"$bin" no-such-command >/dev/null 2>&1; rc=$?
check "unknown command exits 2" [ "$rc" -eq 2 ]
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf 'def f(a):\n    return a + 1\nprint(f(1))\n' >"$tmp/d.py"
dis=$("$bin" dis "$tmp/d.py"); rc=$?
check "dis exits 0" [ "$rc" -eq 0 ]
for op in LOAD_CONST MAKE_FUNCTION CALL_FUNCTION BINARY_OP RETURN_VALUE "Disassembly of <code object f"; do
    check "dis shows $op" sh -c 'printf "%s" "$1" | grep -q -- "$2"' _ "$dis" "$op"
done
out=$("$bin" run -c 'import sys; print(sys.argv, 6 * 7)' a b)
check "run -c prints like python3" [ "$out" = "['-c', 'a', 'b'] 42" ]
"$bin" run "$tmp/missing.py" 2>/dev/null; rc=$?
check "missing file exits 2" [ "$rc" -eq 2 ]
"$bin" run -c 'raise SystemExit(3)'; rc=$?
check "SystemExit(3) exits 3" [ "$rc" -eq 3 ]
err=$("$bin" run -c 'def f():
    1/0
f()' 2>&1)
check "run -c traceback shows no source lines, as python3" [ "$err" = 'Traceback (most recent call last):
  File "<string>", line 3, in <module>
  File "<string>", line 2, in f
ZeroDivisionError: division by zero' ]
err=$("$bin" run -c 'x = 1
exec("1/0")' 2>&1)
check "exec code under run -c shows no line of the -c text" [ "$err" = 'Traceback (most recent call last):
  File "<string>", line 2, in <module>
  File "<string>", line 1, in <module>
ZeroDivisionError: division by zero' ]
exit $fail
