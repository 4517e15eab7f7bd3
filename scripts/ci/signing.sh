#!/usr/bin/env bash
# Installs what the signing tests check signatures with, independently of the toolkit: OpenSSL
# (the test CA, PKCS#12 files, a time-stamp authority), poppler's pdfsig (with the other
# poppler tools, libreoffice.sh) and NSS's certutil (the trust store pdfsig reads the test CA
# from). Idempotent and quiet, as libreoffice.sh. Debian/Ubuntu (apt-get).
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if have openssl && have certutil && have pdfsig; then
  exit 0
fi

# shellcheck source=apt-install.sh
. "$(dirname "$0")/apt-install.sh"
apt_install signing.sh openssl libnss3-tools poppler-utils

have certutil || { echo "signing.sh: certutil still missing after apt-get install" >&2; exit 1; }
echo "signing.sh: $(openssl version), pdfsig $(pdfsig -v 2>&1 | head -n 1 | awk '{print $3}')"
