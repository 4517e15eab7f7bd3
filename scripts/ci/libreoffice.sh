#!/usr/bin/env bash
# Installs LibreOffice (headless Writer + Calc), poppler-utils (pdfinfo, pdftotext, pdftoppm)
# and metric-compatible fonts, so that the render tests can convert the DOCX and XLSX to PDF and
# check the pages. Idempotent and quiet: does nothing when the tools are already on the PATH;
# prints apt's output only when it fails. Debian/Ubuntu (apt-get).
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if have soffice && have pdftotext && have pdfinfo && have pdftoppm; then
  exit 0
fi

# shellcheck source=apt-install.sh
. "$(dirname "$0")/apt-install.sh"
# fonts-liberation: Liberation Serif has the metrics of Times New Roman, which fontconfig
# substitutes for it, so page breaks match Word's.
apt_install libreoffice.sh libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation

have soffice || { echo "libreoffice.sh: soffice still missing after apt-get install" >&2; exit 1; }
echo "libreoffice.sh: $(soffice --version 2>/dev/null | head -n 1)"
