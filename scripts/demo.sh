#!/usr/bin/env bash
# One command from a fresh clone to Tifa working on the bundled sample article:
# browsers and packages, the build, then the extension in Chromium on the sample article
# (a window where there is a display; headless with screenshots in demo-screenshots/ otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh
[ -d node_modules ] || npm ci
npm run build
npx jiti scripts/demo.ts "$@"
