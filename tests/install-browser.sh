#!/usr/bin/env bash
# Installs Debian's Chromium for tests/test_html_browser.py when it is missing.
# Idempotent and quiet; never fails the build: without apt-get (or root) it says so and
# exits 0, and the browser tests then skip with a reason.
set -uo pipefail

for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then
        exit 0
    fi
done

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: apt-get is not available; install Chromium yourself" \
        "(the HTML browser tests skip without it)" >&2
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run=(sudo -n)
else
    echo "install-browser: need root (or password-less sudo) to apt-get install chromium;" \
        "the HTML browser tests will skip" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
install() { "${run[@]}" apt-get install -y -qq chromium >/dev/null; }
# Try the cached package lists first; refresh them only when that fails.
if ! install 2>/dev/null; then
    "${run[@]}" apt-get update -qq >/dev/null && install
fi
status=$?
if [ "$status" -ne 0 ] || ! command -v chromium >/dev/null 2>&1; then
    echo "install-browser: could not install chromium (apt-get status $status);" \
        "the HTML browser tests will skip" >&2
fi
exit 0
