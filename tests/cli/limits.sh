#!/bin/sh
# cli/limits.sh PYSCOPE -- runaway learner code is stopped with the right
# exception while the process stays in control: endless recursion
# (RecursionError; under sys.setrecursionlimit(10**9) MemoryError or
# RecursionError, never a crash), unbounded allocation (MemoryError),
# SIGINT during an endless loop or a catastrophically backtracking regular
# expression (KeyboardInterrupt, exit 130, within a second).
set -u
bin="$1"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
expect_last_line() { # file, expected last stderr line, expected status
    "$bin" run "$1" >"$tmp/out" 2>"$tmp/err"; rc=$?
    last=$(tail -n 1 "$tmp/err")
    if [ "$last" != "$2" ] || [ "$rc" -ne "$3" ]; then
        echo "FAIL $1: got '$last' (exit $rc), want '$2' (exit $3)"; fail=1
    fi
}
printf 'def f(n):\n    return f(n + 1)\nf(0)\n' >"$tmp/rec.py"
expect_last_line "$tmp/rec.py" "RecursionError: maximum recursion depth exceeded" 1
# sys.setrecursionlimit(10**9), where CPython crashes: recursion in
# Python meets the frame stack's cap (MemoryError), recursion through C
# (repr, str of nested containers, __getattr__) the C stack's guard.
printf 'import sys\nsys.setrecursionlimit(10**9)\ndef f(n):\n    return f(n + 1)\nf(0)\n' >"$tmp/deep.py"
expect_last_line "$tmp/deep.py" "MemoryError" 1
printf 'import sys\nsys.setrecursionlimit(10**9)\nclass A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n' >"$tmp/crepr.py"
expect_last_line "$tmp/crepr.py" "RecursionError: maximum recursion depth exceeded" 1
printf 'import sys\nsys.setrecursionlimit(10**9)\nd = {}\nfor i in range(200000):\n    d = {"k": d}\nprint(len(str(d)))\n' >"$tmp/cstr.py"
expect_last_line "$tmp/cstr.py" "RecursionError: maximum recursion depth exceeded while getting the repr of an object" 1
printf 'import sys\nsys.setrecursionlimit(10**9)\nclass B:\n    def __getattr__(self, name):\n        return getattr(self, name)\nB().x\n' >"$tmp/cattr.py"
expect_last_line "$tmp/cattr.py" "RecursionError: maximum recursion depth exceeded" 1
printf 'x = []\nwhile True:\n    x.append([0] * 100000)\n' >"$tmp/mem.py"
expect_last_line "$tmp/mem.py" "MemoryError" 1
printf 'try:\n    x = "a" * (10 ** 12)\nexcept MemoryError:\n    print("caught")\n' >"$tmp/mem2.py"
"$bin" run "$tmp/mem2.py" >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "caught" ] || { echo "FAIL: huge str not a catchable MemoryError: $(cat "$tmp/out")"; fail=1; }
printf 'print("start", flush=True)\nwhile True:\n    pass\n' >"$tmp/loop.py"
rm -f "$tmp/out" "$tmp/err"
"$bin" run "$tmp/loop.py" >"$tmp/out" 2>"$tmp/err" &
pid=$!
i=0; while [ ! -s "$tmp/out" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
kill -INT $pid
i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 20 ]; do sleep 0.05; i=$((i + 1)); done
if kill -0 $pid 2>/dev/null; then
    echo "FAIL: SIGINT did not stop the loop within 1 s"; kill -9 $pid; fail=1
else
    wait $pid; rc=$?
    [ $rc -eq 130 ] || { echo "FAIL: exit status after SIGINT $rc, want 130"; fail=1; }
    [ "$(tail -n 1 "$tmp/err")" = "KeyboardInterrupt" ] || { echo "FAIL: no KeyboardInterrupt: $(cat "$tmp/err")"; fail=1; }
fi
# The same inside the regular expression engine (catastrophic
# backtracking runs in C, outside the VM loop).
cat >"$tmp/regex.py" <<'EOF2'
import _sre
code = [14, 4, 0, 3, 4294967295, 23, 21, 1, 4294967295, 17, 0, 24, 6, 1,
        4294967295, 16, 120, 1, 24, 6, 1, 4294967295, 16, 120, 1, 17, 1, 18,
        16, 121, 1]
p = _sre.compile('(x+x+)+y', 32, code, 1, {}, (None, None))
print("start", flush=True)
p.match('x' * 60)
EOF2
rm -f "$tmp/out" "$tmp/err"
"$bin" run "$tmp/regex.py" >"$tmp/out" 2>"$tmp/err" &
pid=$!
i=0; while [ ! -s "$tmp/out" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
kill -INT $pid
i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 20 ]; do sleep 0.05; i=$((i + 1)); done
if kill -0 $pid 2>/dev/null; then
    echo "FAIL: SIGINT did not stop the regex within 1 s"; kill -9 $pid; fail=1
else
    wait $pid; rc=$?
    [ $rc -eq 130 ] || { echo "FAIL: exit status after SIGINT in regex $rc, want 130"; fail=1; }
    [ "$(tail -n 1 "$tmp/err")" = "KeyboardInterrupt" ] || { echo "FAIL: regex: no KeyboardInterrupt: $(cat "$tmp/err")"; fail=1; }
fi
exit $fail
