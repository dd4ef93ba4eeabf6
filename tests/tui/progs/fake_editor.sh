#!/bin/sh
# fake_editor.sh FILE -- an "editor" for the TUI tests: replaces FILE
# with $FAKE_EDIT (backslash escapes interpreted), as if the learner had
# typed it and saved; with $FAKE_LATER, a second save of that text comes
# 2 seconds after the editor exits, as from another window.
printf '%b\n' "$FAKE_EDIT" >"$1"
if [ -n "${FAKE_LATER:-}" ]; then
    (sleep 2; printf '%b\n' "$FAKE_LATER" >"$1.tmp" && mv "$1.tmp" "$1") \
        >/dev/null 2>&1 &
fi
echo "fake editor wrote $1"
