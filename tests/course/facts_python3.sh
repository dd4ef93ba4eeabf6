#!/bin/sh
# tests/course/facts_python3.sh PYSCOPE COURSE -- every fact of a course
# (the Python code beside a sentence that asserts what it says) holds
# under CPython 3.11 as well as under pyscope: `pyscope check` runs them
# under pyscope and writes each one out; this runs each under python3.
# Without python3 3.11 the test is skipped (exit 77), saying so.
set -u
pyscope=$1
course=$2
if ! command -v python3 >/dev/null 2>&1; then
    echo "skipped: python3 not found; the facts were checked under pyscope only"
    exit 77
fi
if ! python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "skipped: python3 is not CPython 3.11; the facts were checked under pyscope only"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$pyscope" check --export-facts "$tmp" "$course" >/dev/null || {
    echo "pyscope check $course failed"; exit 1; }
n=0
bad=0
for f in "$tmp"/fact*.py; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    if ! (cd "$tmp" && PYTHONDONTWRITEBYTECODE=1 timeout 30 python3 -I "$f" \
            </dev/null >"$tmp/out" 2>"$tmp/err"); then
        bad=$((bad + 1))
        echo "$(head -1 "$f" | cut -c3-): does not hold under python3: $(tail -1 "$tmp/err")"
    fi
done
echo "$n facts run under python3, $bad failed"
[ "$n" -gt 0 ] && [ "$bad" -eq 0 ]
