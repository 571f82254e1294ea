#!/usr/bin/env bash
# The e2e tests drive the system Chromium and read printed PDFs with poppler's pdftotext; nothing
# is downloaded by the test tools. On a fresh Debian machine (as root) this installs both once.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ] && command -v pdftotext >/dev/null 2>&1; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and poppler-utils for the e2e tests…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  exit 0
fi
echo "The e2e tests need Chromium at $browser (or set CHROMIUM_PATH) and pdftotext:" >&2
echo "  sudo apt-get install chromium poppler-utils" >&2
exit 1
