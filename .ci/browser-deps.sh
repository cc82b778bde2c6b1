#!/usr/bin/env bash
# Installs what the browser tests (internal/browsertest) need:
#   - Debian's chromium (headless) and chromium-driver, from apt;
#   - TimelineJS (@knight-lab/timelinejs) from npm, into
#     internal/browsertest/node_modules, pinned by the committed
#     package-lock.json.
# The Go driver (github.com/chromedp/chromedp) comes with `go test` through
# go.mod. Safe to run more than once; run as root (CI runs as root).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
if ! command -v npm >/dev/null 2>&1; then need_apt+=(nodejs npm); fi
if [ ${#need_apt[@]} -gt 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	SUDO=""
	if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
	$SUDO apt-get update -q
	$SUDO apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi
chromium --version

# npm ci installs exactly what package-lock.json pins.
(cd internal/browsertest && npm ci --no-audit --no-fund --loglevel=error)
test -f internal/browsertest/node_modules/@knight-lab/timelinejs/dist/js/timeline.js
echo "browser test dependencies ready"
