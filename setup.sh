#!/usr/bin/env bash
# One command on a fresh machine: install everything, then run the three jobs on samples/ with the
# embedded defaults (SQLite in ./var, no Prefect server). Outputs in ./out.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install.sh
export PATH="$PWD/.venv/bin:$PATH"
mkdir -p out
echo "== 1. Ingestion des circulaires d'exemple (PDF et DOCX)"
for f in samples/circulaires/*.pdf samples/circulaires/*.docx; do
  bts ingest "$f" --out "out/$(basename "$f").json"
done
echo "== 2. Contrôle de conformité des dossiers d'exemple (session SIO 2026 lue dans sa circulaire)"
bts check samples/dossiers/demo --session out/circulaire_sio_2026_synthetique.pdf.json --epreuve E5 \
  --out out/controle.json --report out/rapport.xlsx
echo "== 3. Annexes VI-2 / VI-3 / VI-4 (DOCX + PDF)"
bts fill --session out/circulaire_sio_2026_synthetique.pdf.json --controle out/controle.json \
  --candidats samples/dossiers/demo/candidats.csv --out out/annexes
echo "Résultats dans ./out ; base de données : ./var/bts.sqlite"
