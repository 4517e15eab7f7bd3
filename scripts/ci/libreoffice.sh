#!/usr/bin/env bash
# Installs LibreOffice (headless Writer + Calc) and poppler-utils so that the render tests can
# convert the DOCX and XLSX to PDF and check the pages. Idempotent and quiet: does nothing when
# soffice and pdftotext are already on the PATH. Debian/Ubuntu only (apt-get).
set -euo pipefail

if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends \
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation >/dev/null

command -v soffice >/dev/null 2>&1 || { echo "libreoffice.sh: soffice still missing after apt-get install" >&2; exit 1; }
echo "libreoffice.sh: $(soffice --version 2>/dev/null | head -n 1)"
