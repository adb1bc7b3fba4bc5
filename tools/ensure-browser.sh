#!/usr/bin/env bash
# Installs what the portal page's browser tests (PortalPageBrowserTest) drive: Debian's headless Chromium and its
# chromedriver, at /usr/bin/chromium and /usr/bin/chromedriver. Does nothing when both are there. Run by the README's
# test command (and so by .ci/run) before Maven, so that one command covers the page on a fresh machine.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: /usr/bin/chromium or /usr/bin/chromedriver is missing and this is not a Debian system;" \
       "install Chromium and chromedriver there, or the browser tests skip (and fail under CI=true)" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "ensure-browser: installing chromium and chromium-driver (Debian packages) for the portal page's tests" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
