#!/bin/sh
# Installs what the end-to-end tests of the rendered agreement need beyond npm packages:
# Debian's chromium (driven headless by playwright-core at /usr/bin/chromium, see
# ../shared/PLATFORM.md). Idempotent: does nothing when /usr/bin/chromium is already there.
set -eu

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

SUDO=''
if [ "$(id -u)" -ne 0 ]; then
    SUDO='sudo'
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium
