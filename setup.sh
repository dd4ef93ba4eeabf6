#!/bin/sh
# setup.sh -- install the Debian packages pyscope needs (only the missing
# ones), then configure and build it.  Safe to run any number of times.
#   ./setup.sh          install deps + build into ./build
#   ./setup.sh --deps   install deps only
set -eu
cd "$(dirname "$0")"

PKGS="build-essential cmake pkg-config libncurses-dev libedit-dev liblua5.4-dev libgmp-dev zlib1g-dev libbz2-dev liblzma-dev libpython3.11-stdlib expect libvterm-dev man-db"

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -n "$missing" ]; then
    echo "setup: installing:$missing"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq || true
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing
else
    echo "setup: all dependencies present"
fi

[ "${1:-}" = "--deps" ] && exit 0

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
echo "setup: built ./build/pyscope"
