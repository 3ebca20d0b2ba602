#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
# Installs it when missing and we may (root); otherwise says what to do.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (once per machine)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-core poppler-utils >/dev/null
  exit 0
fi
echo "Chromium not found at $chrome. Install it (Debian: sudo apt-get install chromium) or set CHROME_PATH." >&2
exit 1
