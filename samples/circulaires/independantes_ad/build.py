#!/usr/bin/env python3
"""Construit le corpus independantes_ad à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Produit 11 fichiers : 2 DOCX, 1 HTML, 1 ODT, 5 PDF (4 LibreOffice + 1 reportlab), 2 PDF scannés (image seule).
"""
import html
import io
import os
import random
import shutil
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_aix
import textes_grenoble
import textes_national
import textes_paris
import textes_reunion

ICI = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="ad_build_")
PROFIL = "file:///tmp/lo_independantes_ad"


# ---------------------------------------------------------------- outils Word
def champ_page(paragraphe):
    run = paragraphe.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._r.append(el)


def texte_cellule(cellule, texte, gras=False, taille=9):
    cellule.text = ""
    p = cellule.paragraphs[0]
    for i, ligne in enumerate(texte.split("\n")):
        run = p.add_run(ligne)
        run.bold = gras and i == 0
        run.font.size = Pt(taille)
        if i < len(texte.split("\n")) - 1:
            run.add_break()


def ombre(cellule, couleur="D9D9D9"):
    tcpr = cellule._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), couleur)
    tcpr.append(shd)


def repeter_entete(ligne):
    trpr = ligne._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def colonnes(section, n):
    sectpr = section._sectPr
    cols = sectpr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectpr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")


def para(doc, texte, gras=False, taille=10, align=None, avant=0, apres=4):
    p = doc.add_paragraph()
    for i, ligne in enumerate(texte.split("\n")):
        r = p.add_run(ligne)
        r.bold = gras
        r.font.size = Pt(taille)
        if i < len(texte.split("\n")) - 1:
            r.add_break()
    if align:
        p.alignment = align
    p.paragraph_format.space_before = Pt(avant)
    p.paragraph_format.space_after = Pt(apres)
    return p


def style_base(doc, police="Liberation Sans"):
    st = doc.styles["Normal"]
    st.font.name = police
    st.font.size = Pt(10)


def soffice(fichiers, cible, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={PROFIL}", "--convert-to", cible,
                    "--outdir", outdir] + fichiers, check=True, capture_output=True, timeout=300)


# ---------------------------------------------------------------- 1. Grenoble (DOCX)
def grenoble():
    T = textes_grenoble
    doc = Document()
    style_base(doc)
    s0 = doc.sections[0]
    s0.page_height, s0.page_width = Cm(29.7), Cm(21)
    s0.left_margin = s0.right_margin = Cm(2)
    # page de couverture seule : titre centré, rien d'autre
    for _ in range(6):
        doc.add_paragraph()
    for texte, taille, gras in T.COUVERTURE:
        para(doc, texte, gras=gras, taille=taille, align=WD_ALIGN_PARAGRAPH.CENTER, apres=6)
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.header.is_linked_to_previous = False
    s1.footer.is_linked_to_previous = False
    h = s1.header.paragraphs[0]
    h.text = T.EN_TETE
    h.runs[0].font.size = Pt(8)
    f = s1.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f.add_run("page ").font.size = Pt(8)
    champ_page(f)
    # en-tête de lettre : tableau sans bordure 2 colonnes
    t = doc.add_table(rows=1, cols=2)
    texte_cellule(t.cell(0, 0), T.LETTRE[0], gras=True)
    texte_cellule(t.cell(0, 1), T.LIEU_DATE + "\n\n" + T.DESTINATAIRES)
    p = para(doc, T.LETTRE[1], taille=8, avant=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11))
    para(doc, T.OBJET, gras=True, avant=6)
    para(doc, T.REFERENCES, taille=9)
    para(doc, T.INTRO)
    para(doc, T.TITRE_ECRITS, gras=True, taille=12, avant=8)
    # tableau : jours en colonnes, créneaux en lignes
    tab = doc.add_table(rows=3, cols=4)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, jour in enumerate(T.JOURS):
        texte_cellule(tab.cell(0, j + 1), jour, gras=True, taille=10)
        ombre(tab.cell(0, j + 1))
    for i, cr in enumerate(T.CRENEAUX):
        texte_cellule(tab.cell(i + 1, 0), cr, gras=True)
        ombre(tab.cell(i + 1, 0), "EDEDED")
    fusion = tab.cell(1, 2).merge(tab.cell(2, 2))
    for (i, j), texte in T.CELLULES.items():
        cel = fusion if j == 1 else tab.cell(i + 1, j + 1)
        texte_cellule(cel, texte, gras=True)
    tab.autofit = False
    for row in tab.rows:
        for j, w in enumerate([2.2, 4.9, 5.0, 4.9]):
            row.cells[j].width = Cm(w)
    for n in T.NOTES_ECRITS:
        doc.add_paragraph(n, style="List Bullet").runs[0].font.size = Pt(9)
    para(doc, T.TITRE_ORAUX, gras=True, taille=12, avant=8)
    for titre, texte in T.ORAUX:
        if titre:
            para(doc, titre, gras=True, avant=4, apres=1)
        para(doc, texte)
    para(doc, T.TITRE_SUITE, gras=True, taille=12, avant=8)
    for texte in T.SUITE:
        para(doc, texte)
    para(doc, T.TITRE_CENTRES, gras=True, taille=12, avant=8)
    tc = doc.add_table(rows=1, cols=4)
    tc.style = "Table Grid"
    for j, e in enumerate(["Centre", "Adresse", "Code postal et ville", "Épreuves"]):
        texte_cellule(tc.cell(0, j), e, gras=True)
        ombre(tc.cell(0, j))
    for ligne in T.CENTRES:
        cells = tc.add_row().cells
        for j, v in enumerate(ligne):
            texte_cellule(cells[j], v)
    para(doc, T.TITRE_FORMATION, gras=True, taille=9, avant=6)
    for e in T.FORMATION:
        doc.add_paragraph(e, style="List Bullet").runs[0].font.size = Pt(9)
    para(doc, T.SIGNATURE, align=WD_ALIGN_PARAGRAPH.RIGHT, avant=10)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    for i, l in enumerate(T.ACCUSE):
        q = para(doc, l, gras=(i == 0), avant=10)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(9))
    out = os.path.join(ICI, "circulaire_en_2027_grenoble.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- 5. note nationale (DOCX)
def national():
    T = textes_national
    doc = Document()
    style_base(doc, "Liberation Serif")
    s0 = doc.sections[0]
    s0.page_height, s0.page_width = Cm(29.7), Cm(21)
    s0.left_margin = s0.right_margin = Cm(2.2)
    hp = s0.header.paragraphs[0]
    hp.text = T.EN_TETE
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    for r in hp.runs:
        r.font.size = Pt(7.5)
    fp = s0.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    champ_page(fp)
    para(doc, T.EMETTEUR, taille=9)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, avant=6)
    para(doc, T.DESTINATAIRES, align=WD_ALIGN_PARAGRAPH.RIGHT, taille=9)
    para(doc, T.OBJET, gras=True, avant=8)
    para(doc, T.REFERENCES, taille=9)
    para(doc, T.INTRO)
    para(doc, T.TITRE_ECRITS, gras=True, taille=11, avant=8)
    # calendrier en lignes à points de conduite (taquets de tabulation)
    for code, intitule, date, horaire in T.ECRITS:
        p = doc.add_paragraph()
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Cm(10.5), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        ts.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        r = p.add_run(code + "  ")
        r.bold = True
        p.add_run(intitule + "\t" + date + "\t" + horaire)
        p.paragraph_format.space_after = Pt(3)
    para(doc, T.NOTE_ECRITS, taille=9, avant=4)
    # section paysage : tableau des modalités
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21)
    para(doc, T.TITRE_TABLEAU, gras=True, taille=11)
    tab = doc.add_table(rows=1, cols=len(T.ENTETES))
    tab.style = "Table Grid"
    for j, e in enumerate(T.ENTETES):
        texte_cellule(tab.cell(0, j), e, gras=True)
        ombre(tab.cell(0, j))
    repeter_entete(tab.rows[0])
    for ligne in T.LIGNES:
        cells = tab.add_row().cells
        for j, v in enumerate(ligne):
            texte_cellule(cells[j], v, gras=(j == 0))
        if ligne[0] in ("E3", "E5"):
            for c in cells:
                ombre(c, "F2F2F2")
    largeurs = [1.6, 6.5, 3, 2, 1.6, 10.5]
    tab.autofit = False
    for j, w in enumerate(largeurs):
        tab.columns[j].width = Cm(w)
    for row in tab.rows:
        for j, w in enumerate(largeurs):
            row.cells[j].width = Cm(w)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21), Cm(29.7)
    para(doc, T.TITRE_ORAUX, gras=True, taille=11)
    for texte in T.ORAUX:
        doc.add_paragraph(texte, style="List Number")
    para(doc, T.SIGNATURE, align=WD_ALIGN_PARAGRAPH.RIGHT, avant=12)
    out = os.path.join(ICI, "note_nationale_pp_2026.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- 4. La Réunion (DOCX -> ODT)
def reunion():
    T = textes_reunion
    doc = Document()
    style_base(doc, "DejaVu Sans")
    doc.styles["Normal"].font.size = Pt(9.5)
    s0 = doc.sections[0]
    s0.page_height, s0.page_width = Cm(29.7), Cm(21)
    s0.left_margin = s0.right_margin = Cm(1.8)
    hp = s0.header.paragraphs[0]
    hp.text = T.EN_TETE
    hp.runs[0].font.size = Pt(7)
    para(doc, T.EMETTEUR, gras=True, taille=9)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, T.OBJET, gras=True, avant=6)
    # encadré « à retenir » : tableau 1 cellule ombré
    enc = doc.add_table(rows=1, cols=1)
    enc.style = "Table Grid"
    texte_cellule(enc.cell(0, 0), T.AVERTISSEMENT, taille=9.5)
    ombre(enc.cell(0, 0), "FFF2CC")
    para(doc, T.TITRE_ECRITS, gras=True, taille=11, avant=8)
    tab = doc.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for j, e in enumerate(T.ENTETES):
        texte_cellule(tab.cell(0, j), e, gras=True)
        ombre(tab.cell(0, j), "DDEBF7")
    for ligne in T.ECRITS:
        cells = tab.add_row().cells
        for j, v in enumerate(ligne):
            texte_cellule(cells[j], v, gras=(j == 0), taille=9.5)
    for row in tab.rows:
        for j, w in enumerate([2.4, 8.6, 4.2, 2.2]):
            row.cells[j].width = Cm(w)
    para(doc, T.NOTE_ECRITS, taille=8.5, avant=3)
    for titre, lignes in ((T.TITRE_ORAUX, T.ORAUX), (T.TITRE_DOSSIERS, T.DOSSIERS), (T.TITRE_FIN, T.FIN)):
        para(doc, titre, gras=True, taille=11, avant=8)
        for l in lignes:
            doc.add_paragraph(l, style="List Bullet")
    para(doc, T.SIGNATURE, align=WD_ALIGN_PARAGRAPH.RIGHT, avant=8)
    # centres sur deux colonnes (section à colonnes)
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    para(doc, T.TITRE_CENTRES, gras=True, taille=11)
    s2 = doc.add_section(WD_SECTION.CONTINUOUS)
    colonnes(s2, 2)
    for c in T.CENTRES:
        para(doc, c, apres=10)
    para(doc, T.TITRE_FORMATION, gras=True, taille=9)
    for f in T.FORMATION:
        para(doc, f, taille=9, apres=2)
    src = os.path.join(TMP, "circulaire_gpme_2026_la-reunion.docx")
    doc.save(src)
    return src


# ---------------------------------------------------------------- 2. Paris (HTML)
def paris():
    T = textes_paris
    e = html.escape
    def liste(items):
        out = ["<ul class='ep'>"]
        for ep, date, heures in items:
            out.append(f"<li><strong>{e(ep)}</strong><ul><li>{e(date)}<ul>")
            out += [f"<li>{e(h)}</li>" for h in heures]
            out.append("</ul></li></ul></li>")
        out.append("</ul>")
        return "\n".join(out)
    centres = []
    for dep, lignes in T.CENTRES:
        centres.append(f"<h3>{e(dep)}</h3>")
        if not lignes:
            centres.append(f"<p><em>{e(T.SANS_CENTRE)}</em></p>")
            continue
        centres.append("<table border='1' cellspacing='0' cellpadding='4'><tr><th>Établissement</th><th>Adresse</th>"
                       "<th>Téléphone</th><th>Mél</th></tr>")
        for nom, adr, tel, mel in lignes:
            centres.append(f"<tr><td>{e(nom)}</td><td>{e(adr)}</td><td>{e(tel)}</td>"
                           f"<td><a href='mailto:{mel}'>{e(mel)}</a></td></tr>")
        centres.append("</table>")
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>BTS Édition — session 2026 — académie de Paris</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11pt;margin:2em}}
.entete{{font-family:'Liberation Sans',sans-serif;font-size:9pt;color:#1f3864}}
h2{{font-size:12pt;border-bottom:1px solid #1f3864}} ul.ep>li{{margin-top:4pt}}</style></head>
<body>
<div class="entete">{'<br>'.join(e(l) for l in T.EN_TETE)}</div>
<p style="text-align:right">{e(T.LIEU_DATE)}</p>
<p><strong>Objet :</strong> {e(T.OBJET)}</p>
<p><strong>Références :</strong> {e(T.REFERENCES)}</p>
<p>{e(T.INTRO)}</p>
<h2>ÉPREUVES ÉCRITES</h2>
{liste(T.ECRITS)}
<h2>ÉPREUVES PRATIQUES ET ORALES</h2>
{liste(T.ORAUX)}
<h2>DOSSIERS, RÉUNIONS, JURY ET RÉSULTATS</h2>
{''.join(f'<p>{e(a)}</p>' for a in T.AUTRES)}
<p style="text-align:right">{'<br>'.join(e(s) for s in T.SIGNATURE)}</p>
<h2>ANNEXE — CENTRES D'ÉPREUVES PAR DÉPARTEMENT</h2>
{''.join(centres)}
<h3>Établissements de formation (pour information)</h3>
<ul>{''.join(f'<li>{e(f)}</li>' for f in T.FORMATION)}</ul>
</body></html>
"""
    out = os.path.join(ICI, "circulaire_edition_2026_paris.html")
    open(out, "w", encoding="utf-8").write(page)
    return out


# ---------------------------------------------------------------- 3. Aix-Marseille (reportlab)
def aix():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    T = textes_aix
    pdfmetrics.registerFont(TTFont("Mono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))
    pdfmetrics.registerFont(TTFont("MonoB", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"))
    from reportlab.pdfgen import canvas
    out = os.path.join(ICI, "circulaire_ci_2028_aix-marseille.pdf")
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("BTS CI 2028 - organisation")
    W, H = A4
    etat = {"y": H - 60, "page": 1}
    ESP = 0.9  # interlettrage large, ligne par ligne

    def pied():
        c.setFont("Mono", 7)
        c.drawRightString(W - 50, 30, f"DIEC 4 - BTS CI 2028 - page {etat['page']}")

    def saut():
        pied()
        c.showPage()
        etat["page"] += 1
        etat["y"] = H - 60

    def ligne(txt, font="Mono", size=8.5, dy=13, x=55, esp=ESP):
        if etat["y"] < 70:
            saut()
        t = c.beginText(x, etat["y"])
        t.setFont(font, size)
        t.setCharSpace(esp)
        t.textLine(txt)
        t.setCharSpace(0)  # Tc persiste dans l'état graphique : on le remet à zéro pour les tableaux
        c.drawText(t)
        etat["y"] -= dy

    for i, l in enumerate(T.EN_TETE):
        ligne(l, "MonoB" if i == 0 else "Mono", 9 if i == 0 else 8, 11, esp=0.3)
    etat["y"] -= 6
    ligne(T.LIEU_DATE, x=330)
    etat["y"] -= 8
    ligne(T.OBJET, "MonoB", 8.5)
    coupe = T.REFERENCES.rfind(" ", 0, 95)
    for morceau in (T.REFERENCES[:coupe], T.REFERENCES[coupe + 1:]):
        ligne(morceau, size=7.5, esp=0.5)
    etat["y"] -= 6
    for l in T.INTRO:
        ligne(l, size=8, esp=0.4)
    etat["y"] -= 10
    ligne(T.TITRE_CAL, "MonoB", 9.5, 18)

    # tableau coupé sur deux pages, ligne d'en-tête répétée
    data = [T.ENTETES] + [list(r) for r in T.LIGNES]
    style = TableStyle([("FONT", (0, 0), (-1, -1), "Mono", 8), ("FONT", (0, 0), (-1, 0), "MonoB", 8),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D0D7E5")),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    largeurs = [45, 240, 115, 70, 40]
    # on place la moitié des lignes en bas de la page 1 (remplissage par un paragraphe)
    for l in ["Les candidats se présentent munis de leur convocation et d'une pièce d'identité",
              "en cours de validité. Aucun candidat n'est admis en salle après la première heure.",
              "Les téléphones portables sont éteints et rangés dans les sacs, au fond de la salle.",
              "Les calculatrices sont autorisées dans les conditions fixées par la réglementation.",
              "Le tableau ci-dessous récapitule les épreuves, dans l'ordre chronologique.",
              "Les épreuves E4 et EF1 ne concernent que les candidats dûment inscrits.",
              "Toute absence doit être justifiée auprès de la DIEC dans les 48 heures.",
              "Les chefs de centre veilleront à l'affichage du présent calendrier.",
              "Les horaires sont ceux de la métropole (heure légale française).",
              "Les sujets de secours sont conservés au coffre du centre d'épreuves.",
              "Les surveillants sont désignés par le chef de centre parmi les personnels de",
              "l'établissement ; ils ne peuvent surveiller une épreuve relevant de leur discipline.",
              "Les copies sont remises au chef de centre à l'issue de chaque épreuve, classées",
              "par ordre croissant des numéros de candidat, avec le procès-verbal de déroulement.",
              "Les incidents sont signalés sans délai à la cellule de veille de la DIEC par",
              "téléphone, puis confirmés par écrit le jour même.",
              "Les candidats en situation de handicap bénéficient des aménagements notifiés.",
              "Les centres veillent à l'accessibilité des salles et à la présence d'un secrétaire."]:
        ligne(l, size=8, esp=0.4)
    etat["y"] -= 90
    cellule = ParagraphStyle("c", fontName="Mono", fontSize=8, leading=9.5)
    data = [data[0]] + [[Paragraph(html.escape(v), cellule) for v in r] for r in data[1:]]
    tb = Table(data, colWidths=largeurs, repeatRows=1)
    tb.setStyle(style)
    morceaux = tb.split(W, etat["y"] - 60)
    for k, m in enumerate(morceaux):
        w, h = m.wrapOn(c, W, H)
        if k:
            saut()
            ligne("I. CALENDRIER DES ÉPREUVES PONCTUELLES (suite)", "MonoB", 9, 16)
        m.drawOn(c, 55, etat["y"] - h)
        etat["y"] -= h + 16
    ligne(T.NOTE_TABLEAU, size=7.5, esp=0.3)
    etat["y"] -= 6
    for l in T.ORAUX:
        ligne(l, size=8, esp=0.3)
    for titre, lignes in ((T.TITRE_E6, T.E6), (T.TITRE_FIN, T.FIN)):
        etat["y"] -= 10
        ligne(titre, "MonoB", 9.5, 16)
        for l in lignes:
            ligne(l, size=8, esp=0.3)
    etat["y"] -= 10
    ligne(T.TITRE_CENTRES, "MonoB", 9.5, 16)
    pc = ParagraphStyle("p", fontName="Mono", fontSize=7, leading=8.5)
    tb = Table([["Centre", "Adresse", "Ville", "Épreuves"]] +
               [[Paragraph(html.escape(v), pc) for v in r] for r in T.CENTRES], colWidths=[100, 150, 130, 125])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Mono", 6.8), ("FONT", (0, 0), (-1, 0), "MonoB", 7),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    w, h = tb.wrapOn(c, W, H)
    tb.drawOn(c, 45, etat["y"] - h)
    etat["y"] -= h + 20
    for l in T.SIGNATURE:
        ligne(l, x=320, size=8)
    pied()
    c.save()
    return out


# ---------------------------------------------------------------- scans
def scan_a_plat(pdf, sortie):
    """Scanner à plat : 200 dpi, gris, rotation légère, bruit ; page 2 rognée sur le bord droit."""
    base = os.path.join(TMP, "plat")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", pdf, base], check=True)
    rnd = np.random.default_rng(7)
    pages = []
    for i, nom in enumerate(sorted(f for f in os.listdir(TMP) if f.startswith("plat"))):
        im = Image.open(os.path.join(TMP, nom)).convert("L")
        im = im.rotate([0.6, -0.9, 0.4, -0.5][i % 4], resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im, dtype=np.float32)
        a = a * 0.93 + 12 + rnd.normal(0, 6, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        if i == 1:  # page 2 légèrement rognée à droite
            w, h = im.size
            im = im.crop((0, 0, int(w * 0.975), h))
            fond = Image.new("L", (w, h), 40)
            fond.paste(im, (0, 0))
            im = fond
        pages.append(im)
    pages[0].save(sortie, save_all=True, append_images=pages[1:], resolution=200.0)


def photo_telephone(pdf, sortie):
    """Photo de téléphone : perspective, ombrage, JPEG ; pages 1 et 2."""
    base = os.path.join(TMP, "photo")
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "2", "-png", pdf, base], check=True)
    pages = []
    for i, nom in enumerate(sorted(f for f in os.listdir(TMP) if f.startswith("photo"))):
        im = Image.open(os.path.join(TMP, nom)).convert("RGB")
        w, h = im.size
        # la feuille posée sur une table (fond brun) puis vue en biais
        W2, H2 = int(w * 1.12), int(h * 1.1)
        table = Image.new("RGB", (W2, H2), (96, 74, 52))
        table.paste(im, ((W2 - w) // 2, (H2 - h) // 2))
        d = 0.05 + 0.02 * i
        coeffs = _perspective([(W2 * d, H2 * 0.02), (W2 * (1 - d * 0.4), 0), (W2, H2), (0, H2 * (1 - d * 0.5))],
                              [(0, 0), (W2, 0), (W2, H2), (0, H2)])
        im = table.transform((W2, H2), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        a = np.asarray(im, dtype=np.float32)
        yy, xx = np.mgrid[0:H2, 0:W2]
        ombre_ = 0.72 + 0.3 * (xx / W2) * (1 - 0.4 * yy / H2)
        a = a * ombre_[..., None] * np.array([1.0, 0.97, 0.9])
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=62)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    pages[0].save(sortie, save_all=True, append_images=pages[1:], resolution=150.0)


def _perspective(dst, src):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([u, v, 1, 0, 0, 0, -x * u, -x * v])
        m.append([0, 0, 0, u, v, 1, -y * u, -y * v])
    A = np.array(m, dtype=float)
    B = np.array(dst, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def main():
    g = grenoble()
    n = national()
    p = paris()
    r = reunion()
    aix()
    soffice([g, n], "pdf", ICI)
    soffice([p], "pdf:writer_web_pdf_Export", ICI)
    soffice([r], "odt", ICI)
    odt = os.path.join(ICI, "circulaire_gpme_2026_la-reunion.odt")
    soffice([odt], "pdf", ICI)
    scan_a_plat(os.path.join(ICI, "circulaire_en_2027_grenoble.pdf"),
                os.path.join(ICI, "circulaire_en_2027_grenoble_scan.pdf"))
    photo_telephone(os.path.join(ICI, "circulaire_gpme_2026_la-reunion.pdf"),
                    os.path.join(ICI, "circulaire_gpme_2026_la-reunion_scan.pdf"))
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(ICI)):
        if f.split(".")[-1] in ("docx", "pdf", "html", "odt"):
            print(f, os.path.getsize(os.path.join(ICI, f)))


if __name__ == "__main__":
    main()
