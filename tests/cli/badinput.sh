#!/bin/sh
# cli/badinput.sh PYSCOPE -- any byte sequence as source ends in a
# SyntaxError-family error and exit 1: never a crash, a hang or a leak
# (this test also runs under ASan in CI).
set -u
bin="$1"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # name: the file must give exit 1 and a *Error last line
    timeout 20 "$bin" run "$tmp/$1" >/dev/null 2>"$tmp/err"; rc=$?
    last=$(tail -n 1 "$tmp/err")
    case "$last" in
        SyntaxError:*|IndentationError:*|TabError:*|RecursionError:*|MemoryError*) ;;
        *) echo "FAIL $1: last line '$last'"; fail=1 ;;
    esac
    [ $rc -eq 1 ] || { echo "FAIL $1: exit $rc"; fail=1; }
}
head -c 4096 /dev/urandom >"$tmp/random.py"; check random.py
printf 'x = "\377\376 bad utf8"\n' >"$tmp/utf8.py"; check utf8.py
python3 -c 'print("(" * 100000)' >"$tmp/parens.py"; check parens.py
python3 -c 'print("x = [" * 50000 + "]" * 50000)' >"$tmp/lists.py"; check lists.py
python3 -c 'print("x = " + "1 + " * 3000000 + ")")' >"$tmp/longline.py"; check longline.py
printf 's = "unterminated\n' >"$tmp/unterminated.py"; check unterminated.py
printf 's = """never\nclosed\n' >"$tmp/triple.py"; check triple.py
printf 'if True:\n\tx = 1\n        y = 2\n' >"$tmp/tabs.py"; check tabs.py
printf 'def f():\nreturn 1\n' >"$tmp/indent.py"; check indent.py
printf 'x = (1,\ny = 2\n' >"$tmp/unclosed.py"; check unclosed.py
printf '\000\000\000' >"$tmp/nul.py"; check nul.py
exit $fail
