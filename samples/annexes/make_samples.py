"""Reference images of the filled annexes: `python -m samples.annexes.make_samples`.

Fills the forms of two fictitious candidates (session 2026, annexe VI; session 2024, annexe 6) with
`bts fill`'s own code, converts them with LibreOffice in one call and renders one PNG per page at
60 dpi (pdftoppm) next to this file. Compare them with the official PDFs of ../../../shared/reference/pdf.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from generators.annexes import fill, formset_for
from generators.pdf import convert_to_pdf
from pipeline.evaluations import Candidat, Evaluation
from pipeline.models import Evenement, Examen, SessionData, Source

HERE = Path(__file__).parent


def _session(year: int, code: str) -> SessionData:
    return SessionData(
        source=Source(fichier="exemple.pdf", sha256="d" * 64, format="pdf"),
        examen=Examen(sigle="SIO", session=year),
        evenements=[Evenement(type="controle_conformite", debut=f"{year}-05-06T14:00", epreuves=[code],
                              libelle="contrôle de conformité")],
    )


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="annexes-samples-"))
    try:
        produced = []
        fs26 = formset_for(_session(2026, "E5"), date="2026-05-21", membres=["Zoé Lefèvre", "Marc Dupuis"],
                           commission="3")
        cand = Candidat("26SIO0002", "Œuvray", "Léa", "SLAM", "ponctuelle", "E5", statut="non_conforme",
                        motifs=["documents_non_signes"], penalites=["absence_tableau_synthese"])
        ev = Evaluation("26SIO0002", 2, {"equipe": 4, "patrimoine": 3, "incidents": 4, "presence_en_ligne": 2,
                                         "projet": 5, "mise_a_disposition": 4, "developpement_professionnel": 3},
                        Decimal("13.5"), "Présentation structurée du parcours.\nSupports clairs.",
                        "Réponses précises sur la supervision ; hésitations sur la sauvegarde.",
                        "Bonne maîtrise d'ensemble ; toutes les compétences du bloc sont couvertes.")
        produced += fill(fs26, [cand], {cand.numero: ev}, work / "2026", pdf=False).produced
        fs24 = formset_for(_session(2024, "E4"), date="2024-05-21", commission="1")
        cand24 = Candidat("24SIO0001", "Noël", "Chloé", "SISR", "ccf", "E4", statut="conforme")
        produced += [p for p in fill(fs24, [cand24], {}, work / "2024", pdf=False).produced if p.kind == "grille"]
        pdfs = convert_to_pdf([p.docx for p in produced], work / "pdf")
        for p, pdf in zip(produced, pdfs, strict=True):
            prefix = work / p.annexe
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True)
            pages = sorted(work.glob(f"{p.annexe}-*.png"))
            names = ["recto", "verso"] if len(pages) == 2 else [""]
            for page, label in zip(pages, names, strict=True):
                if p.candidat is cand24 and label == "verso":
                    continue  # same verso as VI-3 but its title: one 2024 page is enough
                target = HERE / (f"{p.annexe}_{label}.png" if label else f"{p.annexe}.png")
                shutil.move(page, target)
                print(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
