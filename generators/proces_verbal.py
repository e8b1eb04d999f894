"""Procès-verbal of the commission's contrôle de conformité for one épreuve, ready to sign (PDF and XLSX).

Every candidate with the final statut (the commission's decision, else the machine's), the motifs, who decided
what and when, with the comment; the members, the date, and one signature box per member. Candidates still
« à vérifier » are listed as not settled and counted in a warning at the top: the commission settles them
before signing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from generators.report_xlsx import decision_of
from pipeline.codes import STATUT_LABELS, label
from pipeline.decisions import fr_moment
from pipeline.models import Resultat

TITLE = "Procès-verbal de la commission de contrôle de conformité"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class LignePV:
    numero: str
    candidat: str
    statut: str  # code
    motifs: list[str]  # labels
    decision: str  # "Mme X, le 12/05/2026 à 14:03 : commentaire" or ""
    statut_machine: str  # label
    a_revoir: bool = False

    @property
    def statut_label(self) -> str:
        base = STATUT_LABELS.get(self.statut, self.statut)
        return base + (" (non tranché)" if self.statut == "a_verifier" else "")


@dataclass
class ProcesVerbal:
    epreuve: str
    sigle: str | None = None
    session: int | None = None
    commission: str | None = None
    date: str | None = None  # ISO
    membres: list[str] = field(default_factory=list)
    lignes: list[LignePV] = field(default_factory=list)

    @property
    def comptes(self) -> Counter[str]:
        return Counter(line.statut for line in self.lignes)

    @property
    def decides(self) -> int:
        return sum(1 for line in self.lignes if line.decision)

    @property
    def sous_titre(self) -> str:
        parts = [f"BTS {self.sigle}" if self.sigle else "BTS"]
        if self.session:
            parts.append(f"session {self.session}")
        parts.append(f"épreuve {self.epreuve}")
        if self.commission:
            parts.append(f"commission {self.commission}")
        return " — ".join(parts)

    @property
    def date_fr(self) -> str:
        if not self.date:
            return "...... / ...... / ............"
        return Date.fromisoformat(self.date).strftime("%d/%m/%Y")

    def bilan(self) -> str:
        c = self.comptes
        return (f"{len(self.lignes)} candidat{'s' if len(self.lignes) > 1 else ''} : "
                f"{c.get('conforme', 0)} conforme(s), {c.get('non_conforme', 0)} non conforme(s), "
                f"{c.get('a_verifier', 0)} à vérifier ; {self.decides} décision(s) de la commission.")

    def alerte(self) -> str:
        n = self.comptes.get("a_verifier", 0)
        revoir = sum(1 for line in self.lignes if line.a_revoir)
        out = []
        if n:
            out.append(f"{n} dossier(s) restent à vérifier : la commission doit les trancher avant de signer")
        if revoir:
            out.append(f"{revoir} décision(s) à revoir : fichiers modifiés depuis la décision")
        return " ; ".join(out)

    def stem(self) -> str:
        import re

        parts = ["proces-verbal", self.sigle or "BTS", str(self.session or ""), self.epreuve]
        if self.commission:
            parts.append(f"commission-{self.commission}")
        return re.sub(r"[^\w.-]+", "-", "_".join(p for p in parts if p)).strip("-") or "proces-verbal"


def _decision_line(d: dict[str, Any] | None) -> str:
    if not d:
        return ""
    try:
        when = fr_moment(datetime.fromisoformat(str(d.get("le"))))
    except ValueError:
        when = str(d.get("le") or "")
    return f"{d.get('par', '')}, le {when} : {d.get('commentaire', '')}"


def build_pv(
    resultats: Sequence[Resultat],
    *,
    epreuve: str,
    sigle: str | None = None,
    session: int | None = None,
    commission: str | None = None,
    date: str | None = None,
    membres: Sequence[str] = (),
) -> ProcesVerbal:
    pv = ProcesVerbal(epreuve=epreuve, sigle=sigle, session=session, commission=commission, date=date,
                      membres=[m.strip() for m in membres if m.strip()])
    for r in resultats:
        d = decision_of(r)
        machine = (r.model_extra or {}).get("verdict_machine")
        m_statut = str(machine.get("statut")) if isinstance(machine, dict) else r.statut
        pv.lignes.append(LignePV(
            numero=r.numero,
            candidat=" ".join(x for x in ((r.nom or "").upper(), r.prenom or "") if x),
            statut=r.statut,
            motifs=[label(m) for m in r.motifs],
            decision=_decision_line(d),
            statut_machine=STATUT_LABELS.get(m_statut, m_statut),
            a_revoir=bool(d and d.get("a_revoir")),
        ))
    return pv


# --- PDF ------------------------------------------------------------------------------------------------------------


def _fonts() -> tuple[str, str]:
    """DejaVu (every French character, « œ » included) when installed, else the PDF base font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
        return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def pv_pdf(pv: ProcesVerbal) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = _fonts()
    body = ParagraphStyle("corps", fontName=regular, fontSize=9, leading=11)
    cell = ParagraphStyle("cellule", fontName=regular, fontSize=8, leading=10)
    head = ParagraphStyle("entete", fontName=bold, fontSize=8, leading=10)
    title = ParagraphStyle("titre", fontName=bold, fontSize=14, leading=18, spaceAfter=4)
    warn = ParagraphStyle("alerte", parent=body, textColor=colors.HexColor("#9C0006"), fontName=bold)

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    buf = BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm, title=TITLE, author="BTS Pipeline",
                            subject=pv.sous_titre)
    story: list[Any] = [p(TITLE, title), p(pv.sous_titre, body),
                        p(f"Réunie le {pv.date_fr}. Membres : {' ; '.join(pv.membres) or '.' * 80}", body),
                        Spacer(1, 4), p(pv.bilan(), body)]
    if pv.alerte():
        story.append(p(f"Attention : {pv.alerte()}.", warn))
    story.append(Spacer(1, 8))
    widths = [2.6 * cm, 4.6 * cm, 2.8 * cm, 4.4 * cm, 9.6 * cm, 2.6 * cm]
    rows: list[list[Any]] = [[p(h, head) for h in ("Numéro", "Candidat", "Statut final", "Motifs",
                                                     "Décision de la commission", "Contrôle automatique")]]
    for line in pv.lignes:
        decision = line.decision + (" — À REVOIR : fichiers modifiés depuis" if line.a_revoir else "")
        rows.append([p(line.numero), p(line.candidat), p(line.statut_label), p("\n".join(line.motifs)),
                     p(decision or "—"), p(line.statut_machine)])
    table = Table(rows, colWidths=widths, repeatRows=1)
    fills = {"conforme": "#C6EFCE", "non_conforme": "#FFC7CE", "a_verifier": "#FFEB9C"}
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, line in enumerate(pv.lignes, start=1):
        style.append(("BACKGROUND", (2, i), (2, i), colors.HexColor(fills.get(line.statut, "#FFFFFF"))))
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 14)]
    signatures: list[Any] = [p(f"Fait à ...................................., le {pv.date_fr}", body), Spacer(1, 6)]
    members = pv.membres or ["", ""]
    sign_rows = [[p(m or "Nom : ..........................................", body), p("Signature :", body)]
                 for m in members]
    sign = Table(sign_rows, colWidths=[9 * cm, 9 * cm], rowHeights=[1.8 * cm] * len(sign_rows))
    sign.setStyle(TableStyle([("BOX", (1, 0), (1, -1), 0.4, colors.grey),
                              ("INNERGRID", (1, 0), (1, -1), 0.4, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    signatures.append(sign)
    story.append(KeepTogether(signatures))

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.drawRightString(landscape(A4)[0] - 1.5 * cm, 0.8 * cm, f"{pv.sous_titre} — page {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


# --- XLSX -----------------------------------------------------------------------------------------------------------


def pv_xlsx(pv: ProcesVerbal) -> bytes:
    import xlsxwriter

    from generators.report_xlsx import FILL_COLOURS, _clean

    buf = BytesIO()
    wb = xlsxwriter.Workbook(buf, {"strings_to_formulas": False, "strings_to_numbers": False,
                                   "strings_to_urls": False})
    ws = wb.add_worksheet("Procès-verbal")
    bold = wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "border": 1, "bg_color": "#DDDDDD"})
    big = wb.add_format({"bold": True, "font_size": 14})
    warn = wb.add_format({"bold": True, "font_color": "#9C0006"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    fills = {k: wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": f"#{v}"})
             for k, v in FILL_COLOURS.items()}
    for i, width in enumerate((14, 28, 16, 30, 60, 16)):
        ws.set_column(i, i, width)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.write_string(0, 0, TITLE, big)
    ws.write_string(1, 0, _clean(pv.sous_titre))
    ws.write_string(2, 0, _clean(f"Réunie le {pv.date_fr}. Membres : {' ; '.join(pv.membres) or '.' * 60}"))
    ws.write_string(3, 0, pv.bilan())
    if pv.alerte():
        ws.write_string(4, 0, f"Attention : {pv.alerte()}.", warn)
    top = 6
    for j, h in enumerate(("Numéro", "Candidat", "Statut final", "Motifs", "Décision de la commission",
                           "Contrôle automatique")):
        ws.write_string(top, j, h, bold)
    ws.repeat_rows(top)
    for i, line in enumerate(pv.lignes, start=top + 1):
        decision = line.decision + (" — À REVOIR : fichiers modifiés depuis" if line.a_revoir else "")
        values = [line.numero, line.candidat, line.statut_label, "\n".join(line.motifs), decision or "—",
                  line.statut_machine]
        for j, value in enumerate(values):
            ws.write_string(i, j, _clean(value), fills.get(line.statut, wrap) if j == 2 else wrap)
    row = top + len(pv.lignes) + 2
    ws.write_string(row, 0, f"Fait à ...................................., le {pv.date_fr}")
    for k, member in enumerate(pv.membres or ["Nom : ....................", "Nom : ...................."]):
        ws.write_string(row + 2 + 2 * k, 0, _clean(member))
        ws.write_string(row + 2 + 2 * k, 2, "Signature :")
        ws.set_row(row + 2 + 2 * k, 40)
    wb.close()
    return buf.getvalue()


def write_pv(pv: ProcesVerbal, out_dir: Path) -> tuple[Path, Path]:
    """PDF and XLSX side by side in out_dir (owner-only files)."""
    from core.files import write_atomic

    out_dir = Path(out_dir)
    pdf, xlsx = out_dir / f"{pv.stem()}.pdf", out_dir / f"{pv.stem()}.xlsx"
    write_atomic(pdf, pv_pdf(pv))
    write_atomic(xlsx, pv_xlsx(pv))
    return pdf, xlsx
