#!/bin/sh
# run-one.sh PYSCOPE path/to/NAME.py -- run a conformance program with
# pyscope and compare stdout, stderr and exit status with what CPython 3.11
# printed (NAME.out, NAME.err, NAME.rc, recorded by scripts/record-py-tests).
# Programs run from their own directory so tracebacks name "NAME.py".
set -u
bin="$1"; src="$2"
dir=$(dirname "$src"); name=$(basename "$src" .py)
cd "$dir" || exit 1
if [ ! -f "$name.out" ] || [ ! -f "$name.rc" ]; then
    echo "$name: expected output not recorded (run scripts/record-py-tests)"
    exit 1
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
input=/dev/null; [ -f "$name.in" ] && input="$name.in"
timeout 60 "$bin" run "$name.py" <"$input" >"$tmp/out" 2>"$tmp/rawerr"
echo $? >"$tmp/rc"
# tracebacks name the absolute path: recorded relative to the test folder
sed "s|$(pwd)/||g" "$tmp/rawerr" >"$tmp/err"
[ -f "$name.err" ] && cp "$name.err" "$tmp/experr" || : >"$tmp/experr"
fail=0
if ! cmp -s "$tmp/out" "$name.out"; then
    echo "--- stdout differs (expected vs pyscope):"; diff "$name.out" "$tmp/out" | head -40; fail=1
fi
if ! cmp -s "$tmp/err" "$tmp/experr"; then
    echo "--- stderr differs (expected vs pyscope):"; diff "$tmp/experr" "$tmp/err" | head -40; fail=1
fi
if ! cmp -s "$tmp/rc" "$name.rc"; then
    echo "--- exit status: expected $(cat "$name.rc"), got $(cat "$tmp/rc")"; fail=1
fi
exit $fail
