#!/bin/sh
# cli/cache.sh PYSCOPE -- the compile cache of imported modules: entries go
# under $XDG_CACHE_HOME/pyscope (never beside the program), a second run
# uses them, a changed source or a damaged entry is recompiled, tracebacks
# through cached modules still show their lines, PYSCOPE_NO_CACHE=1 writes
# nothing.
set -u
bin="$1"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
mkdir "$tmp/prog"
cd "$tmp/prog" || exit 1
printf 'def f(x):\n    return 10 // x\n' >mod.py
printf 'import mod\nprint(mod.f(2))\nmod.f(0)\n' >main.py
expect_run() { # label expected-first-line: run main.py, check stdout and the traceback
    out=$(XDG_CACHE_HOME="$tmp/cache" "$bin" run main.py 2>"$tmp/err")
    [ "$out" = "$2" ] || { echo "FAIL $1: stdout '$out'"; fail=1; }
    grep -q '^    return 10 // x$' "$tmp/err" ||
        { echo "FAIL $1: traceback without the module's line:"; cat "$tmp/err"; fail=1; }
}
expect_run first 5
entry=$(ls "$tmp/cache/pyscope/"mod.*.psc 2>/dev/null)
[ -n "$entry" ] || { echo "FAIL: no cache entry for mod.py"; fail=1; }
[ "$(ls -A "$tmp/prog")" = "$(printf 'main.py\nmod.py')" ] ||
    { echo "FAIL: files written beside the program: $(ls -A "$tmp/prog")"; fail=1; }
ino=$(ls -i "$entry" | cut -d' ' -f1)
expect_run cached 5
[ "$(ls -i "$entry" | cut -d' ' -f1)" = "$ino" ] ||
    { echo "FAIL: the second run rewrote the entry instead of using it"; fail=1; }
# a damaged entry is ignored (and rewritten)
[ -n "$entry" ] && printf 'garbage' | dd of="$entry" bs=1 seek=60 conv=notrunc 2>/dev/null
expect_run damaged 5
# a new source of the same size, with a new time, is compiled again
printf 'def f(x):\n    return 10 // x\nprint("v2")\n' >mod.py
touch -d '2001-01-01' mod.py
expect_run changed "$(printf 'v2\n5')"
# an entry written by another build (e.g. a truncated one) is refused
[ -n "$entry" ] && : >"$entry"
expect_run empty "$(printf 'v2\n5')"
# PYSCOPE_NO_CACHE=1 writes nothing
out=$(PYSCOPE_NO_CACHE=1 XDG_CACHE_HOME="$tmp/nocache" "$bin" run main.py 2>/dev/null)
[ ! -e "$tmp/nocache/pyscope" ] || [ -z "$(ls -A "$tmp/nocache/pyscope")" ] ||
    { echo "FAIL: PYSCOPE_NO_CACHE=1 wrote $(ls "$tmp/nocache/pyscope")"; fail=1; }
exit $fail
