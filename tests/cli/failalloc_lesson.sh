#!/bin/sh
# cli/failalloc_lesson.sh PYSCOPE KIND LESSONS... -- the allocation
# failure sweep over the lesson engine: `pyscope check LESSONS` (lesson
# files run in the Lua sandbox, their code, solutions and checks run on
# the Python interpreter) with the Nth allocation failing, N = 1, 2, ...
# (stride grows with N).  KIND py fails the Nth allocation of each Python
# interpreter (PYSCOPE_FAIL_ALLOC, up to 5000), KIND lua the Nth that
# grows each Lua state (PYSCOPE_FAIL_LUA_ALLOC, and Lua's retry after its
# emergency collection, up to 1000).  Every run must exit 0 (all good)
# or 1 (problems found) with a message that names the lack of memory:
# never a crash, a hang, a sanitizer report, or a problem made up by a
# failure path in place of the lack of memory.
set -u
bin="$1"; kind="$2"; shift 2
case $kind in
py) var=PYSCOPE_FAIL_ALLOC; max=5000; says='MemoryError\|cannot start the Python interpreter' ;;
lua) var=PYSCOPE_FAIL_LUA_ALLOC; max=1000; says='out of memory\|not enough memory' ;;
*) echo "usage: $0 PYSCOPE py|lua LESSONS..."; exit 2 ;;
esac
out=$(mktemp)
trap 'rm -f "$out"' EXIT
fail=0 runs=0 problems=0
n=1
while [ $n -le $max ]; do
    env "$var=$n" timeout 20 "$bin" check "$@" >"$out" 2>&1
    rc=$?
    runs=$((runs + 1))
    if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
        echo "FAIL: $var=$n: exit $rc"; tail -5 "$out"; fail=1
    elif grep -q "Sanitizer\|runtime error:" "$out"; then
        echo "FAIL: $var=$n:"; cat "$out"; fail=1
    elif [ $rc -eq 1 ]; then
        problems=$((problems + 1))
        if ! grep -q "$says" "$out"; then
            echo "FAIL: $var=$n: a problem other than the lack of memory:"
            head -5 "$out"; fail=1
        fi
    fi
    if [ $n -lt 100 ]; then n=$((n + 1)); elif [ $n -lt 1000 ]; then n=$((n + 7)); else n=$((n + 37)); fi
done
echo "$var: $runs runs, $problems reported the lack of memory, none crashed"
exit $fail
