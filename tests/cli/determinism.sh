#!/bin/sh
# cli/determinism.sh PYSCOPE -- the same program run twice prints the same
# ids for every object it creates (ids are virtual heap addresses) and for
# the static ones (None, True, types, builtins), which live in the image.
set -u
bin="$1"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/ids.py" <<'PY'
import gc
class Node:
    def __init__(self, v):
        self.v = v
objs = [[i] for i in range(2000)] + [Node(i) for i in range(500)]
objs += [str(i) * 3 for i in range(300)] + [{i: i} for i in range(300)]
del objs[::3]
gc.collect()
objs += [(i, [i]) for i in range(2000)]
big = [0] * 100000
print(len(objs), hex(id(big)), hex(id(objs)))
print(id(None), id(True), id(int), id(list), id(print), id(Node), id(5))
for o in objs:
    print(id(o))
PY
"$bin" run "$tmp/ids.py" >"$tmp/a" 2>&1
"$bin" run "$tmp/ids.py" >"$tmp/b" 2>&1
if ! cmp -s "$tmp/a" "$tmp/b"; then
    echo "FAIL: ids differ between runs"; diff "$tmp/a" "$tmp/b" | head; exit 1
fi
[ "$(wc -l <"$tmp/a")" -gt 4000 ] || { echo "FAIL: program did not run: $(head -5 "$tmp/a")"; exit 1; }
exit 0
