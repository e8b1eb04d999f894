#!/usr/bin/env bash
# Idempotent installation: Debian packages (skipped when present), .venv, Python packages (skipped when
# pyproject.toml did not change since the last install).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PKGS=(poppler-utils tesseract-ocr tesseract-ocr-fra tesseract-ocr-osd libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-core-nogui
          fonts-dejavu fonts-liberation2 postgresql qpdf chromium chromium-driver)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installation des paquets système : ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.bts-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev,nlp]"
  echo "$want" > "$stamp"
fi
