#!/usr/bin/env python3
"""Build the independantes_bn corpus (PDF producers: pdflatex, groff, enscript/a2ps, Ghostscript).
Run: /work/main/.venv/bin/python build.py
Needs (build only): pdflatex (texlive-latex-base/-recommended/-extra, texlive-lang-french), groff (full, for
devpdf), enscript, a2ps, ghostscript, chromium, LibreOffice. Writes only into this folder (plus temp files in
/tmp, a private LibreOffice profile /tmp/lo_bn and a private Chromium profile /tmp/bn_chrome)."""
import datetime as dt, os, shutil, subprocess, tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import textes_toulouse as TT
import textes_nancy as TN
import textes_poitiers as TP
import textes_orleans as TO
import textes_cprp as TC

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
TMP = tempfile.mkdtemp(prefix="bn_build_")
T = lambda name: os.path.join(TMP, name)
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1799999999", FORCE_SOURCE_DATE="1", LC_ALL="C.UTF-8")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, env=ENV, **kw)
    if r.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{r.stderr.decode(errors='replace')[-2000:]}")
    return r


def gs(*args):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", *args])


# ---------------------------------------------------------------- 1. LaTeX (pdflatex), T1 and OT1
def build_toulouse():
    for t1, out in ((True, "circulaire_bioac_2027_toulouse.pdf"), (False, "circulaire_bioac_2027_toulouse_ot1.pdf")):
        name = "bioac_t1" if t1 else "bioac_ot1"
        with open(T(name + ".tex"), "w", encoding="utf-8") as fh:
            fh.write(TT.source(t1))
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], cwd=TMP)
        shutil.copy(T(name + ".pdf"), P(out))


# ---------------------------------------------------------------- 2. groff -ms + tbl: gropdf, and grops + ps2pdf
def build_nancy():
    src = T("cira.ms")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(TN.SOURCE)
    pdf = run(["groff", "-k", "-mfr", "-ms", "-t", "-Tpdf", src]).stdout
    open(P("circulaire_cira_2028_nancy-metz.pdf"), "wb").write(pdf)
    ps = run(["groff", "-k", "-mfr", "-ms", "-t", "-Tps", "-P-pa4", src]).stdout
    open(T("cira.ps"), "wb").write(ps)
    run(["ps2pdf", "-sPAPERSIZE=a4", T("cira.ps"), P("circulaire_cira_2028_nancy-metz_ps.pdf")])


# ---------------------------------------------------------------- 3. plain text: enscript and a2ps, then ps2pdf
def build_poitiers():
    txt = T("circulaire_BTS_MS_2029.txt")
    with open(txt, "wb") as fh:
        fh.write(TP.TEXTE.encode("latin-1"))
    stamp = dt.datetime(2029, 1, 23, 8, 47).timestamp()  # file saved the day after the letter's date
    os.utime(txt, (stamp, stamp))
    run(["enscript", "-q", "-X", "latin1", "-M", "A4", "-G", "--word-wrap", "--mark-wrapped-lines=arrow",
         "-p", T("ms_enscript.ps"), os.path.basename(txt)], cwd=TMP)
    run(["ps2pdf", "-sPAPERSIZE=a4", T("ms_enscript.ps"), P("circulaire_ms_2029_poitiers.pdf")])
    run(["a2ps", "-q", "-X", "latin1", "--medium=A4", "-2", "--line-numbers=5",
         "--header=DEC 2 - secretariat BTS", "--left-footer=mardi 23 janvier 2029", "--footer=",
         "-o", T("ms_a2ps.ps"), os.path.basename(txt)], cwd=TMP)
    run(["ps2pdf", "-sPAPERSIZE=a4", T("ms_a2ps.ps"), P("circulaire_ms_2029_poitiers_a2ps.pdf")])


# ---------------------------------------------------------------- 4. HTML -> Chromium -> gs pdfwrite
def build_orleans():
    html = T("et2030.html")
    with open(html, "w", encoding="utf-8") as fh:
        fh.write(TO.HTML)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=/tmp/bn_chrome", f"--print-to-pdf={T('et2030_chromium.pdf')}", "file://" + html])
    gs("-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4", "-dPDFSETTINGS=/ebook",
       f"-sOutputFile={P('circulaire_et_2030_orleans-tours.pdf')}", T("et2030_chromium.pdf"))


# ---------------------------------------------------------------- 5. DOCX -> LibreOffice -> ps2write -> ps2pdf; image-only
def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    run_ = cell.paragraphs[0].add_run(text)
    run_.bold, run_.font.size = bold, Pt(size)


def build_cprp():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "C059", Pt(10)  # URW OpenType (CFF) fonts: glyph names survive PostScript
    for line in TC.ENTETE:
        r = doc.add_paragraph().add_run(line)
        r.bold, r.font.size = True, Pt(9)
    p = doc.add_paragraph(TC.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(TC.DESTINATAIRES)
    doc.add_paragraph().add_run(TC.OBJET).bold = True
    doc.add_paragraph(TC.REFERENCE)
    for t in TC.PARAS_1:
        doc.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def heading(text):
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before, hp.paragraph_format.keep_with_next = Pt(10), True
        hr = hp.add_run(text)
        hr.bold, hr.font.name, hr.font.size = True, "Nimbus Sans", Pt(11)

    def table(rows):
        tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
        tb.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell_text(tb.cell(i, j), v, bold=(i == 0))

    heading(TC.TITRE_TABLE_UNITES)
    table(TC.UNITES)
    heading(TC.TITRE_TABLE_ECRITS)
    table(TC.ECRITS)
    for t in TC.PARAS_2:
        doc.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for title, paras in ((TC.TITRE_3, TC.PARAS_3), (TC.TITRE_4, TC.PARAS_4)):
        heading(title)
        for t in paras:
            doc.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for line in TC.SIGNATURE:
        doc.add_paragraph(line).paragraph_format.left_indent = Cm(9)
    docx = T("note_cprp_2026.docx")
    doc.save(docx)
    run(["soffice", "-env:UserInstallation=file:///tmp/lo_bn", "--headless", "--convert-to", "pdf",
         "--outdir", TMP, docx])
    # printed to PostScript as a CUPS print queue does (poppler pdftops), then re-distilled by Ghostscript
    run(["pdftops", "-level3", "-paper", "A4", T("note_cprp_2026.pdf"), T("note_cprp_2026.ps")])
    run(["ps2pdf", "-sPAPERSIZE=a4", T("note_cprp_2026.ps"), P("note_nationale_cprp_2026.pdf")])
    # a copy flattened to images by Ghostscript (no text layer): the corpus's one "scan"
    gs("-sDEVICE=pdfimage8", "-r150", "-sCompression=JPEG", "-dJPEGQ=70",
       f"-sOutputFile={P('note_nationale_cprp_2026_image.pdf')}", P("note_nationale_cprp_2026.pdf"))


if __name__ == "__main__":
    build_toulouse()
    build_nancy()
    build_poitiers()
    build_orleans()
    build_cprp()
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            print(f"{f}: {os.path.getsize(P(f))} bytes")
