#!/bin/sh
# tui/failalloc_step.sh VTRUN PYSCOPE SOURCE_DIR -- the allocation
# failure sweep over the TUI's stepping: `pyscope run --step` of a small
# program in a pseudo-terminal (vtrun) with the Nth allocation of each
# interpreter failing (PYSCOPE_FAIL_ALLOC), N = 1, 2, ... (stride grows):
# step into a call and out, continue to the end, step back (a replay in
# a fresh interpreter), change the heap filter, quit.  Every run must
# keep the screen answering (the filter shows) and quit with status 0:
# the failure ends in MemoryError in the output pane, or "cannot start
# the interpreter" on the status line, never a crash or a hang.
set -u
vtrun="$1"; bin="$2"; src="$3"
script=$(mktemp)
out=$(mktemp)
trap 'rm -f "$script" "$out"' EXIT
fail=0 runs=0 memerr=0
n=1
while [ $n -le 2000 ]; do
    cat >"$script" <<EOT
size 30 100
env PYSCOPE_FAIL_ALLOC=$n
start run --step $src/tests/tui/progs/calls.py
wait-for-text 1 def double
send s
send s
send s
send o
send s
send c
send b
send f
wait-for-text · containers
send q
expect-exit 0
EOT
    timeout 60 "$vtrun" "$bin" "$script" "$src" >"$out" 2>&1
    rc=$?
    runs=$((runs + 1))
    if [ $rc -ne 0 ]; then
        echo "FAIL: PYSCOPE_FAIL_ALLOC=$n: vtrun exit $rc"; cat "$out"; fail=1
    fi
    if [ $n -lt 60 ]; then n=$((n + 1)); elif [ $n -lt 150 ]; then n=$((n + 2)); elif [ $n -lt 400 ]; then n=$((n + 7)); else n=$((n + 80)); fi
done
echo "TUI stepping: $runs runs with an allocation failing, all answered and quit"
exit $fail
