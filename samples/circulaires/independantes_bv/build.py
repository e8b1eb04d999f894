#!/usr/bin/env python3
"""Build the independantes_bv corpus (uncommon containers). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile /tmp/lo_bv and temp files in /tmp).
  - circulaire_et_2027_nancy-metz.xps / _openxps.oxps : XPS packages written by hand (FixedPage XAML, Glyphs,
    obfuscated subset font), Microsoft XPS 1.0 and OpenXPS (ECMA-388) namespaces;
  - circulaire_ndrc_2028_bordeaux.xml : Word 2003 XML (w:wordDocument), then _lo.fodt : LibreOffice flat ODT of it;
  - circulaire_sam_2029_toulouse.fods : openpyxl workbook saved by LibreOffice as flat ODS;
  - note_nationale_mhr_2030.epub (EPUB 3 by hand) and _lo.epub (LibreOffice EPUB export of a DOCX);
  - circulaire_cprp_2026_clermont-ferrand.pdf : PDF/A-1b by LibreOffice, XMP CreateDate rewritten."""
import base64, datetime as dt, glob, html, io, os, re, shutil, subprocess, tempfile, zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fontTools import subset
from fontTools.ttLib import TTFont
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFont

import textes_nancy as TN
import textes_bordeaux as TB
import textes_toulouse as TT
import textes_mhr as TM
import textes_clermont as TC

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bv"
TMP = tempfile.mkdtemp(prefix="bv_build_")
FIXED = (2027, 2, 5, 9, 30, 0)
LIB = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"


def soffice(args, cwd):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", *args], cwd=cwd, check=True,
                   capture_output=True, timeout=240)


def zwrite(zf, name, data, stored=False):
    info = zipfile.ZipInfo(name, FIXED)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    zf.writestr(info, data)


# ====================================================================== XPS / OpenXPS
NS = {"xps": ("http://schemas.microsoft.com/xps/2005/06",
              "http://schemas.microsoft.com/xps/2005/06/fixedrepresentation",
              "http://schemas.microsoft.com/xps/2005/06/required-resource"),
      "oxps": ("http://schemas.openxps.org/oxps/v1.0",
               "http://schemas.openxps.org/oxps/v1.0/fixedrepresentation",
               "http://schemas.openxps.org/oxps/v1.0/required-resource")}
FONT_GUID = "6F2C1D3A-9B47-4E85-A1C0-3D5E7F9B2A41"
A4 = (793.76, 1122.56)


class XFont:
    """Subset of Liberation Sans holding the characters of the circular; widths for layout."""

    def __init__(self, text):
        opts = subset.Options()
        opts.hinting = False
        opts.layout_features = []
        opts.name_IDs = ["*"]
        font = TTFont(LIB, recalcTimestamp=False)
        sub = subset.Subsetter(opts)
        sub.populate(text=text + "".join(chr(c) for c in range(32, 127)))
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        self.ttf = buf.getvalue()
        self.cmap = font.getBestCmap()
        self.hmtx = font["hmtx"]
        self.upm = font["head"].unitsPerEm

    def width(self, text, size):
        return sum(self.hmtx[self.cmap.get(ord(c), ".notdef")][0] for c in text) * size / self.upm

    def obfuscated(self):
        key = bytes.fromhex(FONT_GUID.replace("-", ""))[::-1]
        data = bytearray(self.ttf)
        for i in range(32):
            data[i] ^= key[i % 16]
        return bytes(data)


class XPage:
    def __init__(self, font, size=A4):
        self.font, self.w, self.h, self.items, self.y = font, size[0], size[1], [], 90.0

    def glyphs(self, x, y, text, size=13.33, bold=False, extra=""):
        s = html.escape(text, quote=True)
        if s.startswith("{"):
            s = "{}" + s
        sim = ' StyleSimulations="BoldSimulation"' if bold else ""
        self.items.append(f'<Glyphs Fill="#FF000000" FontUri="/Documents/FONTURI" FontRenderingEmSize="{size:.2f}"'
                          f'{sim} OriginX="{x:.2f}" OriginY="{y:.2f}" UnicodeString="{s}"{extra} />')

    def path(self, data, thick=0.75):
        self.items.append(f'<Path Stroke="#FF000000" StrokeThickness="{thick}" Data="{data}" />')

    def para(self, text, size=13.33, bold=False, left=75.0, right=None, indent=0.0, after=6.0, extra=""):
        right = right or self.w - 75.0
        words, line, lines = text.split(" "), "", []
        for w in words:
            cand = (line + " " + w).strip() if line else w
            if self.font.width(cand, size) > right - left - indent and line:
                lines.append(line); line = w
            else:
                line = cand
        lines.append(line)
        for ln in lines:
            self.y += size * 1.3
            self.glyphs(left + indent, self.y, ln, size, bold, extra)
        self.y += after

    def xml(self, ns, doc):
        body = "\n  ".join(self.items).replace("/Documents/FONTURI", f"/Documents/{doc}/Resources/Fonts/{FONT_GUID}.odttf")
        return (f'<FixedPage xmlns="{ns}" xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" Width="{self.w}" '
                f'Height="{self.h}" xml:lang="fr-FR">\n  {body}\n</FixedPage>\n')


def xps_pages(font):
    # document 1: the letter (two pages)
    p1 = XPage(font)
    for i, l in enumerate(TN.EN_TETE):
        p1.para(l, 12 if i else 13.33, bold=i < 2, after=0)
    p1.y += 8
    p1.para(TN.REF, 10.67, extra=' FixedPage.NavigateUri="mailto:ce.dec3@ac-nancy-metz.fr"')
    p1.para(TN.LIEU_DATE, left=430)
    for l in TN.DEST:
        p1.para(l, 12, left=430, after=0)
    p1.y += 14
    p1.para(TN.OBJET, bold=True)
    for r in TN.REFS:
        p1.para(r, 11.5, after=0)
    p1.y += 10
    p2 = XPage(font)
    for page, blocks in ((p1, TN.LETTRE_P1), (p2, TN.LETTRE_P2)):
        for kind, text in blocks:
            if kind == "h":
                page.y += 4; page.para(text, 13.33, bold=True)
            elif kind == "sig":
                page.para(text, left=430, after=0)
            else:
                page.para(text, indent=0)
    for n, page in enumerate((p1, p2), 1):
        page.glyphs(A4[0] / 2 - 20, A4[1] - 40, f"{n} / 2", 10)
    # document 2: the annex, A4 landscape, table drawn in a translated Canvas
    a = XPage(font, (A4[1], A4[0]))
    a.y = 60
    a.para(TN.ANNEXE_TITRE, 16, bold=True)
    a.para(TN.ANNEXE_SOUS, 12)
    cols = [70, 330, 200, 180, 70]
    inner = XPage(font, (A4[1], A4[0]))
    x0, y, rowh = 0.0, 0.0, 30.0
    width = sum(cols)
    inner.path(f"M 0,0 L {width},0")
    for r, row in enumerate(TN.ANNEXE_TABLE):
        x = x0
        for c, cell in enumerate(row):
            if cell:
                inner.glyphs(x + 6, y + 20, cell, 13.33, bold=(r == 0 or row[2] == ""))
            x += cols[c]
        y += rowh
        inner.path(f"M 0,{y} L {width},{y}")
    x = 0
    for cw in [0] + cols:
        x += cw
        inner.path(f"M {x},0 L {x},{y}")
    a.items.append('<Canvas RenderTransform="1,0,0,1,75,150">')
    a.items.extend(inner.items)
    a.items.append("</Canvas>")
    a.y = 150 + y + 10
    a.para(TN.ANNEXE_NOTE, 12, right=A4[1] - 75)
    return [[p1, p2], [a]]


def build_xps(kind, out):
    ns, rel_fixed, rel_res = NS[kind]
    text = "".join(TN.EN_TETE + TN.DEST + TN.REFS + [TN.REF, TN.LIEU_DATE, TN.OBJET, TN.ANNEXE_TITRE, TN.ANNEXE_SOUS,
                   TN.ANNEXE_NOTE] + [t for _, t in TN.LETTRE_P1 + TN.LETTRE_P2] + sum(TN.ANNEXE_TABLE, []))
    font = XFont(text)
    docs = xps_pages(font)
    ct = ('<?xml version="1.0" encoding="utf-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />'
          '<Default Extension="fdseq" ContentType="application/vnd.ms-package.xps-fixeddocumentsequence+xml" />'
          '<Default Extension="fdoc" ContentType="application/vnd.ms-package.xps-fixeddocument+xml" />'
          '<Default Extension="fpage" ContentType="application/vnd.ms-package.xps-fixedpage+xml" />'
          '<Default Extension="odttf" ContentType="application/vnd.ms-package.obfuscated-opentype" />'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml" />'
          '</Types>')
    root_rels = ('<?xml version="1.0" encoding="utf-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Type="{rel_fixed}" Target="/FixedDocumentSequence.fdseq" Id="R0" />'
                 '<Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                 'Target="/docProps/core.xml" Id="R1" /></Relationships>')
    core = ('<?xml version="1.0" encoding="utf-8"?>\n<coreProperties xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Circulaire BTS ET 2027 - DEC3</dc:title><dc:creator>skieffer</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2027-02-04T17:12:09Z</dcterms:created></coreProperties>')
    seq = (f'<FixedDocumentSequence xmlns="{ns}">'
           + "".join(f'<DocumentReference Source="/Documents/{i}/FixedDocument.fdoc" />' for i in range(1, len(docs) + 1))
           + "</FixedDocumentSequence>")
    with zipfile.ZipFile(out, "w") as zf:
        zwrite(zf, "[Content_Types].xml", ct)
        zwrite(zf, "_rels/.rels", root_rels)
        zwrite(zf, "FixedDocumentSequence.fdseq", seq)
        zwrite(zf, "docProps/core.xml", core)
        for d, pages in enumerate(docs, 1):
            fdoc = (f'<FixedDocument xmlns="{ns}">'
                    + "".join(f'<PageContent Source="Pages/{n}.fpage" Width="{p.w}" Height="{p.h}" />' for n, p in enumerate(pages, 1))
                    + "</FixedDocument>")
            zwrite(zf, f"Documents/{d}/FixedDocument.fdoc", fdoc)
            zwrite(zf, f"Documents/{d}/Resources/Fonts/{FONT_GUID}.odttf", font.obfuscated())
            for n, p in enumerate(pages, 1):
                zwrite(zf, f"Documents/{d}/Pages/{n}.fpage", p.xml(ns, d))
                rels = ('<?xml version="1.0" encoding="utf-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        f'<Relationship Type="{rel_res}" Target="/Documents/{d}/Resources/Fonts/{FONT_GUID}.odttf" Id="R1" />'
                        "</Relationships>")
                zwrite(zf, f"Documents/{d}/Pages/_rels/{n}.fpage.rels", rels)


# ====================================================================== Word 2003 XML
def logo_png(lines, size=(220, 90)):
    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 13)
    d.rectangle([0, 0, 8, size[1]], fill=(0, 0, 145))
    d.rectangle([9, 0, 17, size[1]], fill=(255, 255, 255))
    d.rectangle([18, 0, 26, size[1]], fill=(225, 0, 15))
    for i, l in enumerate(lines):
        d.text((36, 10 + i * 22), l, font=f, fill="black")
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def w_runs(runs, base=""):
    out = []
    for r in runs:
        text, fmt = (r, "") if isinstance(r, str) else r
        rpr = base + ("<w:b/>" if fmt == "b" else "") + ('<w:vertAlign w:val="superscript"/>' if fmt == "sup" else "")
        rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        out.append(f'<w:r>{rpr}<w:t>{html.escape(text, quote=False)}</w:t></w:r>')
    return "".join(out)


def w_p(runs, style=None, jc=None, base=""):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:jc w:val="{jc}"/>' if jc else "")
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{w_runs(runs, base)}</w:p>"


def w_table(rows):
    widths = [1100, 4600, 2200, 1900]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for i, row in enumerate(rows):
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{widths[j]}" w:type="dxa"/>'
                      + ('<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if i == 0 else "")
                      + f"</w:tcPr>{w_p([(c, 'b') if i == 0 else c])}</w:tc>" for j, c in enumerate(row))
        trs.append(f"<w:tr>{'<w:trPr><w:tblHeader/></w:trPr>' if i == 0 else ''}{tcs}</w:tr>")
    b = "".join(f'<w:{s} w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{b}</w:tblBorders>'
            f'<w:tblLook w:val="01E0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


def build_word2003(out):
    png = base64.b64encode(logo_png(["ACADÉMIE", "DE BORDEAUX"])).decode()
    pict = ('<w:p><w:r><w:pict><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
            'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><o:lock v:ext="edit" '
            'aspectratio="t"/></v:shapetype><w:binData w:name="wordml://02000001.png" xml:space="preserve">'
            + png + '</w:binData><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:165pt;height:67.5pt">'
            '<v:imagedata src="wordml://02000001.png" o:title="logo_academie"/></v:shape></w:pict></w:r></w:p>')
    body = [pict]
    body += [w_p([l], jc="left", base="<w:sz w:val=\"18\"/>") for l in TB.EN_TETE]
    body.append(w_p(TB.LIEU_DATE, jc="right"))
    body.append(w_p([TB.AFFAIRE], base="<w:i/><w:sz w:val=\"16\"/>"))
    body.append(w_p([(TB.OBJET, "b")]))
    body += [w_p([r], base="<w:sz w:val=\"18\"/>") for r in TB.REFS]
    for kind, content in TB.CORPS:
        if kind == "h":
            body.append(w_p(content, style="Titre2"))
        elif kind == "table":
            body.append(w_table(content))
            body.append(w_p([""]))
        elif kind == "sig":
            body.append(w_p(content, jc="right"))
        else:
            body.append(w_p(content, jc="both"))
    hdr = ('<w:hdr w:type="odd">' + w_p(["Circulaire BTS NDRC — session 2028 — DEC Bordeaux"], jc="right",
                                         base="<w:sz w:val=\"16\"/>") + "</w:hdr>")
    ftr = ('<w:ftr w:type="odd"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Page </w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
           "</w:p></w:ftr>")
    sect = (f'<w:sectPr>{hdr}{ftr}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
            'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    styles = ('<w:styles><w:versionOfBuiltInStylenames w:val="4"/><w:latentStyles w:defLockedState="off" w:latentStyleCount="156"/>'
              '<w:style w:type="paragraph" w:default="on" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="80"/></w:pPr>'
              '<w:rPr><wx:font wx:val="Arial"/><w:rFonts w:ascii="Arial" w:h-ansi="Arial" w:cs="Arial"/><w:sz w:val="20"/>'
              '<w:lang w:val="FR" w:fareast="FR" w:bidi="AR-SA"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/><wx:uiName wx:val="Titre 2"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:pStyle w:val="Titre2"/><w:keepNext/>'
              '<w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/>'
              '<w:sz w:val="22"/></w:rPr></w:style></w:styles>')
    props = ('<o:DocumentProperties><o:Title>BTS NDRC session 2028 - circulaire</o:Title><o:Author>alescarret</o:Author>'
             '<o:LastAuthor>alescarret</o:LastAuthor><o:Revision>7</o:Revision><o:TotalTime>94</o:TotalTime>'
             '<o:Created>2027-12-13T09:12:00Z</o:Created><o:LastSaved>2028-01-24T08:41:00Z</o:LastSaved>'
             '<o:Pages>2</o:Pages><o:Company>Rectorat de Bordeaux</o:Company><o:Version>11.9999</o:Version></o:DocumentProperties>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
           '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
           'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" '
           'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
           'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" w:macrosPresent="no" w:embeddedObjPresent="no" '
           'w:ocxPresent="no" xml:space="preserve">'
           + props + '<w:fonts><w:defaultFonts w:ascii="Arial" w:fareast="Times New Roman" w:h-ansi="Arial" w:cs="Arial"/></w:fonts>'
           + styles + '<w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:proofState w:spelling="clean" '
           'w:grammar="clean"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl '
           'w:val="DontCompress"/><w:validateAgainstSchema/><w:saveInvalidXML w:val="off"/><w:ignoreMixedContent w:val="off"/>'
           '<w:alwaysShowPlaceholderText w:val="off"/><w:compat><w:breakWrappedTables/><w:snapToGridInCell/><w:wrapTextWithPunct/>'
           '<w:useAsianBreakRules/><w:dontGrowAutofit/></w:compat></w:docPr>'
           '<w:body><wx:sect>' + "".join(body) + sect + "</wx:sect></w:body></w:wordDocument>")
    with open(out, "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write(xml)


def build_fodt(src, out):
    d = os.path.join(TMP, "fodt"); os.makedirs(d, exist_ok=True)
    shutil.copy(src, os.path.join(d, "in.xml"))
    soffice(["--infilter=MS Word 2003 XML", "--convert-to", "fodt", "--outdir", d, "in.xml"], d)
    shutil.copy(os.path.join(d, "in.fodt"), out)


# ====================================================================== flat ODS
def build_fods(out):
    wb = Workbook()
    ws = wb.active; ws.title = "Courrier"
    ws.column_dimensions["A"].width = 110; ws.column_dimensions["B"].width = 22
    for i, l in enumerate(TT.COURRIER, 1):
        if isinstance(l, tuple):
            ws.cell(i, 1, l[0]).alignment = Alignment(horizontal="right")
            c = ws.cell(i, 2, l[1]); c.number_format = "[$-40C]d mmmm yyyy"; c.alignment = Alignment(horizontal="left")
        else:
            ws.cell(i, 1, l).font = Font(bold=i <= 2 or l.startswith("Objet"))
    cal = wb.create_sheet("Calendrier")
    cal.append(TT.CAL_HEAD)
    for row in TT.CAL:
        cal.append(row)
    for r in cal.iter_rows(min_row=2):
        r[3].number_format = "[$-40C]dddd d mmmm yyyy"; r[4].number_format = "[$-40C]dddd d mmmm yyyy"
        r[5].number_format = "hh:mm"; r[6].number_format = "hh:mm"
    cal.append([]); cal.append([TT.CAL_NOTE])
    for col, w in zip("ABCDEFGH", (9, 48, 9, 26, 26, 11, 10, 20)):
        cal.column_dimensions[col].width = w
    for c in cal[1]:
        c.font = Font(bold=True)
    dos = wb.create_sheet("Dossiers et jury")
    dos.append(TT.DOSS_HEAD)
    for row in TT.DOSS:
        dos.append(row)
    for r in dos.iter_rows(min_row=2):
        r[1].number_format = "[$-40C]ddd dd/mm/yyyy"; r[2].number_format = "hh:mm"
    for col, w in zip("ABCD", (58, 18, 8, 24)):
        dos.column_dimensions[col].width = w
    cen = wb.create_sheet("Centres")
    cen.append(TT.CENTRES_HEAD)
    for row in TT.CENTRES:
        cen.append(row)
    for col, w in zip("ABCDE", (26, 30, 11, 26, 36)):
        cen.column_dimensions[col].width = w
    old = wb.create_sheet("Session 2028")
    old.append(TT.ANCIEN_HEAD)
    for row in TT.ANCIEN:
        old.append(row)
    for r in old.iter_rows(min_row=2):
        r[1].number_format = "dd/mm/yyyy"; r[2].number_format = "hh:mm"
    old.sheet_state = "hidden"
    d = os.path.join(TMP, "fods"); os.makedirs(d, exist_ok=True)
    wb.save(os.path.join(d, "classeur.xlsx"))
    soffice(["--convert-to", "fods", "--outdir", d, "classeur.xlsx"], d)
    shutil.copy(os.path.join(d, "classeur.fods"), out)


# ====================================================================== EPUB (by hand, and by LibreOffice)
CSS = ("body{font-family:serif;margin:1em} h1{font-size:1.3em;color:#1f3864} h2{font-size:1.1em} "
       "table{border-collapse:collapse} td,th{border:1px solid #444;padding:.2em .4em} p.sig{text-align:right}")


def x_blocks(blocks):
    out = []
    for kind, t in blocks:
        out.append(f"<h2>{html.escape(t)}</h2>" if kind == "h" else f"<p>{html.escape(t)}</p>")
    return "\n".join(out)


def x_table(rows):
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def xhtml(title, inner):
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="fr" lang="fr">\n<head><meta charset="utf-8"/>'
            f'<title>{html.escape(title)}</title><link rel="stylesheet" type="text/css" href="../Styles/style.css"/></head>\n'
            f'<body>\n<section epub:type="chapter">\n<h1>{html.escape(title)}</h1>\n{inner}\n</section>\n</body>\n</html>\n')


def mhr_chapters():
    return [
        ("Section0003.xhtml", "1. Note d'organisation", x_blocks(TM.CH_LETTRE)),
        ("Section0001.xhtml", "2. Épreuves écrites nationales", x_table(TM.CH_ECRITS_TABLE) + f"<p>{html.escape(TM.CH_ECRITS_NOTE)}</p>"),
        ("Section0004.xhtml", "3. Épreuves pratiques et orales", x_blocks(TM.CH_ORAUX)),
        ("Section0002.xhtml", "4. Notes, jurys et résultats", x_blocks(TM.CH_FIN)),
    ]


def build_epub(out):
    chapters = mhr_chapters()
    fiche = ("Annexe.xhtml", "Annexe — fiche de signalement d'incident", x_blocks(TM.FICHE))
    uid = "urn:uuid:3e9b6a52-0c1f-4d8e-b7a4-5f20c9e1d607"
    manifest = "".join(f'<item id="s{i}" href="Text/{f}" media-type="application/xhtml+xml"/>'
                       for i, (f, _, _) in enumerate(chapters + [fiche]))
    spine = "".join(f'<itemref idref="s{i}"/>' for i in range(len(chapters))) + f'<itemref idref="s{len(chapters)}" linear="no"/>'
    opf = ('<?xml version="1.0" encoding="utf-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
           'unique-identifier="BookId" xml:lang="fr">\n<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:opf="http://www.idpf.org/2007/opf">'
           f'<dc:identifier id="BookId">{uid}</dc:identifier><dc:title>{html.escape(TM.TITRE)}</dc:title>'
           f'<dc:creator>{html.escape(TM.AUTEUR)}</dc:creator><dc:language>fr</dc:language>'
           '<dc:publisher>MESR — DGESIP</dc:publisher><dc:date>2029-11-05</dc:date>'
           '<meta property="dcterms:modified">2029-11-19T10:04:00Z</meta></metadata>\n'
           '<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
           '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
           '<item id="css" href="Styles/style.css" media-type="text/css"/>' + manifest + "</manifest>\n"
           f'<spine toc="ncx">{spine}</spine>\n</package>\n')
    nav_li = "".join(f'<li><a href="Text/{f}">{html.escape(t)}</a></li>' for f, t, _ in chapters)
    nav = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" '
           'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="fr"><head><title>Sommaire</title></head><body>'
           f'<nav epub:type="toc" id="toc"><h1>Sommaire</h1><ol>{nav_li}</ol></nav></body></html>\n')
    ncx_pts = "".join(f'<navPoint id="n{i}" playOrder="{i + 1}"><navLabel><text>{html.escape(t)}</text></navLabel>'
                      f'<content src="Text/{f}"/></navPoint>' for i, (f, t, _) in enumerate(chapters))
    ncx = ('<?xml version="1.0" encoding="utf-8"?>\n<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
           f'<head><meta name="dtb:uid" content="{uid}"/></head><docTitle><text>{html.escape(TM.TITRE)}</text></docTitle>'
           f'<navMap>{ncx_pts}</navMap></ncx>\n')
    container = ('<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                 '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n')
    with zipfile.ZipFile(out, "w") as zf:
        zwrite(zf, "mimetype", "application/epub+zip", stored=True)
        zwrite(zf, "META-INF/container.xml", container)
        zwrite(zf, "OEBPS/content.opf", opf)
        zwrite(zf, "OEBPS/nav.xhtml", nav)
        zwrite(zf, "OEBPS/toc.ncx", ncx)
        zwrite(zf, "OEBPS/Styles/style.css", CSS)
        for f, t, inner in sorted(chapters + [fiche]):  # archive order = file-name order, not reading order
            zwrite(zf, f"OEBPS/Text/{f}", xhtml(t, inner))


def build_epub_lo(out):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    doc.core_properties.title = TM.TITRE
    doc.core_properties.author = TM.AUTEUR
    sections = [("1. Note d'organisation", TM.CH_LETTRE, None), ("2. Épreuves écrites nationales", [], TM.CH_ECRITS_TABLE),
                ("3. Épreuves pratiques et orales", TM.CH_ORAUX, None), ("4. Notes, jurys et résultats", TM.CH_FIN, None),
                ("Annexe — fiche de signalement d'incident", TM.FICHE, None)]
    for title, blocks, table in sections:
        doc.add_heading(title, level=1)
        if table:
            t = doc.add_table(rows=len(table), cols=len(table[0])); t.style = "Table Grid"
            for i, row in enumerate(table):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            doc.add_paragraph(TM.CH_ECRITS_NOTE)
        for kind, text in blocks:
            if kind == "h":
                doc.add_heading(text, level=2)
            else:
                doc.add_paragraph(text)
    d = os.path.join(TMP, "epub"); os.makedirs(d, exist_ok=True)
    doc.save(os.path.join(d, "note.docx"))
    soffice(["--convert-to", "epub", "--outdir", d, "note.docx"], d)
    shutil.copy(os.path.join(d, "note.epub"), out)


# ====================================================================== PDF/A-1b
def build_pdfa(out):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    doc.core_properties.title = TC.META_TITRE
    doc.core_properties.author = TC.META_AUTEUR
    doc.core_properties.created = dt.datetime(2024, 12, 9, 8, 0, 0)
    for i, l in enumerate(TC.EN_TETE):
        p = doc.add_paragraph(); r = p.add_run(l); r.bold = i == 0; r.font.size = Pt(9)
        p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph(TC.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.add_run(TC.OBJET).bold = True
    p = doc.add_paragraph(); r = p.add_run(TC.REFS); r.italic = True; r.font.size = Pt(9)
    for kind, content in TC.BLOCS:
        if kind == "h":
            p = doc.add_paragraph(); p.add_run(content).bold = True
        elif kind == "table":
            t = doc.add_table(rows=len(content), cols=len(content[0])); t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        t.cell(i, j).paragraphs[0].runs[0].bold = True
            doc.add_paragraph()
        elif kind == "sig":
            p = doc.add_paragraph(content); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.space_after = Pt(0)
        else:
            p = doc.add_paragraph(content); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d = os.path.join(TMP, "pdfa"); os.makedirs(d, exist_ok=True)
    doc.save(os.path.join(d, "circ.docx"))
    soffice(["--convert-to", 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"1"}}',
             "--outdir", d, "circ.docx"], d)
    data = open(os.path.join(d, "circ.pdf"), "rb").read()
    # rewrite the creation date (same length, so the xref table stays right) in the XMP packet and the Info dict
    m = re.search(rb"<xmp:CreateDate>(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)", data)
    assert m, "no xmp:CreateDate"
    data = data.replace(m.group(1), b"2025-12-03T16:22:41")
    m = re.search(rb"/CreationDate\s*\(D:(\d{14})", data)
    assert m, "no /CreationDate"
    data = data.replace(b"(D:" + m.group(1), b"(D:20251203162241")
    # LibreOffice 7.4 labels its PDF/A-1 output level A (tagged); a 1a file meets 1b, label it 1b (same length)
    data = data.replace(b"<pdfaid:conformance>A<", b"<pdfaid:conformance>B<")
    open(out, "wb").write(data)


def main():
    build_xps("xps", P("circulaire_et_2027_nancy-metz.xps"))
    build_xps("oxps", P("circulaire_et_2027_nancy-metz_openxps.oxps"))
    build_word2003(P("circulaire_ndrc_2028_bordeaux.xml"))
    build_fodt(P("circulaire_ndrc_2028_bordeaux.xml"), P("circulaire_ndrc_2028_bordeaux_lo.fodt"))
    build_fods(P("circulaire_sam_2029_toulouse.fods"))
    build_epub(P("note_nationale_mhr_2030.epub"))
    build_epub_lo(P("note_nationale_mhr_2030_lo.epub"))
    build_pdfa(P("circulaire_cprp_2026_clermont-ferrand.pdf"))
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(glob.glob(P("*.*"))):
        if not f.endswith((".py", ".json", ".md")):
            print(f"{os.path.basename(f):48s} {os.path.getsize(f):>9,d} bytes")


if __name__ == "__main__":
    main()
