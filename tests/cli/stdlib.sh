#!/bin/sh
# cli/stdlib.sh PYSCOPE -- imports reach CPython's standard library folder
# (PYSCOPE_STDLIB overrides it); when it is missing, a failed import says
# in one line which Debian package to install.
set -u
bin="$1"
fail=0
out=$("$bin" run -c 'import bisect; print(bisect.bisect([1, 2, 3], 2))' 2>&1)
[ "$out" = "2" ] || { echo "FAIL stdlib import: $out"; fail=1; }
err=$(PYSCOPE_STDLIB=/nonexistent "$bin" run -c 'import bisect' 2>&1); rc=$?
[ $rc -eq 1 ] || { echo "FAIL missing stdlib: exit $rc"; fail=1; }
case "$(printf '%s\n' "$err" | tail -n 1)" in
    "ModuleNotFoundError: No module named 'bisect' (CPython's standard library is not in /nonexistent: install the Debian package libpython3.11-stdlib, or set PYSCOPE_STDLIB)") ;;
    *) echo "FAIL missing stdlib message: $err"; fail=1 ;;
esac
# a program that imports nothing from it still runs
out=$(PYSCOPE_STDLIB=/nonexistent "$bin" run -c 'import sys, gc; print(len(sys.path))' 2>&1)
[ "$out" = "2" ] || { echo "FAIL no-import program: $out"; fail=1; }
exit $fail
