#!/bin/sh
# cli/manpage.sh SOURCE_DIR PYSCOPE -- pyscope(1) and `pyscope --help`
# list the same commands and options, and the page renders without
# warnings.
set -u
src="$1"; bin="$2"
page="$src/docs/pyscope.1.in"
fail=0
norm() { sort -u | tr '\n' ' '; }
help_cmds=$("$bin" --help | sed -n 's/^  pyscope \([a-z][a-z]*\).*/\1/p' | norm)
man_cmds=$(sed -n 's/^\.B pyscope \([a-z][a-z]*\).*/\1/p' "$page" | norm)
[ "$help_cmds" = "$man_cmds" ] ||
    { echo "FAIL commands: --help '$help_cmds', man '$man_cmds'"; fail=1; }
# every command of the synopsis has its entry under COMMANDS
for c in $man_cmds; do
    grep -q "^\.BI* \"*$c" "$page" ||
        { echo "FAIL: no COMMANDS entry for $c"; fail=1; }
done
help_opts=$("$bin" --help | grep -o -- '--[a-z][a-z-]*' | norm)
man_opts=$(sed 's/\\-/-/g' "$page" | sed -n '/^\.SH SYNOPSIS/,/^\.SH KEYS/p' |
    grep -o -- '--[a-z][a-z-]*' | norm)
[ "$help_opts" = "$man_opts" ] ||
    { echo "FAIL options: --help '$help_opts', man '$man_opts'"; fail=1; }
if command -v man >/dev/null; then
    warn=$(sed 's/@PROJECT_VERSION@/0/' "$page" >"${TMPDIR:-/tmp}/pyscope.$$.1" &&
        MANWIDTH=80 man --warnings -l "${TMPDIR:-/tmp}/pyscope.$$.1" 2>&1 >/dev/null)
    rm -f "${TMPDIR:-/tmp}/pyscope.$$.1"
    [ -z "$warn" ] || { echo "FAIL: man warnings: $warn"; fail=1; }
fi
exit $fail
