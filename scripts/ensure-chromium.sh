#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here) and read the PDFs they
# make with poppler (pdftotext, pdfinfo, pdftoppm). Installs what is missing when we may (root); otherwise says what to do.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ] && command -v pdftotext >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and poppler-utils for the browser tests (once per machine)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-core poppler-utils >/dev/null
  exit 0
fi
echo "Browser tests need Chromium at $chrome (or CHROME_PATH) and poppler-utils. Debian: sudo apt-get install chromium poppler-utils" >&2
exit 1
