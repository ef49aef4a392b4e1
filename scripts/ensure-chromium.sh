#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (no browser download from elsewhere).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Cần Chromium (/usr/bin/chromium): chạy 'sudo apt-get install chromium'." >&2
  exit 1
fi
echo "Cài Chromium từ kho gói Debian…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
