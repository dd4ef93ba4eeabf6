#!/bin/bash
# cli/completion.sh SOURCE_DIR PYSCOPE -- the bash completion offers the
# commands, the days of the chosen course, theme names and files.
set -u
src="$1"; bin="$2"
export PYSCOPE_COURSES="$src/courses" PYSCOPE_THEMES="$src/themes"
# shellcheck source=/dev/null
. "$src/scripts/completion/pyscope.bash"
fail=0
complete_line() { # words... ; the last word is the one being completed
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _pyscope
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
expect() { # label expected got
    [ "$2" = "$3" ] || { echo "FAIL $1: expected '$2', got '$3'"; fail=1; }
}
expect commands "--help --no-mouse --theme --version check dis learn repl run " \
    "$(complete_line pyscope '')"
expect "commands l" "learn " "$(complete_line pyscope l)"
expect themes "default light mono " "$(complete_line pyscope --theme '')"
expect courses "python " "$(complete_line pyscope learn '')"
days=$(cd "$src/courses/python" && ls day*.lua | sed 's/day0*\([0-9]\)/\1/; s/\.lua//' | sort | tr '\n' ' ')
expect days "$days" "$(complete_line pyscope learn --day '')"
expect "days of the named course" "$days" "$(complete_line pyscope learn python --day '')"
expect "learn options" "--day --no-mouse --plain --theme --watch " "$(complete_line pyscope learn --)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
touch "$tmp/a.py" "$tmp/b.lua" "$tmp/c.txt"
expect "run: .py files" "$tmp/a.py " "$(complete_line pyscope run "$tmp/")"
expect "check: .lua files" "$tmp/b.lua " "$(complete_line pyscope check "$tmp/")"
# the commands the completion offers are those pyscope --help lists
help=$("$bin" --help | sed -n 's/^  pyscope \([a-z][a-z]*\).*/\1/p' | sort -u | tr '\n' ' ')
expect "--help's commands" "check dis learn repl run " "$help"
exit $fail
