#!/usr/bin/env bash
# One command on a fresh machine: install everything, then run the three jobs on samples/ with the
# embedded defaults (SQLite in ./var, no Prefect server). Outputs in ./out.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install.sh
export PATH="$PWD/.venv/bin:$PATH"
mkdir -p out
echo "== 1. Ingestion des circulaires d'exemple"
for f in samples/circulaires/*.pdf samples/circulaires/*.docx; do
  [ -e "$f" ] || continue
  bts ingest "$f" --out "out/$(basename "${f%.*}").$(echo "${f##*.}").json"
done
if [ -d samples/dossiers/demo ] && [ -f samples/session_sio_2026.json ]; then
  echo "== 2. Contrôle de conformité des dossiers d'exemple"
  bts check samples/dossiers/demo --session samples/session_sio_2026.json --epreuve E5 \
    --out out/controle.json --report out/rapport.xlsx || true
  echo "== 3. Annexes (DOCX + PDF)"
  bts fill --session samples/session_sio_2026.json --controle out/controle.json --out out/annexes
fi
echo "Résultats dans ./out ; base de données : ./var/bts.sqlite"
