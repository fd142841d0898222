#!/usr/bin/env bash
# The screen tests drive Debian's headless Chromium. Install it (and its driver) when missing and we
# are root with apt; otherwise stop with a message saying what to install. Never a silent skip.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "[tenfold] Installing chromium and chromium-driver from Debian for the screen tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && exit 0
fi
echo "[tenfold] The screen tests need Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver." >&2
echo "[tenfold] Install them, e.g. as root: apt-get install chromium chromium-driver" >&2
exit 1
