#!/usr/bin/env bash
# The e2e tests drive the system Chromium and read printed PDFs with poppler's pdftotext; the unit
# tests read the kolla-ansible inventory with ansible-inventory (Debian's ansible-core). Nothing is
# downloaded by the test tools. On a fresh Debian machine (as root) this installs all three once.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ] && command -v pdftotext >/dev/null 2>&1 &&
  command -v ansible-inventory >/dev/null 2>&1; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium, poppler-utils and ansible-core for the tests…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils ansible-core >/dev/null
  exit 0
fi
echo "The tests need Chromium at $browser (or set CHROMIUM_PATH), pdftotext and ansible-inventory:" >&2
echo "  sudo apt-get install chromium poppler-utils ansible-core" >&2
exit 1
