"""XLSX report of a batch check, in the commission's language: one row per candidate, French labels (never
codes), the final statut (the commission's decision where there is one, else the machine's), a link to each
candidate's review page, and a Synthèse sheet (statuts, decisions, motifs, à vérifier reasons, penalties).

Written by xlsxwriter in constant-memory mode, row after row: time grows linearly with the number of candidates
and memory stays flat (openpyxl's `ws.max_row` per row made 10,000 rows take 152 s; openpyxl's write-only mode
is linear but twice as slow: benchmarks/bench_report.py).
Printing: landscape, header row repeated on every page, fitted to the page width.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from pipeline.codes import CATALOGUE, MOTIFS, STATUT_LABELS, label
from pipeline.decisions import fr_moment, review_base_url, review_path
from pipeline.models import Resultat, Signature

HEADERS = [
    ("Numéro", 14),
    ("Nom", 20),
    ("Prénom", 18),
    ("Épreuve", 9),
    ("Statut", 14),
    ("Motifs", 32),
    ("À vérifier", 32),
    ("Anomalies", 80),
    ("Semaines trouvées", 11),
    ("Semaines requises", 11),
    ("Signatures", 45),
    ("Pénalités", 30),
    ("Fichiers", 45),
    ("Contrôle automatique", 14),
    ("Décision de la commission", 50),
    ("Preuve", 10),
    ("Revue", 10),
]
STATUT_COLUMN = HEADERS.index(("Statut", 14))
FILL_COLOURS = {"conforme": "C6EFCE", "non_conforme": "FFC7CE", "a_verifier": "FFEB9C"}
PIECE_LABELS = {
    "portfolio": "portfolio",
    "attestation_stage": "attestation de stage",
    "tableau_synthese": "tableau de synthèse",
    "autre": "autre pièce",
}
NATURE_LABELS = {"numerique": "signature numérique", "manuscrite": "signature manuscrite"}
_ILLEGAL = {i for i in range(32) if i not in (9, 10, 13)}
_ILLEGAL_TABLE = dict.fromkeys(_ILLEGAL)
MAX_CELL = 32_000  # Excel refuses more than 32,767 characters in a cell
MAX_LINKS = 65_530  # Excel keeps at most 65,530 hyperlinks per sheet


def _clean(text: str) -> str:
    """Control characters make openpyxl refuse the cell (they can come from a hostile manifest)."""
    text = text.translate(_ILLEGAL_TABLE)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def fr_number(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def signature_state(s: Signature) -> str:
    if s.nature == "manuscrite":
        return "signée" if s.valide else "à vérifier"
    return "valide" if s.valide else "non valide" if s.valide is False else "présente, non vérifiée"


def signatures_text(r: Resultat) -> str:
    """One line per file: its signatures, each once, with the pages where they were seen."""
    by_file: dict[str, dict[tuple[str, str | None, str], list[int]]] = {}
    for s in r.signatures:
        pages = by_file.setdefault(s.piece, {}).setdefault((s.nature, s.signataire, signature_state(s)), [])
        if s.page and s.page not in pages:
            pages.append(s.page)
    lines = []
    for piece, kinds in by_file.items():
        parts = []
        for (nature, who, state), pages in kinds.items():
            where = f" p. {', '.join(map(str, sorted(pages)))}" if pages else ""
            parts.append(f"{NATURE_LABELS.get(nature, nature)}{f' de {who}' if who else ''} {state}{where}")
        lines.append(f"{piece} : {' ; '.join(parts)}")
    return "\n".join(lines)


def penalty_text(code: str, libelle: str | None, points: float) -> str:
    return f"{libelle or label(code)} : {fr_number(points)} point{'s' if abs(points) >= 2 else ''}"


def _to_check(r: Resultat) -> list[str]:
    return list(dict.fromkeys(label(a.code) for a in r.anomalies if (a.gravite or "a_verifier") == "a_verifier"))


def decision_of(r: Resultat) -> dict[str, Any] | None:
    extra = r.model_extra or {}
    decision = extra.get("decision")
    return decision if isinstance(decision, dict) else None


def decision_text(decision: dict[str, Any] | None) -> str:
    if not decision:
        return ""
    from datetime import datetime

    try:
        when = fr_moment(datetime.fromisoformat(str(decision.get("le"))))
    except ValueError:
        when = str(decision.get("le") or "")
    text = (f"{STATUT_LABELS.get(decision.get('statut', ''), decision.get('statut', ''))} — "
            f"{decision.get('par', '')}, le {when} : {decision.get('commentaire', '')}")
    if decision.get("a_revoir"):
        text = "À REVOIR (fichiers modifiés depuis) — " + text
    return text


def machine_statut(r: Resultat) -> str:
    machine = (r.model_extra or {}).get("verdict_machine")
    statut = str(machine.get("statut") or r.statut) if isinstance(machine, dict) else r.statut
    return STATUT_LABELS.get(statut, statut)


def evidence_of(r: Resultat) -> Path | None:
    """The evidence image of the first motif or à vérifier anomaly that has one, else of a signature."""
    from pipeline.evidence import evidence_dir

    keys = [a.preuve for a in r.anomalies if a.preuve and a.gravite in ("motif", "a_verifier")]
    keys += [s.preuve for s in r.signatures if s.preuve]
    return (evidence_dir() / keys[0]).resolve() if keys else None


def row_values(r: Resultat) -> list[Any]:
    stage = r.stage
    return [
        r.numero,
        r.nom or "",
        r.prenom or "",
        r.epreuve or "",
        STATUT_LABELS.get(r.statut, r.statut),
        "\n".join(label(m) for m in r.motifs),
        "\n".join(_to_check(r)),
        "\n".join(f"• {a.message}" for a in r.anomalies),
        stage.semaines if stage and stage.semaines is not None else None,
        stage.semaines_requises if stage and stage.semaines_requises is not None else None,
        signatures_text(r),
        "\n".join(penalty_text(p.code, p.libelle, p.points) for p in r.penalites),
        "\n".join(f"{p.fichier} ({PIECE_LABELS.get(p.type, p.type)})" for p in r.pieces),
        machine_statut(r),
        decision_text(decision_of(r)),
    ]


def _setup(ws: Any, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths):
        ws.set_column(i, i, width)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # fit to the page width, as many pages as needed
    ws.repeat_rows(0)  # header row on every printed page


class _Writer:
    """xlsxwriter in constant-memory mode: each row is written to disk as soon as the next one starts."""

    def __init__(self, target: Path | BytesIO):
        import xlsxwriter

        self.wb = xlsxwriter.Workbook(target, {
            "constant_memory": True,
            "strings_to_formulas": False,  # a name like "=HYPERLINK(…)" from the manifest stays text
            "strings_to_numbers": False,
            "strings_to_urls": False,
        })
        self.bold = self.wb.add_format({"bold": True, "text_wrap": True, "valign": "vcenter"})
        self.wrap = self.wb.add_format({"text_wrap": True, "valign": "top"})
        self.link = self.wb.add_format({"font_color": "#0563C1", "underline": 1, "valign": "top"})
        self.fills = {k: self.wb.add_format({"text_wrap": True, "valign": "top", "bg_color": f"#{v}",
                                             "pattern": 1})
                      for k, v in FILL_COLOURS.items()}

    def row(self, ws: Any, i: int, values: Sequence[Any], fmt: Any = None) -> None:
        for j, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                ws.write_string(i, j, _clean(value), fmt or self.wrap)
            else:
                ws.write_number(i, j, value, fmt or self.wrap)


def _synthese(w: _Writer, resultats: Sequence[Resultat]) -> None:
    ws = w.wb.add_worksheet("Synthèse")
    _setup(ws, (52, 12, 12))
    rows: list[tuple[Sequence[Any], bool]] = []
    statuts: Counter[str] = Counter(str(r.statut) for r in resultats)
    decisions = [d for d in (decision_of(r) for r in resultats) if d]
    rows.append((("Statut final", "Candidats"), True))
    rows += [((name, statuts.get(code, 0)), False) for code, name in STATUT_LABELS.items()]
    rows.append((("dont décidés par une personne", len(decisions)), False))
    rows.append((("décisions à revoir (fichiers modifiés depuis)", sum(1 for d in decisions if d.get("a_revoir"))),
                 False))
    rows.append(((), False))
    rows.append((("Motif de non-conformité", "Candidats"), True))
    motifs: Counter[str] = Counter(str(m) for r in resultats for m in r.motifs)
    rows += [((CATALOGUE[code].label, motifs.get(code.value, 0)), False) for code in MOTIFS]
    rows.append(((), False))
    rows.append((("À vérifier : raison", "Candidats"), True))
    reasons: Counter[str] = Counter()
    for r in resultats:
        if r.statut == "a_verifier" or (decision_of(r) or {}).get("a_revoir"):
            reasons.update({a.code for a in r.anomalies if (a.gravite or "a_verifier") == "a_verifier"})
    rows += [((label(code), n), False) for code, n in reasons.most_common()] or [(("aucune", 0), False)]
    rows.append(((), False))
    rows.append((("Pénalité", "Candidats", "Points par candidat"), True))
    penalties: dict[str, tuple[str, float, set[str]]] = {}
    for r in resultats:
        for p in r.penalites:
            penalties.setdefault(p.code, (p.libelle or label(p.code), p.points, set()))[2].add(r.numero)
    rows += [((name, len(who), points), False)
             for name, points, who in sorted(penalties.values(), key=lambda v: -len(v[2]))] or [(("aucune", 0), False)]
    for i, (values, bold) in enumerate(rows):
        w.row(ws, i, values, w.bold if bold else None)


def _write(
    target: Path | BytesIO,
    resultats: Sequence[Resultat],
    *,
    title: str,
    lot: str | None,
    base_url: str | None,
) -> None:
    w = _Writer(target)
    ws = w.wb.add_worksheet(_sheet_name(title))
    _setup(ws, [width for _, width in HEADERS])
    ws.freeze_panes(1, 1)
    w.row(ws, 0, [name for name, _ in HEADERS], w.bold)
    base = (base_url or review_base_url()).rstrip("/") if lot else ""
    link_col = len(HEADERS) - 1
    proof_col = link_col - 1
    for i, r in enumerate(resultats, start=1):
        values = row_values(r)
        w.row(ws, i, values)
        ws.write_string(i, STATUT_COLUMN, values[STATUT_COLUMN], w.fills.get(r.statut, w.wrap))
        proof = evidence_of(r)
        if proof is not None:  # the picture of what decided (or left undecided) this verdict
            if i <= MAX_LINKS // 2:
                ws.write_url(i, proof_col, proof.as_uri(), w.link, "image")
            else:
                ws.write_string(i, proof_col, str(proof))
        if lot:
            url = base + review_path(lot, r.numero)
            if i <= MAX_LINKS - MAX_LINKS // 2:
                ws.write_url(i, link_col, url, w.link, "ouvrir")
            else:  # past Excel's limit of hyperlinks per sheet, the HYPERLINK function (3 × slower to write)
                ws.write_formula(i, link_col, '=HYPERLINK("{}","ouvrir")'.format(url.replace('"', '""')), w.link,
                                 "ouvrir")
    ws.autofilter(0, 0, len(resultats), len(HEADERS) - 1)
    _synthese(w, resultats)
    w.wb.close()


_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_name(title: str) -> str:
    name = " ".join(title.translate(_SHEET_FORBIDDEN).split())[:31].strip("'")
    return name or "Contrôle"


def report_bytes(
    resultats: Sequence[Resultat], *, title: str = "Contrôle", lot: str | None = None, base_url: str | None = None
) -> bytes:
    """The report as bytes; with `lot`, the last column links each candidate to its review page (`base_url`,
    default BTS_REVIEW_URL or the local `bts review`)."""
    buf = BytesIO()
    _write(buf, resultats, title=title, lot=lot, base_url=base_url)
    return buf.getvalue()


def write_report(
    path: Path,
    resultats: Sequence[Resultat],
    *,
    title: str = "Contrôle",
    lot: str | None = None,
    base_url: str | None = None,
) -> None:
    from core.files import write_atomic

    write_atomic(Path(path), report_bytes(resultats, title=title, lot=lot, base_url=base_url))
