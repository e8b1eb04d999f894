"""The fiche de contrôle de conformité for every BTS specialty (arrêté du 22 juillet 2008), and the other forms
skipped with one line where the specialty has no template of its own.

Used by generators.fill.run_fill when the session's specialty has no template family (pipeline/data/rules/
<sigle>.yaml without `annexes` for the session, or no file at all). The wording is data
(pipeline/data/rules/_fiche_controle.yaml, the four grounds of _national.yaml); the annex number and title are
the ones the session's circular gives (pipeline.rules.fiche_annexe), else the neutral title.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from core.data import Strict, load_model
from generators.annexes import (
    CHECKED,
    UNCHECKED,
    FillReport,
    Produced,
    format_date,
    nfc,
    output_stem,
    short_hash,
)
from pipeline.evaluations import Candidat
from pipeline.models import SessionData
from pipeline.rules import effective_rules, epreuve_titles, fiche_annexe, load_rules, national, rules_dir

NEUTRAL_NUMBER = "FCC"  # file names when the circular gives the fiche no annex number


class FicheModele(Strict):
    entete: list[str]
    titre_annexe: str
    champs: list[tuple[str, str]]
    constat: str
    conclusion: str
    membres: str
    signatures: str
    sans_modele: dict[str, str]


@cache
def _modele(path: Path) -> FicheModele:
    return load_model(path, FicheModele, "modèle de fiche de contrôle de conformité")


def modele() -> FicheModele:
    return _modele(rules_dir() / "_fiche_controle.yaml")


def has_templates(session: SessionData) -> bool:
    """True when the specialty has its own family of templates for the session (SIO: VI-2, VI-3, VI-4)."""
    sigle = session.examen.sigle
    rules = load_rules(sigle) if sigle else None
    return rules is not None and rules.annexe(session.examen.session) is not None


@dataclass
class Generic:
    """What is common to the fiches of one run."""

    session: SessionData
    date: str | None
    membres: list[str]
    commission: str | None

    def epreuve(self, cand: Candidat) -> tuple[str, str]:
        """Code and title of the candidate's épreuve (the session's only dossier épreuve when not given)."""
        dossiers = [d.epreuve for d in self.session.exigences.dossiers]
        code = (cand.epreuve or (dossiers[0] if len(set(dossiers)) == 1 else "")).upper()
        title = epreuve_titles(self.session).get(code) or ""
        if not title and code:
            eff = effective_rules(self.session, code).rules
            rule = eff.epreuve_dossier(code, self.session.examen.session) if eff else None
            title = rule.intitule if rule and rule.intitule != code else ""
        return code, title

    def date_controle(self, code: str) -> str:
        events = sorted((e for e in self.session.evenements if e.type == "controle_conformite"
                         and (code in e.epreuves or not e.epreuves)), key=lambda e: e.debut)
        return format_date(self.date or (events[0].debut[:10] if events else None))


def render_fiche(g: Generic, cand: Candidat) -> tuple[str, bytes]:
    """(annex number for the file name, DOCX bytes) of one candidate's fiche de contrôle."""
    from docx import Document
    from docx.shared import Pt

    m, nat, s = modele(), national(), g.session
    code, title = g.epreuve(cand)
    annexe = fiche_annexe(s, code or None)
    membres = [nfc(x) for x in g.membres if nfc(x)]
    values: dict[str, Any] = {
        "specialite": nfc(s.examen.specialite or s.examen.sigle or ""),
        "session": s.examen.session or "",
        "academie": f" — académie de {s.examen.academie}" if s.examen.academie else "",
        "numero": annexe.numero or "",
        "titre": annexe.titre,
        "epreuve": " — ".join(x for x in (code, nfc(title)) if x) or "." * 40,
        "nom_prenom": " ".join(x for x in (nfc(cand.nom).upper(), nfc(cand.prenom)) if x),
        "numero_candidat": nfc(cand.numero),
        "commission": nfc(cand.commission or g.commission or "") or "." * 20,
        "date_controle": g.date_controle(code),
        "membres": " ; ".join(membres) or "." * 60,
        "texte": nat.texte,
    }
    doc = Document()
    for line in m.entete:
        doc.add_paragraph(line.format_map(values))
    heading = m.titre_annexe.format_map(values) if annexe.numero else annexe.titre
    doc.add_heading(heading, level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, template in m.champs:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, template.format_map(values)
    doc.add_paragraph(m.constat.format_map(values))
    found = set(cand.motifs)
    for motif, label in nat.motifs.items():
        p = doc.add_paragraph(f"{CHECKED if motif in found else UNCHECKED}  {label[:1].upper()}{label[1:]}")
        p.paragraph_format.left_indent = Pt(18)
    doc.add_paragraph(m.conclusion.format_map(values))
    doc.add_paragraph(m.membres.format_map(values))
    doc.add_paragraph(m.signatures.format_map(values))
    buf = io.BytesIO()
    doc.save(buf)
    return annexe.numero or NEUTRAL_NUMBER, buf.getvalue()


def fill_generic(session: SessionData, candidats: list[Candidat], out_dir: Path, *, wanted: tuple[str, ...],
                 epreuve: str | None = None, date: str | None = None, membres: list[str] | None = None,
                 commission: str | None = None, refused: dict[str, str] | None = None, pdf: bool = True,
                 batch_size: int = 200, workers: int = 1, evaluations: Path | None = None) -> FillReport:
    """The fiche de contrôle of every non-conforming candidate; the other forms skipped with one line each."""
    import time

    from core.files import write_atomic
    from generators.annexes import publish_pdfs
    from pipeline.manifest import numero_problem

    g = Generic(session, date, list(membres or []), commission)
    report = FillReport()
    sigle = session.examen.sigle or session.examen.specialite or "?"
    t0 = time.perf_counter()
    taken: dict[str, str] = {}
    codes: set[str] = set()
    for cand in candidats:
        code, _ = g.epreuve(cand)
        if epreuve and code != epreuve.upper():
            continue
        codes.add(code or "?")
        why = (refused or {}).get(cand.numero) or numero_problem(cand.numero)
        if why:
            report.skipped.append(f"candidat « {cand.numero[:60]} » : aucun formulaire, ligne refusée par le "
                                  f"contrôle ({why})")
            continue
        if "controle" not in wanted or cand.statut != "non_conforme":
            continue
        base = output_stem(cand, "").casefold()
        suffix = short_hash(cand.numero) if taken.setdefault(base, cand.numero) != cand.numero else ""
        try:
            numero, data = render_fiche(g, cand)
            path = Path(out_dir) / "docx" / f"{output_stem(cand, numero, suffix)}.docx"
            write_atomic(path, data)
        except (OSError, ValueError) as exc:
            report.skipped.append(f"candidat {cand.numero} : fiche de contrôle non produite ({exc})")
            continue
        report.produced.append(Produced(cand, "controle", numero, path))
    for kind in ("grille", "fiche"):
        if kind in wanted:
            report.skipped.append(f"{modele().sans_modele[kind]} : aucun modèle pour le BTS {sigle}"
                                  + (f" (épreuve {', '.join(sorted(codes))})" if codes else "")
                                  + " — formulaire non produit, les autres le sont")
    if evaluations is not None:
        report.skipped.append(f"{Path(evaluations).name} : évaluations non reportées, aucun modèle de grille ni de "
                              f"fiche pour le BTS {sigle}")
    report.docx_seconds = time.perf_counter() - t0
    if pdf and report.produced:
        publish_pdfs(report, Path(out_dir), commission=commission, batch_size=batch_size, workers=workers)
    return report
