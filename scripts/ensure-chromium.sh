#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here), read the PDFs they
# make with poppler (pdftotext, pdfinfo, pdftoppm), and serve the build through the sample nginx config
# (tests/e2e/deployment.spec.ts). Installs what is missing when we may (root); otherwise says what to do.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
nginx="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$chrome" ] && command -v pdftotext >/dev/null 2>&1 && [ -x "$nginx" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium, poppler-utils and nginx-light for the browser tests (once per machine)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # nginx is only run by the tests, on their own ports; its package must not start a server on port 80.
  apt-get install -y -qq chromium fonts-noto-core poppler-utils >/dev/null
  if [ ! -x "$nginx" ]; then
    apt-get install -y -qq --no-install-recommends nginx-light >/dev/null
    invoke-rc.d nginx stop >/dev/null 2>&1 || true
  fi
  exit 0
fi
echo "Browser tests need Chromium at $chrome (or CHROME_PATH), poppler-utils and nginx (NGINX_PATH). Debian: sudo apt-get install chromium poppler-utils nginx-light" >&2
exit 1
