#!/usr/bin/env python3
"""Construit le corpus indépendant « independantes_s » à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Dépendances : python-docx, reportlab, Pillow, numpy ; soffice (profil privé), pdftoppm.
N'importe aucun module du projet.
"""
import copy
import io
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

import numpy as np
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter

ICI = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ICI)
import textes_corse as TC  # noqa: E402
import textes_dietetique as TD  # noqa: E402
import textes_dijon as TJ  # noqa: E402
import textes_limoges as TL  # noqa: E402
import textes_rennes as TR  # noqa: E402

TMP = tempfile.mkdtemp(prefix="independantes_s_")
LO_PROFILE = "file:///tmp/lo_independantes_s"
RNG = np.random.default_rng(2027)


# ----------------------------------------------------------------------------------------------------------
# utilitaires python-docx
# ----------------------------------------------------------------------------------------------------------
def nouveau_document(police="Liberation Sans", taille=10):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2)
    st = doc.styles["Normal"]
    st.font.name = police
    st.font.size = Pt(taille)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), police)
    st.paragraph_format.space_after = Pt(4)
    return doc


def par(cible, texte="", gras=False, taille=None, align=None, apres=None, avant=None, italique=False,
        style=None, couleur=None, retrait=None):
    p = cible.add_paragraph(style=style) if style else cible.add_paragraph()
    if texte:
        r = p.add_run(texte)
        r.bold = gras
        r.italic = italique
        if taille:
            r.font.size = Pt(taille)
        if couleur:
            r.font.color.rgb = RGBColor.from_string(couleur)
    if align:
        p.alignment = align
    if apres is not None:
        p.paragraph_format.space_after = Pt(apres)
    if avant is not None:
        p.paragraph_format.space_before = Pt(avant)
    if retrait is not None:
        p.paragraph_format.left_indent = Cm(retrait)
    return p


def texte_cellule(cellule, texte, gras=False, taille=9, align=None):
    """Remplace le contenu d'une cellule ; les \n deviennent des paragraphes."""
    lignes = texte.split("\n")
    p0 = cellule.paragraphs[0]
    for i, ligne in enumerate(lignes):
        p = p0 if i == 0 else cellule.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ligne)
        r.bold = gras
        r.font.size = Pt(taille)
        if align:
            p.alignment = align


def ombrer(cellule, couleur="D9E2F3"):
    tcPr = cellule._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          f'w:val="clear" w:color="auto" w:fill="{couleur}"/>'))


def repeter_entete(ligne):
    trPr = ligne._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))


def sans_bordures(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def champ(paragraphe, instruction):
    """Insère un champ Word (PAGE, NUMPAGES)."""
    for xml in (f'<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
                '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t>1</w:t></w:r>',
                '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:fldChar w:fldCharType="end"/></w:r>'):
        paragraphe._p.append(parse_xml(xml))


def pied_de_page(section, texte, pagination=True):
    pied = section.footer
    p = pied.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(texte)
    r.font.size = Pt(7.5)
    if pagination:
        p2 = pied.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p2.add_run("Page ")
        r.font.size = Pt(8)
        champ(p2, "PAGE")
        r = p2.add_run(" / ")
        r.font.size = Pt(8)
        champ(p2, "NUMPAGES")


def largeurs(table, cm_list):
    """Largeurs de colonnes : grille du tableau (lue par LibreOffice) et chaque cellule (lue par Word)."""
    table.autofit = False
    grille = table._tbl.tblGrid
    for col, w in zip(grille.findall(qn("w:gridCol")), cm_list):
        col.set(qn("w:w"), str(int(w * 567)))
    for ligne in table.rows:
        for cell, w in zip(ligne.cells, cm_list):
            cell.width = Cm(w)


def soffice(fichier, format_sortie, dossier):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", format_sortie,
           "--outdir", dossier, fichier]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def sortie(nom):
    return os.path.join(ICI, nom)


# ----------------------------------------------------------------------------------------------------------
# 1. Rennes – BTS SIO 2027 : DOCX (en-tête en tableau, cellules fusionnées, sections, tabulations) -> PDF
# ----------------------------------------------------------------------------------------------------------
def construire_rennes():
    doc = nouveau_document()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    # en-tête de première page : bloc-marque en tableau sans bordure
    entete = sec.first_page_header
    t = entete.add_table(1, 2, Cm(17))
    sans_bordures(t)
    texte_cellule(t.cell(0, 0), "\n".join(TR.EN_TETE_GAUCHE), gras=True, taille=10)
    texte_cellule(t.cell(0, 1), "\n".join(TR.EN_TETE_DROITE), taille=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # en-tête des pages suivantes
    p = sec.header.paragraphs[0]
    r = p.add_run("Académie de Rennes – BTS SIO – session 2027")
    r.font.size = Pt(8)
    r.italic = True
    pied_de_page(sec, TR.PIED)
    fp = sec.first_page_footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(TR.PIED)
    fr.font.size = Pt(7.5)

    par(doc, TR.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, avant=6)
    for ligne in TR.AFFAIRE:
        par(doc, ligne, taille=8, apres=0)
    par(doc, TR.EXPEDITEUR, align=WD_ALIGN_PARAGRAPH.RIGHT, taille=9, avant=8, apres=2)
    par(doc, TR.DESTINATAIRES, align=WD_ALIGN_PARAGRAPH.RIGHT, taille=9, italique=True)
    par(doc, TR.OBJET, gras=True, avant=8)
    par(doc, "Références :", gras=True, apres=0)
    for ref in TR.REFERENCES:
        par(doc, ref, style="List Bullet", taille=9, apres=0)
    par(doc, TR.INTRO, avant=6, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    par(doc, TR.TITRE_I, gras=True, taille=11, avant=10, couleur="1F3864")
    par(doc, TR.ECRITS_INTRO)
    tab = doc.add_table(rows=1 + len(TR.ECRITS), cols=6)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["Date", "Épreuve", "Début", "Fin", "Durée", "Observations"]):
        texte_cellule(tab.cell(0, i), h, gras=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        ombrer(tab.cell(0, i))
    repeter_entete(tab.rows[0])
    for k, ligne in enumerate(TR.ECRITS, start=1):
        for i, val in enumerate(ligne):
            if i == 0:
                continue
            texte_cellule(tab.cell(k, i), val, taille=8.5 if i == 5 else 9)
    # fusion verticale des dates identiques
    k = 1
    while k <= len(TR.ECRITS):
        fin = k
        while fin + 1 <= len(TR.ECRITS) and TR.ECRITS[fin][0] == TR.ECRITS[k - 1][0]:
            fin += 1
        cell = tab.cell(k, 0) if fin == k else tab.cell(k, 0).merge(tab.cell(fin, 0))
        texte_cellule(cell, TR.ECRITS[k - 1][0], gras=True)
        k = fin + 1
    largeurs(tab, [3.0, 6.2, 1.6, 1.6, 1.3, 3.3])

    par(doc, TR.TITRE_CENTRES, gras=True, avant=8)
    for centre in TR.CENTRES:
        par(doc, centre[0], style="List Bullet", gras=True, apres=0)
        for ligne in centre[1:]:
            par(doc, ligne, retrait=1.27, apres=0, taille=9)
    par(doc, TR.ORAL_E2, avant=8, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    par(doc, "Épreuves facultatives :", gras=True, apres=2)
    for item in TR.FACULTATIVES:
        par(doc, item, style="List Bullet", apres=1)

    par(doc, TR.TITRE_II, gras=True, taille=11, avant=10, couleur="1F3864")
    par(doc, "A. Dépôt des dossiers", gras=True, apres=2)
    par(doc, TR.DEPOT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    par(doc, TR.VACANCES, italique=True, taille=9)
    par(doc, "B. Contrôle de conformité", gras=True, apres=2)
    par(doc, TR.CONFORMITE, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    par(doc, "C. Interrogations", gras=True, apres=2)
    par(doc, TR.ENTENTE_ORAUX)
    t2 = doc.add_table(rows=1 + len(TR.ORAUX), cols=4)
    t2.style = "Table Grid"
    for i, h in enumerate(["Épreuve", "Période", "Centres d'interrogation", "Options"]):
        texte_cellule(t2.cell(0, i), h, gras=True)
        ombrer(t2.cell(0, i))
    for k, ligne in enumerate(TR.ORAUX, start=1):
        for i, val in enumerate(ligne):
            texte_cellule(t2.cell(k, i), val)
    largeurs(t2, [6.0, 3.8, 4.6, 2.6])

    par(doc, TR.TITRE_III, gras=True, taille=11, avant=10, couleur="1F3864")
    for item in TR.CORRECTIONS:
        par(doc, item, style="List Number", apres=1)
    par(doc, TR.TITRE_IV, gras=True, taille=11, avant=10, couleur="1F3864")
    par(doc, TR.LIVRETS)
    par(doc, TR.JURY)
    par(doc, TR.RESULTATS)

    # bloc signature aligné par tabulation
    for ligne in TR.SIGNATURE:
        p = par(doc, "\t" + ligne, apres=0, avant=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5), WD_TAB_ALIGNMENT.LEFT)
    p.runs[0].bold = True

    # annexe en section paysage
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    sec2.different_first_page_header_footer = False
    par(doc, TR.ANNEXE_TITRE, gras=True, taille=11)
    t3 = doc.add_table(rows=1 + len(TR.FORMATION), cols=3)
    t3.style = "Table Grid"
    for i, h in enumerate(["Établissement de formation", "Ville", "Options préparées"]):
        texte_cellule(t3.cell(0, i), h, gras=True)
        ombrer(t3.cell(0, i), "EDEDED")
    for k, ligne in enumerate(TR.FORMATION, start=1):
        for i, val in enumerate(ligne):
            texte_cellule(t3.cell(k, i), val)
    largeurs(t3, [11, 6, 6])

    nom = sortie("circulaire_sio_2027_rennes.docx")
    doc.save(nom)
    soffice(nom, "pdf", ICI)


# ----------------------------------------------------------------------------------------------------------
# 2. Dijon – BTS CJN 2026 : tout le calendrier dans une zone de texte flottante (wps:txbx ancrée)
# ----------------------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run_xml(texte, gras=False, taille=9):
    rpr = "<w:rPr>" + ("<w:b/>" if gras else "") + f'<w:sz w:val="{int(taille * 2)}"/></w:rPr>'
    morceaux = texte.split("\t")
    out = []
    for i, m in enumerate(morceaux):
        if i:
            out.append(f"<w:r>{rpr}<w:tab/></w:r>")
        if m:
            out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(m)}</w:t></w:r>')
    return "".join(out)


def par_xml(texte, gras=False, taille=9, tabs=(), apres=60, centre=False):
    ppr = "<w:pPr>"
    if tabs:
        ppr += "<w:tabs>" + "".join(f'<w:tab w:val="left" w:pos="{int(t * 567)}"/>' for t in tabs) + "</w:tabs>"
    ppr += f'<w:spacing w:before="0" w:after="{apres}"/>'
    if centre:
        ppr += '<w:jc w:val="center"/>'
    ppr += "</w:pPr>"
    return f"<w:p>{ppr}{run_xml(texte, gras, taille)}</w:p>"


def zone_de_texte(paragraphes_xml, largeur_cm, hauteur_cm, x_cm, y_cm, ident=1):
    cx, cy = int(largeur_cm * 360000), int(hauteur_cm * 360000)
    contenu = "".join(paragraphes_xml)
    return f"""<w:r xmlns:w="{W_NS}"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<mc:AlternateContent><mc:Choice Requires="wps">
<w:drawing>
<wp:anchor distT="114300" distB="114300" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
 <wp:simplePos x="0" y="0"/>
 <wp:positionH relativeFrom="margin"><wp:posOffset>{int(x_cm * 360000)}</wp:posOffset></wp:positionH>
 <wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(y_cm * 360000)}</wp:posOffset></wp:positionV>
 <wp:extent cx="{cx}" cy="{cy}"/>
 <wp:effectExtent l="0" t="0" r="0" b="0"/>
 <wp:wrapTopAndBottom/>
 <wp:docPr id="{ident}" name="Zone de texte {ident}"/>
 <wp:cNvGraphicFramePr/>
 <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
  <wps:wsp>
   <wps:cNvSpPr txBox="1"/>
   <wps:spPr>
    <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
    <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
    <a:solidFill><a:srgbClr val="F2F5FA"/></a:solidFill>
    <a:ln w="15875"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln>
   </wps:spPr>
   <wps:txbx><w:txbxContent>{contenu}</w:txbxContent></wps:txbx>
   <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000"
    anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
  </wps:wsp>
 </a:graphicData></a:graphic>
</wp:anchor>
</w:drawing>
</mc:Choice></mc:AlternateContent>
</w:r>"""


def construire_dijon():
    doc = nouveau_document(police="Liberation Serif", taille=10.5)
    sec = doc.sections[0]
    sec.top_margin, sec.header_distance = Cm(3.0), Cm(1.0)
    h = sec.header.paragraphs[0]
    for i, ligne in enumerate(TJ.EN_TETE):
        r = h.add_run(ligne + ("\n" if i < len(TJ.EN_TETE) - 1 else ""))
        r.bold = i < 2
        r.font.size = Pt(9 if i < 2 else 8)
    pied_de_page(sec, TJ.PIED)

    par(doc, TJ.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for ligne in TJ.EXPEDITEUR:
        par(doc, ligne, gras=True, apres=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    for ligne in TJ.DESTINATAIRES:
        par(doc, ligne, apres=0, align=WD_ALIGN_PARAGRAPH.CENTER, taille=9.5)
    par(doc, TJ.OBJET, gras=True, avant=10)
    par(doc, TJ.REFERENCES, italique=True, taille=9)
    for t in TJ.PARAS_1:
        par(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    par(doc, TJ.TITRE_CENTRES, gras=True, avant=6)
    par(doc, TJ.CENTRES_INTRO)
    t = doc.add_table(rows=1 + len(TJ.CENTRES), cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(["Centre d'épreuves", "Adresse", "Code postal et ville"]):
        texte_cellule(t.cell(0, i), hd, gras=True)
    for k, ligne in enumerate(TJ.CENTRES, start=1):
        for i, val in enumerate(ligne):
            texte_cellule(t.cell(k, i), val, taille=9.5)
    par(doc, TJ.CENTRES_ORAL, avant=4)

    par(doc, TJ.TITRE_CALENDRIER, gras=True, avant=6)
    par(doc, TJ.CALENDRIER_RENVOI, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    # contenu de l'encadré flottant
    tabs = (4.0, 12.2)
    contenu = [par_xml(TJ.ENCADRE_TITRE, gras=True, taille=10.5, centre=True, apres=100),
               par_xml(TJ.ENCADRE_ECRITS_TITRE, gras=True, taille=9.5)]
    for date, epreuve, heure in TJ.ENCADRE_ECRITS:
        contenu.append(par_xml(f"{date}\t{epreuve}\t{heure}", taille=8.5, tabs=tabs, apres=30))
    contenu.append(par_xml(TJ.ENCADRE_ORAUX_TITRE, gras=True, taille=9.5))
    contenu += [par_xml("• " + x, taille=8.5) for x in TJ.ENCADRE_ORAUX]
    contenu.append(par_xml(TJ.ENCADRE_ETAPES_TITRE, gras=True, taille=9.5))
    contenu += [par_xml("• " + x, taille=8.5) for x in TJ.ENCADRE_ETAPES]
    ancre = doc.add_paragraph()
    ancre._p.append(parse_xml(zone_de_texte(contenu, 17.0, 9.4, 0.0, 0.2)))

    par(doc, TJ.TITRE_DOSSIERS, gras=True, avant=6)
    par(doc, TJ.DOSSIERS, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    par(doc, TJ.ATTESTATION, italique=True, taille=9)
    par(doc, TJ.TITRE_FORMATION, gras=True, avant=6)
    for item in TJ.FORMATION:
        par(doc, item, style="List Bullet", apres=0)
    par(doc, TJ.CONCLUSION, avant=8)
    for ligne in TJ.SIGNATURE:
        p = par(doc, "\t" + ligne, apres=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10), WD_TAB_ALIGNMENT.LEFT)

    nom = sortie("circulaire_cjn_2026_dijon.docx")
    doc.save(nom)
    soffice(nom, "pdf", ICI)


# ----------------------------------------------------------------------------------------------------------
# 3. Limoges – BTS CPRP 2028 : trois sections (portrait / paysage / portrait), tableau centres x épreuves
# ----------------------------------------------------------------------------------------------------------
def entete_limoges(section):
    section.header.is_linked_to_previous = False
    p = section.header.paragraphs[0]
    for i, ligne in enumerate(TL.EN_TETE):
        r = p.add_run(ligne + ("\n" if i < len(TL.EN_TETE) - 1 else ""))
        r.bold = i == 0
        r.font.size = Pt(9 if i == 0 else 8)


def construire_limoges():
    doc = nouveau_document(police="Liberation Sans", taille=10)
    sec = doc.sections[0]
    sec.top_margin, sec.header_distance = Cm(2.8), Cm(1.0)
    entete_limoges(sec)
    pied_de_page(sec, TL.PIED)
    par(doc, TL.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, avant=4)
    par(doc, "Le recteur de l'académie de Limoges\nà\nMesdames et Messieurs les chefs d'établissement",
        align=WD_ALIGN_PARAGRAPH.CENTER, taille=9.5)
    par(doc, TL.OBJET, gras=True, avant=6)
    par(doc, "Références :", gras=True, apres=0)
    for ref in TL.REFERENCES:
        par(doc, ref, style="List Bullet", taille=9, apres=0)
    par(doc, TL.INTRO, avant=6)
    par(doc, TL.TITRE_1, gras=True, avant=6)
    t = doc.add_table(rows=1 + len(TL.REGLEMENT), cols=4)
    t.style = "Table Grid"
    for i, hd in enumerate(["Épreuve", "Unité", "Forme", "Durée"]):
        texte_cellule(t.cell(0, i), hd, gras=True)
        ombrer(t.cell(0, i), "E2EFDA")
    for k, ligne in enumerate(TL.REGLEMENT, start=1):
        if not ligne[1]:  # ligne-titre d'épreuve à sous-épreuves : cellules fusionnées
            c = t.cell(k, 0).merge(t.cell(k, 3))
            texte_cellule(c, ligne[0], gras=True)
            continue
        for i, val in enumerate(ligne):
            texte_cellule(t.cell(k, i), val)
    largeurs(t, [10, 1.8, 3.6, 1.6])
    par(doc, TL.CCF_NOTE, italique=True, taille=9, avant=4)

    # section paysage : centres en lignes, épreuves en colonnes
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    par(doc, TL.TITRE_2, gras=True, taille=11)
    t2 = doc.add_table(rows=1 + len(TL.CENTRES), cols=1 + len(TL.COLONNES))
    t2.style = "Table Grid"
    texte_cellule(t2.cell(0, 0), "Centre d'examen", gras=True)
    ombrer(t2.cell(0, 0), "FCE4D6")
    for i, col in enumerate(TL.COLONNES, start=1):
        texte_cellule(t2.cell(0, i), col, gras=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        ombrer(t2.cell(0, i), "FCE4D6")
    repeter_entete(t2.rows[0])
    for k, (adresse, cellules) in enumerate(TL.CENTRES, start=1):
        texte_cellule(t2.cell(k, 0), "\n".join(adresse))
        t2.cell(k, 0).paragraphs[0].runs[0].bold = True
        for i, val in enumerate(cellules, start=1):
            texte_cellule(t2.cell(k, i), val, taille=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    largeurs(t2, [6.2, 3.9, 3.9, 3.9, 3.9, 3.9])
    par(doc, TL.TABLEAU_NOTE, italique=True, taille=9, avant=4)

    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
    par(doc, TL.TITRE_3, gras=True, avant=4)
    for item in TL.ORAUX:
        par(doc, item, style="List Bullet", apres=2)
    par(doc, TL.TITRE_4, gras=True, avant=6)
    for item in TL.ETAPES:
        par(doc, item, style="List Number", apres=2)
    par(doc, TL.TITRE_5, gras=True, avant=6)
    par(doc, TL.FORMATION)
    for ligne in TL.SIGNATURE:
        p = par(doc, "\t" + ligne, apres=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9), WD_TAB_ALIGNMENT.LEFT)

    nom = sortie("circulaire_cprp_2028_limoges.docx")
    doc.save(nom)
    soffice(nom, "pdf", ICI)


def construire_rectificatif():
    """DOCX intermédiaire dans /tmp, converti en ODT (livré), puis ODT -> PDF."""
    doc = nouveau_document(police="Liberation Sans", taille=10)
    sec = doc.sections[0]
    entete_limoges(sec)
    pied_de_page(sec, TL.PIED, pagination=False)
    par(doc, TL.R_LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    par(doc, "Le recteur de l'académie de Limoges\nà\nMesdames et Messieurs les chefs d'établissement",
        align=WD_ALIGN_PARAGRAPH.CENTER, taille=9.5)
    par(doc, TL.R_OBJET, gras=True, avant=8)
    par(doc, TL.R_INTRO, avant=4)
    for item in TL.R_POINTS:
        par(doc, item, style="List Number", apres=3)
    par(doc, "Récapitulatif", gras=True, avant=6)
    t = doc.add_table(rows=1 + len(TL.R_TABLEAU), cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(["Objet", "Date initiale (annulée)", "Nouvelle date"]):
        texte_cellule(t.cell(0, i), hd, gras=True)
    for k, ligne in enumerate(TL.R_TABLEAU, start=1):
        for i, val in enumerate(ligne):
            texte_cellule(t.cell(k, i), val)
            if i == 1:
                t.cell(k, i).paragraphs[0].runs[0].font.strike = True
    par(doc, TL.R_RAPPEL, avant=6)
    for ligne in TL.R_SIGNATURE:
        p = par(doc, "\t" + ligne, apres=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9), WD_TAB_ALIGNMENT.LEFT)
    tmp_docx = os.path.join(TMP, "rectificatif_cprp_2028_limoges.docx")
    doc.save(tmp_docx)
    soffice(tmp_docx, "odt", ICI)
    soffice(sortie("rectificatif_cprp_2028_limoges.odt"), "pdf", ICI)


# ----------------------------------------------------------------------------------------------------------
# 4. Corse – BTS MCO 2027 : page HTML -> PDF (LibreOffice Writer/Web)
# ----------------------------------------------------------------------------------------------------------
def construire_corse():
    nom = sortie("circulaire_mco_2027_corse.html")
    with open(nom, "w", encoding="utf-8") as f:
        f.write(TC.HTML)
    soffice(nom, "pdf:writer_web_pdf_Export", ICI)


# ----------------------------------------------------------------------------------------------------------
# 5. Note nationale Diététique et nutrition 2027 : reportlab, paysage, tableau sur deux pages
# ----------------------------------------------------------------------------------------------------------
def construire_dietetique():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (ListFlowable, ListItem, LongTable, Paragraph, SimpleDocTemplate, Spacer,
                                    TableStyle)

    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", base + "DejaVuSansCondensed.ttf"))
    s_norm = ParagraphStyle("n", fontName="DV", fontSize=9, leading=11.5, spaceAfter=4)
    s_petit = ParagraphStyle("p", fontName="DVC", fontSize=7.8, leading=9.5)
    s_cell = ParagraphStyle("c", fontName="DVC", fontSize=8.2, leading=10)
    s_cellb = ParagraphStyle("cb", parent=s_cell, fontName="DVB")
    s_titre = ParagraphStyle("t", fontName="DVB", fontSize=12.5, leading=15, spaceBefore=6, spaceAfter=6)
    s_h = ParagraphStyle("h", fontName="DVB", fontSize=10, leading=12, spaceBefore=8, spaceAfter=4)
    s_droite = ParagraphStyle("d", parent=s_norm, alignment=TA_RIGHT)

    def br(t):
        return escape(t).replace("\n", "<br/>")

    histoire = [Paragraph("<br/>".join(escape(x) for x in TD.EMETTEUR), ParagraphStyle(
        "e", fontName="DVB", fontSize=8.5, leading=10.5)), Paragraph(TD.LIEU_DATE, s_droite),
        Paragraph(escape(TD.TITRE), s_titre), Paragraph(escape(TD.DESTINATAIRES), s_norm),
        Paragraph(escape(TD.REFERENCES), s_norm)]
    histoire += [Paragraph(escape(t), s_norm) for t in TD.INTRO + TD.INTRO_SUITE]
    histoire.append(Paragraph(escape(TD.TITRE_TABLEAU), s_h))

    entete1 = ["Date", "Épreuve", "Durée", "Horaires (heure locale)"] + [""] * (len(TD.TERRITOIRES) - 1)
    entete2 = ["", "", ""] + TD.TERRITOIRES
    donnees = [[Paragraph(br(x), s_cellb) for x in entete1], [Paragraph(br(x), s_cellb) for x in entete2]]
    # chaque ligne du tableau est doublée d'une ligne « sujets » pour que le tableau passe sur deux pages
    for date, epreuve, duree, heures in TD.LIGNES:
        donnees.append([Paragraph(br(date), s_cell), Paragraph(br(epreuve), s_cell), Paragraph(duree, s_cell)]
                       + [Paragraph(h, s_cell) for h in heures])
        donnees.append(["", Paragraph("Sujet national – remise des sujets au centre 30 min avant le début ; "
                                      "sortie autorisée après la 1re heure.", s_petit), "", "", "", "", "", "",
                        "", ""])
    larg = [2.9 * cm, 5.6 * cm, 1.5 * cm] + [2.35 * cm] * 7
    tab = LongTable(donnees, colWidths=larg, repeatRows=2)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DDE6F0")),
             ("SPAN", (3, 0), (-1, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for k in range(len(TD.LIGNES)):
        r = 2 + 2 * k
        style.append(("SPAN", (1, r + 1), (-1, r + 1)))
        style.append(("SPAN", (0, r), (0, r + 1)))
    tab.setStyle(TableStyle(style))
    histoire.append(tab)
    histoire += [Paragraph(escape(n), s_petit) for n in TD.NOTES_TABLEAU]
    histoire.append(Paragraph(escape(TD.TITRE_PERIODES), s_h))
    per = [[Paragraph(x, s_cellb) for x in ("Épreuve", "Période nationale", "Observations")]]
    per += [[Paragraph(escape(a), s_cell), Paragraph(escape(b), s_cell), Paragraph(escape(c), s_cell)]
            for a, b, c in TD.PERIODES]
    t2 = LongTable(per, colWidths=[9 * cm, 7 * cm, 9 * cm], repeatRows=1)
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0"))]))
    histoire.append(t2)
    histoire.append(Paragraph(escape(TD.TITRE_ETAPES), s_h))
    histoire.append(ListFlowable([ListItem(Paragraph(escape(e), s_norm)) for e in TD.ETAPES],
                                 bulletType="1", bulletFontName="DV", bulletFontSize=9))
    histoire.append(Spacer(1, 0.4 * cm))
    histoire.append(Paragraph("<br/>".join(escape(x) for x in TD.SIGNATURE), ParagraphStyle(
        "s", parent=s_norm, leftIndent=17 * cm)))

    def pied(canvas, document):
        canvas.saveState()
        canvas.setFont("DV", 7.5)
        canvas.drawRightString(landscape(A4)[0] - 1.5 * cm, 0.9 * cm, TD.PIED.format(page=document.page))
        canvas.restoreState()

    nom = sortie("note_nationale_dietetique_2027.pdf")
    SimpleDocTemplate(nom, pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                      topMargin=1.3 * cm, bottomMargin=1.5 * cm, title=TD.TITRE,
                      author="DGESIP").build(histoire, onFirstPage=pied, onLaterPages=pied)


# ----------------------------------------------------------------------------------------------------------
# 6. Scans image seule : scanner à plat (gris 200 dpi) et photo au téléphone (perspective, ombre, JPEG)
# ----------------------------------------------------------------------------------------------------------
def rasteriser(pdf, dpi, gris):
    prefixe = os.path.join(TMP, os.path.basename(pdf)[:-4] + f"_{dpi}")
    opts = ["-gray"] if gris else []
    subprocess.run(["pdftoppm", "-r", str(dpi), *opts, "-png", pdf, prefixe], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(prefixe)) and f.endswith(".png"))
    return [Image.open(os.path.join(TMP, f)) for f in pages]


def scan_a_plat(pdf, sortie_pdf, dpi=200):
    pages = []
    for i, im in enumerate(rasteriser(pdf, dpi, gris=True)):
        im = im.convert("L")
        angle = (0.55, -0.4, 0.8, -0.3)[i % 4]
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10                                   # papier légèrement gris
        a += RNG.normal(0, 6, a.shape)                      # bruit de capteur
        h, w = a.shape
        a[:, : int(w * 0.012)] *= 0.55                      # ombre du bord de page
        a[: int(h * 0.006), :] *= 0.7
        speck = RNG.random(a.shape) < 0.0004                # poussières
        a[speck] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        pages.append(im)
    pages[0].save(sortie_pdf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=72)


def coefficients_perspective(dest, source):
    """Coefficients PIL : pour chaque point de sortie, point d'entrée correspondant."""
    m = []
    for (x, y), (u, v) in zip(dest, source):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=np.float64)
    b = np.array(source, dtype=np.float64).reshape(8)
    return np.linalg.solve(a, b).tolist()


def photo_telephone(pdf, sortie_pdf, dpi=120):
    pages = []
    for i, im in enumerate(rasteriser(pdf, dpi, gris=False)):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.16), int(h * 1.12)
        # fond : bois de bureau avec dégradé
        yy, xx = np.mgrid[0:H, 0:W]
        fond = np.stack([120 + 25 * np.sin(xx / 37.0) + 0.02 * yy,
                         85 + 15 * np.sin(xx / 37.0) + 0.015 * yy,
                         55 + 8 * np.sin(xx / 53.0)], axis=-1)
        fond = Image.fromarray(np.clip(fond, 0, 255).astype(np.uint8))
        dx = (0, 14, -10)[i % 3]
        dest = [(0.09 * W + dx, 0.07 * H), (0.90 * W + dx, 0.035 * H), (0.955 * W, 0.965 * H), (0.03 * W, 0.93 * H)]
        coeffs = coefficients_perspective(dest, [(0, 0), (w, 0), (w, h), (0, h)])
        feuille = im.transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
        masque = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, fillcolor=0)
        fond.paste(feuille, (0, 0), masque)
        a = np.asarray(fond).astype(np.float32)
        # éclairage : lumière venant du haut à gauche, ombre du téléphone en bas à droite
        eclair = 1.08 - 0.28 * ((xx / W) * 0.6 + (yy / H) * 0.7)
        ombre = 1 - 0.35 * np.exp(-(((xx - 0.78 * W) / (0.25 * W)) ** 2 + ((yy - 0.9 * H) / (0.18 * H)) ** 2))
        a *= (eclair * ombre)[..., None]
        a[..., 2] *= 0.93                                   # dominante chaude
        a += RNG.normal(0, 4, a.shape)
        photo = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        tampon = io.BytesIO()
        photo.save(tampon, "JPEG", quality=58)
        pages.append(Image.open(io.BytesIO(tampon.getvalue())).convert("RGB"))
    pages[0].save(sortie_pdf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=62)


def main():
    etapes = [("Rennes (SIO)", construire_rennes), ("Dijon (CJN, zone de texte)", construire_dijon),
              ("Limoges (CPRP)", construire_limoges), ("Limoges rectificatif (ODT)", construire_rectificatif),
              ("Corse (MCO, HTML)", construire_corse), ("Note nationale diététique", construire_dietetique)]
    for titre, fn in etapes:
        print("construction :", titre, flush=True)
        fn()
    print("scans", flush=True)
    scan_a_plat(sortie("circulaire_cprp_2028_limoges.pdf"), sortie("circulaire_cprp_2028_limoges_scan.pdf"))
    photo_telephone(sortie("circulaire_mco_2027_corse.pdf"), sortie("circulaire_mco_2027_corse_scan.pdf"))
    shutil.rmtree(TMP, ignore_errors=True)
    print("terminé")


if __name__ == "__main__":
    main()
