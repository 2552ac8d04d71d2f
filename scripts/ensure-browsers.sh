#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR when they are missing (root, or sudo, needed).
# Tests never download browsers of their own: they drive these two.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} with apt-get…"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
for bin in /usr/bin/chromium /usr/bin/firefox-esr; do
  [ -x "$bin" ] || { echo "error: $bin is still missing after apt-get install" >&2; exit 1; }
done
