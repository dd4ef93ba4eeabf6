#!/bin/sh
# cli/install.sh SOURCE_DIR VTRUN -- pyscope installs like a Debian
# program.  A copy of the source is built and installed into a temporary
# prefix, the prefix is moved and the source and build trees deleted; the
# installed binary must then find its courses, themes, man page and
# completion by itself.  Then the same for the .deb (cpack -G DEB,
# unpacked with dpkg-deb -x).
set -u
src="$1"; vtrun="$2"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
say() { echo "$*"; }
mkdir "$tmp/src" "$tmp/home"
tar -C "$src" --exclude='./build*' --exclude=./.git -cf - . | tar -C "$tmp/src" -xf -
cmake -S "$tmp/src" -B "$tmp/build" -DCMAKE_BUILD_TYPE=Release >"$tmp/log" 2>&1 &&
    cmake --build "$tmp/build" --target pyscope -j2 >>"$tmp/log" 2>&1 &&
    cmake --install "$tmp/build" --prefix "$tmp/p1" >>"$tmp/log" 2>&1 ||
    { cat "$tmp/log"; echo "FAIL: build or install"; exit 1; }
have_deb=0
if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null; then
    (cd "$tmp/build" && cpack -G DEB >>"$tmp/log" 2>&1) && have_deb=1 ||
        { cat "$tmp/log"; echo "FAIL: cpack -G DEB"; fail=1; }
    deb=$(ls "$tmp/build"/pyscope_*.deb 2>/dev/null | head -n 1)
    [ -n "$deb" ] && mv "$deb" "$tmp/pyscope.deb"
fi
mv "$tmp/p1" "$tmp/moved"
rm -rf "$tmp/src" "$tmp/build"

# Everything the installed program is asked to do, from root $1 (bin/,
# share/ below it) with no other pyscope data in reach.
exercise() {
    label=$1; root=$2
    bin="$root/bin/pyscope"
    export HOME="$tmp/home" XDG_DATA_DIRS=/nonexistent
    unset XDG_DATA_HOME PYSCOPE_COURSES PYSCOPE_THEMES
    out=$("$bin" --version) && [ "${out#pyscope }" != "$out" ] ||
        { say "FAIL $label: --version: $out"; fail=1; }
    out=$("$bin" check 2>&1) && [ "$out" = "pyscope check: all good (1 path)" ] ||
        { say "FAIL $label: check: $out"; fail=1; }
    out=$("$bin" check python 2>&1) ||
        { say "FAIL $label: check python: $out"; fail=1; }
    out=$("$bin" run -c 'print(1)' 2>&1) && [ "$out" = "1" ] ||
        { say "FAIL $label: run -c: $out"; fail=1; }
    out=$(cd / && "$bin" run -c 'import bisect; print(bisect.bisect([1, 3], 2))' 2>&1)
    [ "$out" = "1" ] || { say "FAIL $label: standard library: $out"; fail=1; }
    out=$("$bin" learn --plain --day 1 </dev/null 2>&1)
    case "$out" in *"Day 1"*) ;; *) say "FAIL $label: learn --plain: $out" | head -5; fail=1 ;; esac
    printf 'start\nwait-for-text Day 1\nsend t\nsend q\nexpect-exit 0\n' >"$tmp/menu.vt"
    if [ -x "$vtrun" ]; then
        "$vtrun" "$bin" "$tmp/menu.vt" >"$tmp/vt.log" 2>&1 ||
            { cat "$tmp/vt.log"; say "FAIL $label: course menu in a terminal"; fail=1; }
    fi
    page="$root/share/man/man1/pyscope.1"
    [ -f "$page" ] || page="$page.gz"
    if command -v man >/dev/null; then
        out=$(MANWIDTH=80 man -l "$page" 2>&1)
        case "$out" in *"learn Python by watching its memory"*) ;;
            *) say "FAIL $label: man -l: $out" | head -5; fail=1 ;; esac
    else
        say "note: man not installed, page not rendered"
    fi
    [ -f "$root/share/bash-completion/completions/pyscope" ] ||
        { say "FAIL $label: no bash completion"; fail=1; }
    [ -f "$root/share/pyscope/themes/mono.lua" ] ||
        { say "FAIL $label: no themes"; fail=1; }
}
exercise "moved prefix" "$tmp/moved"
if [ $have_deb -eq 1 ]; then
    dpkg-deb -x "$tmp/pyscope.deb" "$tmp/root" || { say "FAIL: dpkg-deb -x"; fail=1; }
    deps=$(dpkg-deb -f "$tmp/pyscope.deb" Depends)
    for d in libpython3.11-stdlib libncursesw6 libedit2 liblua5.4-0 libgmp10 zlib1g libbz2-1.0 liblzma5 libc6; do
        case "$deps" in *"$d"*) ;; *) say "FAIL: Depends lacks $d: $deps"; fail=1 ;; esac
    done
    exercise ".deb" "$tmp/root/usr"
else
    say "note: dpkg-deb/dpkg-shlibdeps missing, .deb not tested"
fi
exit $fail
