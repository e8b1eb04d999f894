"""XLSX report of a batch check: one row per candidate, filterable, statut coloured, French headers."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from pipeline.models import Resultat
from pipeline.summary import MOTIFS, STATUTS

HEADERS = [
    ("Numéro", 14),
    ("Nom", 20),
    ("Prénom", 18),
    ("Épreuve", 9),
    ("Statut", 14),
    ("Motifs", 32),
    ("Anomalies", 80),
    ("Semaines trouvées", 11),
    ("Semaines requises", 11),
    ("Signatures", 45),
    ("Pénalités", 22),
    ("Fichiers", 45),
]
FILLS = {
    "conforme": PatternFill("solid", fgColor="C6EFCE"),
    "non_conforme": PatternFill("solid", fgColor="FFC7CE"),
    "a_verifier": PatternFill("solid", fgColor="FFEB9C"),
}
STATUT_LABELS = {"conforme": "conforme", "non_conforme": "non conforme", "a_verifier": "à vérifier"}
_ILLEGAL = {i for i in range(32) if i not in (9, 10, 13)}


MAX_CELL = 32_000  # Excel refuses more than 32,767 characters in a cell


def _clean(text: str) -> str:
    """Control characters make openpyxl refuse the cell (they can come from a hostile manifest)."""
    text = "".join(c for c in text if ord(c) not in _ILLEGAL)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _signatures(r: Resultat) -> str:
    out = []
    for s in r.signatures:
        state = "valide" if s.valide else "non valide" if s.valide is False else "signé, non vérifié"
        if s.nature == "manuscrite":
            state = "signée" if s.valide else "indéterminée"
        who = f" ({s.signataire})" if s.signataire else ""
        out.append(f"{s.piece}{f' p.{s.page}' if s.page else ''} : {s.nature}{who}, {state}")
    return "\n".join(out)


def _row(r: Resultat) -> list[object]:
    stage = r.stage
    return [
        r.numero,
        r.nom or "",
        r.prenom or "",
        r.epreuve or "",
        STATUT_LABELS.get(r.statut, r.statut),
        "\n".join(MOTIFS.get(m, m) for m in r.motifs),
        "\n".join(f"• {a.message}" for a in r.anomalies),
        stage.semaines if stage and stage.semaines is not None else None,
        stage.semaines_requises if stage and stage.semaines_requises is not None else None,
        _signatures(r),
        "\n".join(f"{p.code} : {p.points:g} pts" for p in r.penalites),
        "\n".join(f"{p.fichier} ({p.type})" for p in r.pieces),
    ]


def build_workbook(resultats: Sequence[Resultat], *, title: str = "Contrôle") -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append([h for h, _ in HEADERS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    wrap = Alignment(wrap_text=True, vertical="top")
    for r in resultats:
        ws.append([_clean(v) if isinstance(v, str) else v for v in _row(r)])
        line = ws.max_row
        for cell in ws[line]:
            cell.alignment = wrap
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                cell.data_type = (
                    "s"  # a name like "=HYPERLINK(…)" from the manifest stays text, never a formula
                )
        ws.cell(line, 5).fill = FILLS.get(r.statut, PatternFill())
    for i, (_, width) in enumerate(HEADERS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(1, ws.max_row)}"
    counts = wb.create_sheet("Synthèse")
    counts.append(["Statut", "Candidats"])
    for s, label in STATUTS.items():
        counts.append([label, sum(1 for r in resultats if r.statut == s)])
    counts.append([])
    counts.append(["Motif", "Candidats"])
    for m, label in MOTIFS.items():
        counts.append([label, sum(1 for r in resultats if m in r.motifs)])
    for row in (1, 6):
        for cell in counts[row]:
            cell.font = Font(bold=True)
    counts.column_dimensions["A"].width = 32
    return wb


def report_bytes(resultats: Sequence[Resultat], *, title: str = "Contrôle") -> bytes:
    buf = BytesIO()
    build_workbook(resultats, title=title).save(buf)
    return buf.getvalue()


def write_report(path: Path, resultats: Sequence[Resultat], *, title: str = "Contrôle") -> None:
    from core.files import write_atomic

    write_atomic(Path(path), report_bytes(resultats, title=title))
