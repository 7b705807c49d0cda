#!/usr/bin/env bash
# Install the Debian packages grantbox's tests need. Idempotent: does nothing when all
# packages are already installed; runs `apt-get update` only when something is missing.
#
#   dovecot-imapd, dovecot-lmtpd  a real IMAP server (+ LMTP delivery) for integration tests;
#                                 the tests run their own private instance on free loopback ports
#   chromium                      headless browser tests of the review pages
#
# Usage: scripts/install-system-deps.sh   (as root, or with sudo available)
set -euo pipefail

PACKAGES=(dovecot-imapd dovecot-lmtpd chromium)

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "install-system-deps: need root to install: ${missing[*]}" >&2
        exit 1
    fi
fi

had_dovecot=0
if dpkg-query -W -f='${Status}' dovecot-core 2>/dev/null | grep -q 'install ok installed'; then
    had_dovecot=1
fi

echo "install-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Do not let package scripts start services (we run our own Dovecot instance).
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
    "${SUDO[@]}" chmod 0755 "$policy"
    created_policy=1
fi
cleanup() {
    if [ "$created_policy" -eq 1 ]; then "${SUDO[@]}" rm -f "$policy"; fi
}
trap cleanup EXIT

"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${missing[@]}" >/dev/null

# If a package script started the system-wide Dovecot anyway (it listens on 143/993 and is not
# needed), stop it — unless it was there before we ran. Never fail because systemd is absent.
if [ "$had_dovecot" -eq 0 ]; then
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
        "${SUDO[@]}" systemctl disable --now dovecot >/dev/null 2>&1 || true
    fi
    if [ -f /run/dovecot/master.pid ]; then
        "${SUDO[@]}" doveadm -c /etc/dovecot/dovecot.conf stop >/dev/null 2>&1 || true
    fi
fi
echo "install-system-deps: done" >&2
