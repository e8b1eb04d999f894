#!/usr/bin/env python3
"""Construit le corpus independantes_j à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Ne dépend d'aucun module du projet : python-docx, reportlab, Pillow, numpy, LibreOffice
(soffice, profil privé) et pdftoppm.
"""
import html
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ICI = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ICI)

import textes_amiens as TA  # noqa: E402
import textes_bordeaux as TB  # noqa: E402
import textes_national as TN  # noqa: E402
import textes_strasbourg as TS  # noqa: E402
import textes_versailles as TV  # noqa: E402

PROFIL_LO = "file:///tmp/lo_independantes_j"


def chemin(nom):
    return os.path.join(ICI, nom)


# ---------------------------------------------------------------- LibreOffice
def soffice_pdf(source, filtre="pdf"):
    """Convertit source en PDF à côté de lui (profil LibreOffice privé)."""
    with tempfile.TemporaryDirectory(prefix="lo_out_j_") as tmp:
        cmd = ["soffice", "--headless", f"-env:UserInstallation={PROFIL_LO}",
               "--convert-to", filtre, "--outdir", tmp, source]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        base = os.path.splitext(os.path.basename(source))[0] + ".pdf"
        produit = os.path.join(tmp, base)
        if not os.path.exists(produit):
            raise RuntimeError(f"LibreOffice n'a rien produit pour {source}")
        cible = os.path.splitext(source)[0] + ".pdf"
        shutil.move(produit, cible)
    return cible


# ---------------------------------------------------------------- python-docx helpers
def champ_page(paragraphe):
    """Insère un champ PAGE dans un paragraphe."""
    run = paragraphe.add_run()
    debut = OxmlElement("w:fldChar")
    debut.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    fin = OxmlElement("w:fldChar")
    fin.set(qn("w:fldCharType"), "end")
    run._r.append(debut)
    run._r.append(instr)
    run._r.append(fin)


def ombrer(cellule, couleur="D9D9D9"):
    tc_pr = cellule._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), couleur)
    tc_pr.append(shd)


def repeter_entete(ligne):
    tr_pr = ligne._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def texte_cellule(cellule, texte, gras=False, taille=9, centre=False):
    """Remplit une cellule ; les retours à la ligne deviennent des paragraphes."""
    lignes = texte.split("\n") if isinstance(texte, str) else list(texte)
    cellule.text = ""
    for i, ligne in enumerate(lignes):
        p = cellule.paragraphs[0] if i == 0 else cellule.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ligne)
        r.bold = gras
        r.font.size = Pt(taille)


def police_normale(doc, nom="Liberation Sans", taille=10):
    st = doc.styles["Normal"]
    st.font.name = nom
    st.font.size = Pt(taille)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), nom)
    st.paragraph_format.space_after = Pt(4)


# ---------------------------------------------------------------- 1. Versailles (DOCX, lettre)
def construire_versailles():
    doc = Document()
    police_normale(doc, "Liberation Serif", 11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Académie de Versailles – DEC 3 – BTS SAM"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for pied in (sec.footer, sec.first_page_footer):
        fp = pied.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(TV.PIED_DE_PAGE + " – page ")
        r.font.size = Pt(8)
        champ_page(fp)

    largeur = Cm(16.4)
    # en-tête : bloc gauche + lieu/date aligné à droite par taquet
    for i, ligne in enumerate(TV.EN_TETE_GAUCHE):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(largeur, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(ligne)
        r.bold = i < 2
        r.font.size = Pt(10 if i < 2 else 9)
        if i == len(TV.EN_TETE_GAUCHE) - 1:
            p.add_run("\t" + TV.LIEU_DATE).font.size = Pt(10)
    doc.add_paragraph()
    for ligne in TV.BLOC_CONTACT:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ligne)
        r.font.size = Pt(8.5)
        r.italic = True
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(8)
    p.add_run(TV.EXPEDITEUR).bold = True
    p = doc.add_paragraph(TV.DESTINATAIRES)
    p.paragraph_format.left_indent = Cm(8)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(TV.OBJET).bold = True
    p = doc.add_paragraph()
    r = p.add_run(TV.REFERENCES)
    r.italic = True
    r.font.size = Pt(10)
    for titre, texte in TV.PARAGRAPHES:
        if titre:
            t = doc.add_paragraph()
            t.paragraph_format.space_before = Pt(8)
            t.paragraph_format.keep_with_next = True
            rt = t.add_run(titre)
            rt.bold = True
            rt.underline = True
        p = doc.add_paragraph(texte)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
    doc.add_paragraph()
    for ligne in TV.SIGNATURE:
        p = doc.add_paragraph(ligne)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
    nom = chemin("circulaire_sam_2026_versailles.docx")
    doc.save(nom)
    soffice_pdf(nom)


# ---------------------------------------------------------------- 2. Bordeaux (HTML)
def construire_bordeaux():
    e = html.escape

    def table(entete, lignes, largeurs):
        # LibreOffice (Writer/Web) respecte les attributs width, pas les largeurs CSS
        out = ['<table width="100%" border="1" cellpadding="3" cellspacing="0">',
               "".join(f'<col width="{l}%">' for l in largeurs), "<thead><tr>"]
        out += [f'<th width="{l}%" bgcolor="#dfe7f1">{e(h)}</th>' for h, l in zip(entete, largeurs)]
        out.append("</tr></thead><tbody>")
        for ligne in lignes:
            out.append("<tr>" + "".join(f'<td width="{l}%">{c}</td>' for c, l in zip(ligne, largeurs)) + "</tr>")
        out.append("</tbody></table>")
        return "\n".join(out)

    # espaces insécables dans l'horaire, comme le fait un éditeur de site
    ecrits = [[f"<b>{e(a)}</b>", e(b), "<b>" + e(c).replace(" h", "&nbsp;h").replace("h ", "h&nbsp;") + "</b>",
               e(d), e(f)] for a, b, c, d, f in TB.ECRITS]
    dossiers = [[e(a), f"<b>{e(b)}</b>", e(c)] for a, b, c in TB.DOSSIERS]
    centres = [[f"<b>{e(a)}</b>", b, e(c)] for a, b, c in TB.CENTRES]  # b contient des <br>
    oraux = "\n".join(f"<h3>{e(t)}</h3>\n<p>{e(x)}</p>" for t, x in TB.ORAUX)
    refs = "\n".join(f"<li>{e(r)}</li>" for r in TB.REFERENCES)
    resultats = "\n".join(f"<li>{e(r)}</li>" for r in TB.RESULTATS)
    bordereau = "<br>\n".join(e(x) for x in TB.BORDEREAU)
    signature = "<br>\n".join(e(x) for x in TB.SIGNATURE)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{e(TB.TITRE_PAGE)}</title>
<style>
 body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #1e1e1e; }}
 .bandeau {{ background: #003a70; color: #ffffff; padding: 6px 10px; font-weight: bold; }}
 .ariane {{ font-size: 8pt; color: #555555; margin: 4px 0 10px 0; }}
 h1 {{ font-size: 15pt; color: #003a70; }}
 h2 {{ font-size: 11.5pt; color: #003a70; border-bottom: 1px solid #003a70; margin-top: 16px; }}
 h3 {{ font-size: 10pt; margin-bottom: 2px; }}
 td, th {{ font-size: 9pt; vertical-align: top; }}
 .note {{ font-size: 8pt; font-style: italic; }}
 .meta {{ color: #555555; font-size: 9pt; }}
 footer {{ font-size: 7.5pt; color: #555555; border-top: 1px solid #999999; margin-top: 18px; }}
</style>
</head>
<body>
<table width="100%" border="0" cellpadding="6" cellspacing="0"><tr><td bgcolor="#003a70"><font color="#ffffff"><b>{e(TB.BANDEAU[0])}</b><br>{e(TB.BANDEAU[1])}</font></td></tr></table>
<div class="ariane">{e(TB.FIL_ARIANE)}</div>
<h1>{e(TB.H1)}</h1>
<p class="meta">{e(TB.META)}</p>
<p>{e(TB.DESTINATAIRES)}</p>
<p><b>Références :</b></p>
<ul>
{refs}
</ul>
<p>{e(TB.INTRO)}</p>
<h2>1. ÉPREUVES ÉCRITES</h2>
{table(TB.ECRITS_ENTETE, ecrits, [9, 35, 38, 9, 9])}
<p class="note">{e(TB.ECRITS_NOTE)}</p>
<p>{e(TB.NUMERISATION)}</p>
<h2>2. {e(TB.ORAUX_TITRE)}</h2>
{oraux}
<h2>3. {e(TB.DOSSIERS_TITRE)}</h2>
{table(TB.DOSSIERS_ENTETE, dossiers, [45, 28, 27])}
<p>{e(TB.DOSSIERS_TEXTE)}</p>
<h2>4. {e(TB.CENTRES_TITRE)}</h2>
{table(TB.CENTRES_ENTETE, centres, [24, 30, 46])}
<p class="note">{e(TB.CENTRES_NOTE)}</p>
<h2>5. {e(TB.RESULTATS_TITRE)}</h2>
<ul>
{resultats}
</ul>
<p style="margin-left: 55%">{signature}</p>
<br>
<table width="70%" border="1" cellpadding="8" cellspacing="0"><tr><td><b>{e(TB.BORDEREAU_TITRE)}</b><br>
{bordereau}
</td></tr></table>
<footer>{e(TB.PIED)}</footer>
</body>
</html>
"""
    nom = chemin("circulaire_ndrc_2027_bordeaux.html")
    with open(nom, "w", encoding="utf-8") as f:
        f.write(page)
    soffice_pdf(nom, "pdf:writer_web_pdf_Export")


# ---------------------------------------------------------------- 3. Strasbourg (ODT écrit à la main)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def construire_strasbourg():
    x = escape

    def p(texte, style="Standard"):
        return f'<text:p text:style-name="{style}">{x(texte)}</text:p>'

    def cellule(contenu, style="Cel", attrs=""):
        lignes = contenu if isinstance(contenu, list) else contenu.split("\n")
        corps = "".join(p(l, "PCel") for l in lignes)
        return f'<table:table-cell table:style-name="{style}" office:value-type="string"{attrs}>{corps}</table:table-cell>'

    def cellule_tete(contenu):
        return (f'<table:table-cell table:style-name="CelTete" office:value-type="string">'
                f'{p(contenu, "PCelGras")}</table:table-cell>')

    def tableau(nom, largeurs, entete, lignes_xml):
        cols = "".join(f'<table:table-column table:style-name="{nom}.C{i}"/>' for i in range(len(largeurs)))
        tete = "<table:table-header-rows><table:table-row>" + "".join(cellule_tete(h) for h in entete) + \
               "</table:table-row></table:table-header-rows>"
        return f'<table:table table:name="{nom}" table:style-name="{nom}">{cols}{tete}{"".join(lignes_xml)}</table:table>'

    styles_auto = []

    def styles_tableau(nom, largeurs):
        styles_auto.append(f'<style:style style:name="{nom}" style:family="table"><style:table-properties '
                           f'style:width="{sum(largeurs)}cm" table:align="left" fo:margin-top="0.15cm" '
                           f'fo:margin-bottom="0.2cm"/></style:style>')
        for i, l in enumerate(largeurs):
            styles_auto.append(f'<style:style style:name="{nom}.C{i}" style:family="table-column">'
                               f'<style:table-column-properties style:column-width="{l}cm"/></style:style>')

    corps = []
    for i, l in enumerate(TS.EN_TETE):
        corps.append(p(l, "EnTeteGras" if i == 0 else "EnTete"))
    corps.append(p(TS.LIEU_DATE, "Droite"))
    corps.append(p(TS.DESTINATAIRES, "Destinataires"))
    corps.append(p(TS.OBJET, "Gras"))
    corps.append(p(TS.REFERENCES, "Italique"))
    # encadré du modificatif : tableau à une cellule
    styles_tableau("Modif", [17])
    corps.append('<table:table table:name="Modif" table:style-name="Modif"><table:table-column table:style-name="Modif.C0"/>'
                 '<table:table-row><table:table-cell table:style-name="CelModif" office:value-type="string">'
                 + p(TS.MODIFICATIF[0], "PCelGrasCentre") + p(TS.MODIFICATIF[1], "PCel")
                 + "</table:table-cell></table:table-row></table:table>")

    # 1. liste des épreuves
    corps.append(p(TS.EPREUVES_TITRE, "Titre"))
    larg = [2.0, 9.0, 3.0, 3.0]
    styles_tableau("Epreuves", larg)
    lignes = []
    for ligne in TS.EPREUVES:
        if isinstance(ligne, tuple):
            lignes.append("<table:table-row>" + cellule(ligne[0], "CelGroupe", ' table:number-columns-spanned="4"')
                          + "<table:covered-table-cell/>" * 3 + "</table:table-row>")
        else:
            lignes.append("<table:table-row>" + "".join(cellule(c) for c in ligne) + "</table:table-row>")
    corps.append(tableau("Epreuves", larg, TS.EPREUVES_ENTETE, lignes))

    # 2. calendrier des écrits
    corps.append(p(TS.CALENDRIER_TITRE, "Titre"))
    larg = [4.2, 6.4, 2.2, 2.2, 2.0]
    styles_tableau("Calendrier", larg)
    lignes = ["<table:table-row>" + cellule(TS.CALENDRIER_BANDEAU, "CelGroupe", ' table:number-columns-spanned="5"')
              + "<table:covered-table-cell/>" * 4 + "</table:table-row>"]
    for i, (jour, ep, deb, fin, duree) in enumerate(TS.CALENDRIER):
        suivante = TS.CALENDRIER[i + 1] if i + 1 < len(TS.CALENDRIER) else None
        if jour is None:
            premiere = "<table:covered-table-cell/>"
        elif suivante is not None and suivante[0] is None:
            premiere = cellule(jour, "Cel", ' table:number-rows-spanned="2"')
        else:
            premiere = cellule(jour)
        lignes.append("<table:table-row>" + premiere + "".join(cellule(c) for c in (ep, deb, fin, duree))
                      + "</table:table-row>")
    corps.append(tableau("Calendrier", larg, TS.CALENDRIER_ENTETE, lignes))
    for n in TS.CALENDRIER_NOTES:
        corps.append(p(n, "Note"))

    # 3. oraux (liste à puces)
    corps.append(p(TS.ORAUX_TITRE, "Titre"))
    corps.append('<text:list text:style-name="Puces">' + "".join(
        f"<text:list-item>{p(o, 'Liste')}</text:list-item>" for o in TS.ORAUX) + "</text:list>")

    # 4. dossiers (liste numérotée)
    corps.append(p(TS.DOSSIERS_TITRE, "Titre"))
    corps.append('<text:list text:style-name="Numeros">' + "".join(
        f"<text:list-item>{p(o, 'Liste')}</text:list-item>" for o in TS.DOSSIERS) + "</text:list>")

    # 5. centres
    corps.append(p(TS.CENTRES_TITRE, "Titre"))
    larg = [4.2, 5.6, 3.0, 4.2]
    styles_tableau("Centres", larg)
    lignes = ["<table:table-row>" + cellule(n) + cellule(adr) + cellule(v) + cellule(e) + "</table:table-row>"
              for n, adr, v, e in TS.CENTRES]
    corps.append(tableau("Centres", larg, TS.CENTRES_ENTETE, lignes))

    # 6. résultats
    corps.append(p(TS.RESULTATS_TITRE, "Titre"))
    for r in TS.RESULTATS:
        corps.append(p(r))
    corps.append(p(""))
    for s in TS.SIGNATURE:
        corps.append(p(s, "Signature"))

    auto = "".join(styles_auto)
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS} office:version="1.2">
<office:automatic-styles>
<style:style style:name="CelModif" style:family="table-cell"><style:table-cell-properties fo:border="1.5pt solid #000000" fo:padding="0.2cm" fo:background-color="#eeeeee"/></style:style>
<style:style style:name="Cel" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="middle"/></style:style>
<style:style style:name="CelTete" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" fo:background-color="#cccccc"/></style:style>
<style:style style:name="CelGroupe" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" fo:background-color="#e8e8e8"/></style:style>
{auto}
<text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="Numeros"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:automatic-styles>
<office:body><office:text>
{"".join(corps)}
</office:text></office:body></office:document-content>
"""
    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS} office:version="1.2">
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties fo:font-family="'Liberation Sans'" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="EnTete" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="EnTeteGras" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.3cm"/></style:style>
<style:style style:name="Destinataires" style:family="paragraph"><style:paragraph-properties fo:margin-left="8cm" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Gras" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Italique" style:family="paragraph"><style:text-properties fo:font-style="italic" fo:font-size="9pt"/></style:style>
<style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="PCel" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="PCelGras" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PCelGrasCentre" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="center"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Note" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="Liste" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.08cm"/></style:style>
<style:style style:name="Signature" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Pied" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Pied">{x(TS.PIED)} – page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page>
</office:master-styles>
</office:document-styles>
"""
    meta = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS} office:version="1.2"><office:meta><dc:title>BTS CRSA 2028 – modificatif n° 1</dc:title><dc:language>fr-FR</dc:language></office:meta></office:document-meta>
"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
    nom = chemin("circulaire_crsa_2028_strasbourg.odt")
    with zipfile.ZipFile(nom, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for n, contenu in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            z.writestr(n, contenu, compress_type=zipfile.ZIP_DEFLATED)
    soffice_pdf(nom)


# ---------------------------------------------------------------- 4. Amiens (DOCX, sections)
def pied_page(section, texte):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(texte + " – page ")
    r.font.size = Pt(7.5)
    champ_page(fp)


def titre_section(doc, texte):
    t = doc.add_paragraph()
    t.paragraph_format.space_before = Pt(10)
    t.paragraph_format.keep_with_next = True
    r = t.add_run(texte)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    return t


def tableau_simple(doc, entete, lignes, largeurs, taille=9):
    tab = doc.add_table(rows=1, cols=len(entete))
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(entete):
        texte_cellule(tab.rows[0].cells[i], h, gras=True, taille=taille)
        ombrer(tab.rows[0].cells[i])
    repeter_entete(tab.rows[0])
    for ligne in lignes:
        cells = tab.add_row().cells
        for i, v in enumerate(ligne):
            if v is not None:
                texte_cellule(cells[i], v, taille=taille)
    for ligne in tab.rows:
        for i, w in enumerate(largeurs):
            ligne.cells[i].width = Cm(w)
    return tab


def construire_amiens():
    doc = Document()
    police_normale(doc, "Liberation Sans", 10)
    s1 = doc.sections[0]
    s1.page_width, s1.page_height = Cm(21), Cm(29.7)
    s1.left_margin = s1.right_margin = Cm(2)
    s1.top_margin, s1.bottom_margin = Cm(1.5), Cm(1.5)
    hp = s1.header.paragraphs[0]
    hp.text = "Académie d'Amiens – Division des examens et concours"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].italic = True
    pied_page(s1, TA.PIED)

    largeur = Cm(17)
    for i, ligne in enumerate(TA.EN_TETE_GAUCHE):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(largeur, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(ligne)
        r.bold = i == 0
        r.font.size = Pt(11 if i == 0 else 9)
        if i == 1:
            p.add_run("\t" + TA.LIEU_DATE)
        if 3 <= i < 3 + len(TA.AFFAIRE):
            rr = p.add_run("\t" + TA.AFFAIRE[i - 3])
            rr.font.size = Pt(8)
            rr.italic = True
    doc.add_paragraph()
    p = doc.add_paragraph(TA.DESTINATAIRES)
    p.paragraph_format.left_indent = Cm(7.5)
    p = doc.add_paragraph()
    p.add_run(TA.OBJET).bold = True
    p = doc.add_paragraph()
    r = p.add_run(TA.REFERENCES)
    r.italic = True
    r.font.size = Pt(9)
    doc.add_paragraph(TA.INTRO)
    for e in TA.EPREUVES:
        doc.add_paragraph(e, style="List Bullet")
    doc.add_paragraph(TA.CCF)

    # section 2 : paysage, calendrier (jours en colonnes)
    s2 = doc.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.left_margin = s2.right_margin = Cm(1.8)
    titre_section(doc, TA.CALENDRIER_TITRE)
    tab = doc.add_table(rows=3, cols=1 + len(TA.CALENDRIER_JOURS))
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    texte_cellule(tab.cell(0, 0), "", gras=True)
    ombrer(tab.cell(0, 0))
    for j, jour in enumerate(TA.CALENDRIER_JOURS):
        texte_cellule(tab.cell(0, j + 1), jour, gras=True, taille=10, centre=True)
        ombrer(tab.cell(0, j + 1))
    for i, (demi, cases) in enumerate(TA.CALENDRIER.items()):
        texte_cellule(tab.cell(i + 1, 0), demi, gras=True, taille=10)
        ombrer(tab.cell(i + 1, 0), "EFEFEF")
        for j, c in enumerate(cases):
            texte_cellule(tab.cell(i + 1, j + 1), c, taille=10, centre=True)
    dernier = len(TA.CALENDRIER_JOURS)
    fusion = tab.cell(1, dernier).merge(tab.cell(2, dernier))
    texte_cellule(fusion, TA.CALENDRIER_FERIE, taille=10, centre=True)
    ombrer(fusion, "E0E0E0")
    for ligne in tab.rows:
        ligne.cells[0].width = Cm(3)
        for j in range(1, dernier + 1):
            ligne.cells[j].width = Cm(5.8)
    for n in TA.CALENDRIER_NOTES:
        p = doc.add_paragraph()
        r = p.add_run(n)
        r.font.size = Pt(8)
        r.italic = True
        p.paragraph_format.space_after = Pt(0)

    titre_section(doc, TA.ORAUX_TITRE)
    tab = tableau_simple(doc, TA.ORAUX_ENTETE, TA.ORAUX, [8.5, 3, 3, 5, 6.5])
    for i, ligne in enumerate(TA.ORAUX):
        if ligne[2] is None:  # épreuve d'un seul jour : Du et Au fusionnés
            m = tab.cell(i + 1, 1).merge(tab.cell(i + 1, 2))
            texte_cellule(m, ligne[1], taille=9, centre=True)

    # section 3 : portrait
    s3 = doc.add_section()
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    s3.left_margin = s3.right_margin = Cm(2)
    titre_section(doc, TA.DOSSIERS_TITRE)
    for d in TA.DOSSIERS:
        doc.add_paragraph(d, style="List Bullet")
    p = doc.add_paragraph()
    r = p.add_run(TA.VACANCES)
    r.italic = True
    titre_section(doc, TA.REUNIONS_TITRE)
    for d in TA.REUNIONS:
        doc.add_paragraph(d, style="List Number")
    titre_section(doc, TA.CENTRES_TITRE)
    tableau_simple(doc, TA.CENTRES_ENTETE, [[a, "\n".join(b), c, d] for a, b, c, d in TA.CENTRES],
                   [4.5, 5.5, 3, 4])
    titre_section(doc, TA.FORMATION_TITRE)
    tableau_simple(doc, TA.FORMATION_ENTETE, TA.FORMATION, [6, 4, 7], taille=8.5)
    titre_section(doc, TA.RESULTATS_TITRE)
    for d in TA.RESULTATS:
        doc.add_paragraph(d)
    doc.add_paragraph()
    for ligne in TA.SIGNATURE:
        p = doc.add_paragraph(ligne)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    cadre = doc.add_table(rows=1, cols=1)
    cadre.style = "Table Grid"
    texte_cellule(cadre.cell(0, 0), "\n".join(TA.RECU), taille=9)
    nom = chemin("circulaire_cg_2026_amiens.docx")
    doc.save(nom)
    soffice_pdf(nom)


# ---------------------------------------------------------------- 5. Note nationale (reportlab)
def construire_national():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rep = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LibSans", rep + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-Bold", rep + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-Italic", rep + "LiberationSans-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("LibSans", 0, 0, "LibSans")
    addMapping("LibSans", 1, 0, "LibSans-Bold")
    addMapping("LibSans", 0, 1, "LibSans-Italic")

    normal = ParagraphStyle("n", fontName="LibSans", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY,
                            spaceAfter=5)
    petit = ParagraphStyle("p", fontName="LibSans", fontSize=8, leading=10)
    cel = ParagraphStyle("c", fontName="LibSans", fontSize=8, leading=9.5)
    cel_g = ParagraphStyle("cg", parent=cel, fontName="LibSans-Bold")
    note = ParagraphStyle("no", fontName="LibSans-Italic", fontSize=7.5, leading=9)
    tete = ParagraphStyle("t", fontName="LibSans-Bold", fontSize=9, leading=11)
    e = escape

    def en_tete_pied(canv, doc_):
        canv.saveState()
        canv.setFont("LibSans", 7.5)
        canv.drawCentredString(landscape(A4)[0] / 2, 0.8 * cm, f"{TN.PIED} – page {doc_.page}")
        canv.setStrokeColor(colors.HexColor("#000091"))
        canv.setLineWidth(2)
        canv.line(1.5 * cm, landscape(A4)[1] - 1.0 * cm, 6 * cm, landscape(A4)[1] - 1.0 * cm)
        canv.restoreState()

    nom = chemin("note_nationale_gpme_2027.pdf")
    doc = SimpleDocTemplate(nom, pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.3 * cm, bottomMargin=1.4 * cm,
                            title="BTS GPME 2027 – calendrier national", author="DGESIP A1-3")
    histoire = []
    entete = Table([[Paragraph("<br/>".join(e(l) for l in TN.EN_TETE), tete),
                     Paragraph(f"{e(TN.LIEU_DATE)}<br/>{e(TN.NUMERO)}", normal)]],
                   colWidths=[17 * cm, 9.5 * cm])
    entete.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    histoire += [entete, Spacer(1, 8)]
    histoire.append(Paragraph(e(TN.DESTINATAIRES), ParagraphStyle("d", parent=normal, leftIndent=13 * cm)))
    histoire.append(Paragraph(f"<b>{e(TN.OBJET)}</b>", normal))
    histoire.append(Paragraph(f"<i>{e(TN.REFERENCES)}</i>", normal))
    for par in TN.PARAGRAPHES:
        histoire.append(Paragraph(e(par), normal))
    histoire.append(Spacer(1, 4))
    histoire.append(Paragraph(f"<b>{e(TN.TABLEAU_TITRE)}</b>", normal))

    donnees = [[Paragraph(e(h).replace("\n", "<br/>"), cel_g) for h in TN.TABLEAU_ENTETE]]
    spans = []
    for i, ligne in enumerate(TN.TABLEAU, start=1):
        if len(ligne) == 3:
            donnees.append([Paragraph(e(ligne[0]), cel_g), Paragraph(e(ligne[1]), cel),
                            Paragraph(e(ligne[2]), cel)] + [""] * 8)
            spans.append(("SPAN", (2, i), (10, i)))
        else:
            donnees.append([Paragraph(e(ligne[0]), cel_g), Paragraph(e(ligne[1]), cel),
                            Paragraph(f"<b>{e(ligne[2])}</b>", cel)] +
                           [Paragraph(e(c), cel) for c in ligne[3:]])
    larg = [1.2, 6.4, 2.6, 2.1, 2.1, 2.1, 2.1, 2.1, 2.0, 2.1, 1.6]
    tab = Table(donnees, colWidths=[l * cm for l in larg], repeatRows=1)
    tab.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3f0")),
        ("BACKGROUND", (3, 1), (3, -1), colors.HexColor("#f4f4f4")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ] + spans))
    histoire.append(tab)
    histoire.append(Spacer(1, 4))
    for n in TN.NOTES:
        histoire.append(Paragraph(e(n), note))
    histoire.append(Spacer(1, 8))
    for par in TN.APRES:
        titre, _, reste = par.partition(". ") if par.startswith(("Délibérations", "Bilan")) else ("", "", par)
        texte = f"<b>{e(titre)}.</b> {e(reste)}" if titre else e(par)
        histoire.append(Paragraph(texte, normal))
    histoire.append(Spacer(1, 10))
    histoire.append(Paragraph("<br/>".join(e(s) for s in TN.SIGNATURE),
                              ParagraphStyle("s", parent=normal, leftIndent=16 * cm)))
    doc.build(histoire, onFirstPage=en_tete_pied, onLaterPages=en_tete_pied)


# ---------------------------------------------------------------- scans
def rasteriser(pdf, dpi, couleur=False):
    with tempfile.TemporaryDirectory(prefix="ras_j_") as tmp:
        opts = [] if couleur else ["-gray"]
        subprocess.run(["pdftoppm", "-r", str(dpi), *opts, "-png", pdf, os.path.join(tmp, "p")], check=True)
        pages = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
        return [Image.open(os.path.join(tmp, f)).convert("RGB" if couleur else "L") for f in pages]


def scan_bilevel(pdf, sortie, graine=11):
    """Scanner de photocopieur en mode noir et blanc, 300 dpi, léger biais."""
    rng = np.random.default_rng(graine)
    pages = []
    for k, im in enumerate(rasteriser(pdf, 300)):
        im = im.rotate(0.35 if k % 2 == 0 else -0.25, resample=Image.BICUBIC, fillcolor=255, expand=False)
        a = np.asarray(im, dtype=np.float32)
        a = a + rng.normal(0, 18, a.shape)
        # taches de toner éparses
        taches = rng.random(a.shape) < 0.00015
        a[taches] = 0
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        im = im.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
        pages.append(im)
    pages[0].save(sortie, save_all=True, append_images=pages[1:], resolution=300.0)


def scan_gris(pdf, sortie, graine=23):
    """Scanner à plat, niveaux de gris 250 dpi, rotation, bruit, bord d'ombre, JPEG."""
    rng = np.random.default_rng(graine)
    pages = []
    for k, im in enumerate(rasteriser(pdf, 250)):
        angle = [0.8, -0.6, 1.1, -0.4][k % 4]
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
        a = np.asarray(im, dtype=np.float32)
        a = 236 * (a / 255.0) ** 1.05            # papier légèrement gris, encre moins noire
        a = a + 12
        a += rng.normal(0, 5, a.shape)
        h, w = a.shape
        a[:, : int(w * 0.012)] *= 0.55            # ombre du bord du couvercle
        a[: int(h * 0.008), :] *= 0.7
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=68)
        pages.append(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
    pages[0].save(sortie, save_all=True, append_images=pages[1:], resolution=250.0, quality=68)


def coeffs_perspective(src, dst):
    """Coefficients PIL qui envoient chaque point dst (sortie) sur src (entrée)."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(np.array(m, dtype=np.float64), b).tolist()


def photo_telephone(pdf, sortie, graine=5):
    """Photo au téléphone : perspective, éclairage inégal, teinte chaude, flou, JPEG."""
    rng = random.Random(graine)
    pages = []
    for im in rasteriser(pdf, 170, couleur=True):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.18), int(h * 1.14)
        fond = Image.new("RGB", (W, H), (92, 74, 58))
        bruit_fond = np.asarray(fond, dtype=np.float32) + np.random.default_rng(graine).normal(0, 9, (H, W, 3))
        fond = Image.fromarray(np.clip(bruit_fond, 0, 255).astype(np.uint8))
        j = lambda r: rng.uniform(-r, r)  # noqa: E731
        dst = [(W * 0.09 + j(25), H * 0.05 + j(20)), (W * 0.93 + j(25), H * 0.07 + j(20)),
               (W * 0.97 + j(20), H * 0.96 + j(15)), (W * 0.04 + j(20), H * 0.93 + j(15))]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        c = coeffs_perspective(src, dst)
        feuille = im.transform((W, H), Image.PERSPECTIVE, c, resample=Image.BICUBIC)
        masque = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, c, resample=Image.BILINEAR)
        fond.paste(feuille, (0, 0), masque)
        a = np.asarray(fond, dtype=np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        lum = 0.78 + 0.30 * (1 - xx / W) * (1 - 0.5 * yy / H)      # lampe en haut à gauche
        vignette = 1 - 0.22 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
        a = a * (lum * vignette)[..., None]
        a[..., 0] *= 1.04
        a[..., 2] *= 0.90
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=58)
        pages.append(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
    pages[0].save(sortie, save_all=True, append_images=pages[1:], resolution=170.0, quality=58)


def main():
    construire_versailles()
    construire_bordeaux()
    construire_strasbourg()
    construire_amiens()
    construire_national()
    scan_bilevel(chemin("circulaire_sam_2026_versailles.pdf"), chemin("circulaire_sam_2026_versailles_scan.pdf"))
    scan_gris(chemin("circulaire_crsa_2028_strasbourg.pdf"), chemin("circulaire_crsa_2028_strasbourg_scan.pdf"))
    photo_telephone(chemin("circulaire_cg_2026_amiens.pdf"), chemin("circulaire_cg_2026_amiens_scan.pdf"))
    for f in sorted(os.listdir(ICI)):
        if f.endswith((".pdf", ".docx", ".odt", ".html")):
            print(f"{f:48s} {os.path.getsize(chemin(f)):>9d} octets")


if __name__ == "__main__":
    main()
