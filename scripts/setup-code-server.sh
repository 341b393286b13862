#!/bin/sh
# Installs what the VS Code end-to-end tests (test/vscode/e2e.test.ts) need beyond npm packages:
# code-server 4.100.3 (a real VS Code 1.100 workbench on Node 20) in a cache folder, and Debian's
# chromium to drive it. Idempotent: each step is skipped when its result is already there.
#
# The cache lives outside the repository (default ~/.cache/tandem, or $TANDEM_CACHE): npm puts
# every ancestor's node_modules/.bin on PATH when it runs install scripts, and the repository's
# holds Node 24, while code-server's native modules must be built for Node 20.
#
# Offline install (see ../shared/PLATFORM.md): code-server's packages are installed without
# scripts, ripgrep from Debian is placed where @vscode/ripgrep looks (its postinstall would
# download from GitHub), then the native modules are built (Debian's libkrb5-dev for kerberos)
# and code-server's own postinstall steps are done by hand.
# Prints the path of the code-server executable on its last line.
set -eu

VERSION=4.100.3
CACHE="${TANDEM_CACHE:-$HOME/.cache/tandem}"
PREFIX="$CACHE/code-server-$VERSION"
PACKAGE="$PREFIX/node_modules/code-server"
VSCODE="$PACKAGE/lib/vscode"
DONE="$PREFIX/.installed"

# Node 20 from the system, never the repository's Node 24.
SYSTEM_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
NODE_MAJOR=$(env PATH="$SYSTEM_PATH" node -p 'process.versions.node.split(".")[0]')
if [ "$NODE_MAJOR" != 20 ]; then
    echo "code-server $VERSION needs the system's Node 20; found Node $NODE_MAJOR" >&2
    exit 1
fi

SUDO=''
if [ "$(id -u)" -ne 0 ]; then
    SUDO='sudo'
fi

apt_install() {
    missing=''
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        export DEBIAN_FRONTEND=noninteractive
        $SUDO apt-get update >&2
        # shellcheck disable=SC2086
        $SUDO apt-get install -y $missing >&2
    fi
}

if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium
fi

if [ ! -f "$DONE" ]; then
    apt_install libkrb5-dev ripgrep build-essential python3
    npm_in() {
        (cd "$1" && shift && env PATH="$SYSTEM_PATH" npm_config_unsafe_perm=true npm_config_yes=true \
            npm "$@" --no-audit --no-fund >&2)
    }
    mkdir -p "$PREFIX"
    [ -f "$PREFIX/package.json" ] || echo '{ "private": true }' > "$PREFIX/package.json"
    [ -f "$PACKAGE/package.json" ] || npm_in "$PREFIX" install --ignore-scripts "code-server@$VERSION"
    # code-server's own native module (password hashing; built from source when no prebuilt binary is reachable).
    npm_in "$PREFIX" rebuild argon2

    # code-server's postinstall.sh, step by step.
    npm_in "$VSCODE" install --omit=dev --ignore-scripts
    mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
    cp /usr/bin/rg "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"
    npm_in "$VSCODE" rebuild
    rm -rf "$VSCODE/node_modules.asar"
    ln -s node_modules "$VSCODE/node_modules.asar"
    (cd "$VSCODE/bin/remote-cli" && rm -f code-server && ln -s code-linux.sh code-server)
    (cd "$VSCODE/bin/helpers" && rm -f browser.sh && ln -s browser-linux.sh browser.sh)
    npm_in "$VSCODE/extensions" install --omit=dev
    touch "$DONE"
fi

echo "$PACKAGE/out/node/entry.js"
