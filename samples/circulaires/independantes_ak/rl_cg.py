"""reportlab drawing of the Montpellier CG circular (imported by build.py)."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)

import textes_cg as T

FD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

BODY = ParagraphStyle("b", fontName="LS", fontSize=9.8, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=5)
SMALL = ParagraphStyle("s", fontName="LS", fontSize=8.4, leading=10.2)
SMALLB = ParagraphStyle("sb", parent=SMALL, fontName="LSB")
H = ParagraphStyle("h", fontName="LSB", fontSize=10.8, leading=14, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#7A1F3D"))
TITLE = ParagraphStyle("t", fontName="LSB", fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=10)


def _footer(c, doc):
    c.saveState(); c.setFont("LS", 7.5)
    w, h = c._pagesize
    c.drawCentredString(w / 2, 1.0 * cm, f"{T.PIED} – page {doc.page}")
    c.setStrokeColor(colors.HexColor("#7A1F3D")); c.setLineWidth(2); c.line(1.8 * cm, h - 1.2 * cm, 4.5 * cm, h - 1.2 * cm)
    c.restoreState()


def _first(c, doc):
    _footer(c, doc)
    c.saveState(); w, h = A4
    c.setFillColor(colors.HexColor("#7A1F3D")); c.rect(1.8 * cm, h - 3.2 * cm, 0.25 * cm, 1.8 * cm, fill=1, stroke=0)
    y = h - 1.8 * cm
    for i, line in enumerate(T.EN_TETE):
        c.setFont("LSB" if i == 0 else "LS", 9 if i == 0 else 7.8); c.setFillColor(colors.black)
        c.drawString(2.3 * cm, y, line); y -= 0.38 * cm
    c.restoreState()


def _cal_table():
    data = [[Paragraph(h, SMALLB) for h in T.CAL_HEADER]]
    for row in T.CAL:
        data.append([Paragraph(v, SMALL) for v in row])
    t = Table(data, colWidths=[3.0 * cm, 2.1 * cm, 4.6 * cm, 1.2 * cm, 6.1 * cm], repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCE3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def _centres():
    data = [[Paragraph(h, SMALLB) for h in ("Centre", "Adresse", "Ville", "Départements et épreuves")]]
    data += [[Paragraph(v, SMALL) for v in r] for r in T.CENTRES]
    t = Table(data, colWidths=[3.6 * cm, 4.6 * cm, 2.6 * cm, 6.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCE3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _grille():
    hdr = ["Critères et indicateurs", "Très insuffisant", "Insuffisant", "Satisfaisant", "Très satisfaisant", "Commentaires"]
    data = [[Paragraph(h, SMALLB) for h in hdr]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCE3")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for crit, inds in T.GRILLE_E6:
        style += [("SPAN", (0, len(data)), (-1, len(data))), ("BACKGROUND", (0, len(data)), (-1, len(data)), colors.HexColor("#EEEEEE"))]
        data.append([Paragraph(crit, SMALLB), "", "", "", "", ""])
        for ind in inds:
            data.append([Paragraph(ind, SMALL), "", "", "", "", ""])
    t = Table(data, colWidths=[8.5 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm, 6.5 * cm], rowHeights=[None] + [0.72 * cm] * (len(data) - 1))
    t.setStyle(TableStyle(style))
    return t


def build(path, spacer_cm=0.0):
    doc = BaseDocTemplate(path, pagesize=A4, title="BTS CG session 2026 – académie de Montpellier", author="Rectorat de Montpellier – DEC 5")
    fp = Frame(1.8 * cm, 1.6 * cm, A4[0] - 3.6 * cm, A4[1] - 3.2 * cm, id="p")
    fl = Frame(1.6 * cm, 1.6 * cm, A4[1] - 3.2 * cm, A4[0] - 3.0 * cm, id="l")
    doc.addPageTemplates([PageTemplate("first", [fp], onPage=_first), PageTemplate("portrait", [fp], onPage=_footer),
                          PageTemplate("paysage", [fl], onPage=_footer, pagesize=landscape(A4))])
    s = [NextPageTemplate("portrait"), Spacer(1, 3.3 * cm)]
    s.append(Paragraph(T.LIEU_DATE, ParagraphStyle("r", parent=BODY, alignment=2)))
    s.append(Paragraph("<br/>".join(T.DEST), ParagraphStyle("d", parent=BODY, leftIndent=9 * cm, alignment=0)))
    s.append(Paragraph("<b>" + T.OBJET + "</b>", BODY))
    s.append(Paragraph("<i>" + T.REFS + "</i>", ParagraphStyle("ref", parent=BODY, fontSize=8.6, leading=10.5)))
    for b in T.SECTIONS_AVANT:
        if b[0] == "h":
            s.append(Paragraph(b[1], H))
        elif b[0] == "centres":
            s.append(_centres()); s.append(Spacer(1, 6))
        else:
            s.append(Paragraph(b[1], BODY))
    if spacer_cm:
        s.append(Spacer(1, spacer_cm * cm))
    s.append(_cal_table())
    s.append(Spacer(1, 6))
    for b in T.SECTIONS_APRES:
        if b[0] == "h":
            s.append(Paragraph(b[1], H))
        elif b[0] == "sig":
            s.append(Spacer(1, 10))
            s.append(Paragraph("<br/>".join(T.SIGNATURE), ParagraphStyle("sig", parent=BODY, leftIndent=9.5 * cm, alignment=0)))
        else:
            s.append(Paragraph(b[1], BODY))
    s += [NextPageTemplate("paysage"), PageBreak(),
          Paragraph("ANNEXE 1 – Grille d'aide à l'évaluation de l'épreuve E6 (forme ponctuelle) – session 2026", TITLE),
          Paragraph("Candidat : ........................................   N° : ..............   Centre : ..............................   "
                    "Date de l'interrogation : ..... / ..... / 20.....", BODY),
          _grille(), Spacer(1, 8),
          Paragraph("Note proposée : ........ / 20        Noms et signatures des membres de la commission : "
                    "...........................................................", BODY),
          NextPageTemplate("portrait"), PageBreak(),
          Paragraph("ANNEXE 2 – Fiche de contrôle de conformité du dossier E6", TITLE)]
    box = Table([[Paragraph("<br/><br/>".join(T.CONFORMITE), ParagraphStyle("f", parent=BODY, fontSize=10, leading=13))]],
                colWidths=[17 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 10),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    s.append(box)
    doc.build(s)
