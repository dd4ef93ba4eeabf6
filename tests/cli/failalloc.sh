#!/bin/sh
# cli/failalloc.sh PYSCOPE PROGRAM... -- run each program with its Nth
# allocation failing (PYSCOPE_FAIL_ALLOC=N) for N = 1, 2, ... up to 5000
# (stride grows with N): every run must end normally or with an uncaught
# exception (exit 0 or 1), never a crash or a hang, and an exit 1 must
# be the MemoryError (or the interpreter not starting), not an error
# that a failure path made up in its place.
set -u
bin="$1"; shift
fail=0
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for prog in "$@"; do
    n=1
    while [ $n -le 5000 ]; do
        PYSCOPE_FAIL_ALLOC=$n timeout 20 "$bin" run "$prog" >/dev/null 2>"$err"
        rc=$?
        if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
            echo "FAIL: $prog with allocation $n failing: exit $rc"; fail=1
        elif grep -q "Sanitizer\|runtime error:" "$err"; then
            echo "FAIL: $prog with allocation $n failing:"; cat "$err"; fail=1
        elif [ $rc -eq 1 ] && ! grep -q "MemoryError\|cannot start the interpreter" "$err"; then
            # another error in place of the MemoryError: a failure path
            # that reports the wrong thing ("lost sys.stdout", ...)
            echo "FAIL: $prog with allocation $n failing says:"; tail -3 "$err"; fail=1
        fi
        if [ $n -lt 100 ]; then n=$((n + 1)); elif [ $n -lt 1000 ]; then n=$((n + 7)); else n=$((n + 37)); fi
    done
done
exit $fail
