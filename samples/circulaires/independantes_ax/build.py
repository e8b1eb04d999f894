#!/usr/bin/env python3
"""Build the independantes_ax corpus (circulars that reached the exam office as pictures).
Run: /work/main/.venv/bin/python build.py
Writes only into this folder, plus temporary files in /tmp/ax_build and a private LibreOffice profile."""
import html, io, os, random, shutil, subprocess

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_rennes as TR
import textes_montpellier as TM
import textes_orleans as TO
import textes_gpme as TG

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
TMP = "/tmp/ax_build"
LO_PROFILE = "file:///tmp/lo_ax"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation2/"
MAX_BYTES = 2 * 1024 * 1024


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def render_pages(pdf, dpi):
    """PDF -> list of RGB page images (pdftoppm)."""
    stem = os.path.join(TMP, os.path.basename(pdf)[:-4] + f"_{dpi}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, stem], check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(stem) + "-") and f.endswith(".png"))
    return [Image.open(os.path.join(TMP, f)).convert("RGB") for f in files]


# ---------------------------------------------------------------- photo simulation
def _perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): maps output (dst) points to input (src) points."""
    a = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for pt in src for c in pt], dtype=float)
    return np.linalg.solve(np.array(a, dtype=float), b).tolist()


def desk_background(w, h, rng, tone=(118, 86, 58)):
    """Wood-like desk: horizontal streaks + noise."""
    y = np.arange(h)[:, None]
    x = np.arange(w)[None, :]
    streak = np.sin(y / 9.0 + np.sin(x / 140.0) * 2.5) * 10 + np.sin(y / 37.0) * 6
    base = np.stack([np.full((h, w), c, float) for c in tone], axis=2)
    base += streak[..., None]
    base += rng.normal(0, 5, (h, w, 1))
    return base


def photograph(page, rng, angle_deg, corners_jitter, shadow, light_from, out_w=1650, warm=1.0):
    """Lay a rendered page on a desk, photograph it: perspective, rotation, uneven light, shadow, noise."""
    pw, ph = page.size
    margin = 0.07
    W = out_w
    scale = W * (1 - 2 * margin) / pw
    H = int(ph * scale / (1 - 2 * margin * 0.8))
    bg = desk_background(W, H, rng)
    # where the page corners land in the photo (before rotation): a trapezoid (phone held slightly tilted)
    cx, cy = W / 2, H / 2
    hw, hh = pw * scale / 2, ph * scale / 2
    tl, tr, br, bl = [(-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh)]
    jit = corners_jitter
    quad = [(tl[0] + jit[0], tl[1] + jit[1]), (tr[0] - jit[2], tr[1] + jit[3]),
            (br[0] + jit[4], br[1] - jit[5]), (bl[0] - jit[6], bl[1] - jit[7])]
    a = np.deg2rad(angle_deg)
    rot = lambda p: (cx + p[0] * np.cos(a) - p[1] * np.sin(a), cy + p[0] * np.sin(a) + p[1] * np.cos(a))
    dst = [rot(p) for p in quad]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    # soft drop shadow of the sheet on the desk
    sh = mask.filter(ImageFilter.GaussianBlur(14))
    sh_arr = np.array(sh, float)[..., None] / 255.0
    sh_arr = np.roll(np.roll(sh_arr, 10, axis=0), 8, axis=1)
    bg = bg * (1 - 0.45 * sh_arr)
    m = np.array(mask, float)[..., None] / 255.0
    img = bg * (1 - m) + np.array(warped, float) * m
    # uneven lighting: linear gradient from the lamp side + vignette
    yy, xx = np.mgrid[0:H, 0:W]
    lx, ly = light_from
    d = np.hypot((xx - lx * W) / W, (yy - ly * H) / H)
    light = 1.08 - 0.42 * d
    vign = 1 - 0.18 * (((xx - cx) / cx) ** 2 + ((yy - cy) / cy) ** 2)
    img *= (light * vign)[..., None]
    # hand / phone shadow: a large soft ellipse
    if shadow:
        sm = Image.new("L", (W, H), 0)
        ImageDraw.Draw(sm).ellipse(shadow, fill=255)
        sm = np.array(sm.filter(ImageFilter.GaussianBlur(70)), float)[..., None] / 255.0
        img *= 1 - 0.38 * sm
    # warm colour cast, sensor noise
    img[..., 0] *= 1.04 * warm
    img[..., 2] *= 0.90 / warm
    img += rng.normal(0, 4.0, img.shape)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.6))


def save_jpeg(img, path, quality=80):
    img.save(path, "JPEG", quality=quality, optimize=True)
    assert os.path.getsize(path) < MAX_BYTES, path


# ---------------------------------------------------------------- A. Rennes: webmail screenshot (PNG)
def build_rennes():
    e = html.escape
    dossiers = "".join(f'<li class="{"sel" if i == 0 else ""}"><span>{e(n)}</span><b>{c}</b></li>'
                       for i, (n, c) in enumerate(TR.DOSSIERS))
    # mini calendar of January 2026 (1 Jan 2026 is a Thursday)
    cells = ['<td></td>'] * 3 + [f'<td class="{"today" if d == 15 else ""}">{d}</td>' for d in range(1, 32)]
    cells += ['<td></td>'] * (-len(cells) % 7)
    rows = "".join("<tr>" + "".join(cells[i:i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    minical = (f'<div class="minical"><div class="mh">‹ {TR.MINI_CAL_MOIS} ›</div><table><tr>'
               + "".join(f"<th>{j}</th>" for j in "LMMJVSD") + f"</tr>{rows}</table></div>")
    msgs = "".join(
        f'<div class="msg{" unread" if not lu else ""}{" open" if ouvert else ""}"><div class="l1"><span>{e(exp)}</span>'
        f'<span class="d">{e(d)}</span></div><div class="l2">{e(obj)}</div></div>'
        for exp, obj, d, lu, ouvert in TR.MESSAGES)
    pj = "Pièces jointes (2) : " + "".join(f'<span class="pj">▤ {e(n)} <i>({e(t)})</i></span>' for n, t in TR.PJ)
    t1 = "".join("<tr>" + "".join((f"<th>{e(c)}</th>" if r == 0 else f"<td>{e(c)}</td>") for c in row) + "</tr>"
                 for r, row in enumerate(TR.TABLE_ECRITS))
    t2 = "".join("<tr>" + "".join((f"<th>{e(c)}</th>" if r == 0 else f"<td>{e(c)}</td>") for c in row) + "</tr>"
                 for r, row in enumerate(TR.TABLE_ORAUX))
    ech = "".join(f"<li>{x}</li>" for x in TR.ECHEANCES)
    agenda = "".join(f'<div class="ag"><b>{e(d)} · {e(h)}</b><br>{e(t)}</div>' for d, h, t in TR.AGENDA)
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{e(TR.TITRE_ONGLET)}</title>
<style>
* {{ box-sizing: border-box; }}
body {{ margin:0; font-family:'DejaVu Sans', sans-serif; font-size:14px; color:#1d2433; background:#eef1f6; }}
.top {{ height:52px; background:#1b3a6b; color:#fff; display:flex; align-items:center; padding:0 18px; gap:24px; }}
.top .logo {{ font-weight:bold; font-size:17px; }}
.top input {{ flex:0 0 420px; height:32px; border-radius:4px; border:0; padding:0 10px; font-size:14px; }}
.top .user {{ margin-left:auto; font-size:14px; }}
.tabs {{ background:#dfe6f1; padding:0 18px; height:38px; display:flex; gap:26px; align-items:center; font-size:14px; }}
.tabs .on {{ font-weight:bold; border-bottom:3px solid #1b3a6b; padding-bottom:6px; }}
.wrap {{ display:flex; height:calc(100vh - 90px); }}
.left {{ width:210px; background:#f7f8fb; border-right:1px solid #c9d1de; padding:12px 10px; }}
.left button {{ width:100%; height:34px; background:#2f6fce; color:#fff; border:0; border-radius:4px; font-size:14px; }}
.left ul {{ list-style:none; padding:0; margin:14px 0; }}
.left li {{ display:flex; justify-content:space-between; padding:6px 8px; border-radius:3px; }}
.left li.sel {{ background:#d4e2f7; font-weight:bold; }}
.minical {{ margin-top:18px; font-size:13.5px; }} .minical .mh {{ text-align:center; font-weight:bold; margin-bottom:4px; }}
.minical table {{ width:100%; border-collapse:collapse; text-align:center; }} .minical td, .minical th {{ padding:2px 0; }}
.minical .today {{ background:#2f6fce; color:#fff; border-radius:50%; }}
.list {{ width:340px; background:#fff; border-right:1px solid #c9d1de; overflow:hidden; }}
.list .lh {{ padding:10px 12px; font-weight:bold; border-bottom:1px solid #dde3ec; }}
.msg {{ padding:9px 12px; border-bottom:1px solid #e5e9f0; }}
.msg .l1 {{ display:flex; justify-content:space-between; font-size:14px; }} .msg .d {{ color:#5b6578; font-size:13.5px; }}
.msg .l2 {{ color:#3b4455; font-size:13.5px; margin-top:2px; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }}
.msg.unread .l1 span:first-child {{ font-weight:bold; }} .msg.open {{ background:#e4edfb; border-left:4px solid #2f6fce; }}
.read {{ flex:1; background:#fff; padding:16px 24px; overflow:hidden; }}
.read h1 {{ font-size:19px; margin:0 0 10px; }}
.hdr {{ font-size:14px; line-height:1.55; border-bottom:1px solid #dde3ec; padding-bottom:8px; }}
.hdr b {{ display:inline-block; width:52px; color:#5b6578; font-weight:normal; }}
.pjs {{ margin:8px 0 4px; }} .pj {{ display:inline-block; background:#f0f3f8; border:1px solid #cfd7e4; border-radius:4px; padding:4px 8px; margin-right:8px; font-size:13.5px; }}
.body {{ font-size:14.5px; line-height:1.5; }}
.body h3 {{ font-size:15px; margin:14px 0 6px; color:#1b3a6b; }}
.body table {{ border-collapse:collapse; width:100%; font-size:14px; }}
.body th {{ background:#e8eef8; text-align:left; }} .body td, .body th {{ border:1px solid #b8c3d6; padding:5px 7px; vertical-align:top; }}
.body ul {{ margin:4px 0; padding-left:22px; }} .body li {{ margin:3px 0; }}
.note {{ font-size:14px; color:#3b4455; margin:5px 0; }}
.sig {{ color:#4a5568; font-size:14px; line-height:1.4; border-top:1px dashed #c9d1de; padding-top:6px; margin-top:8px; }}
.right {{ width:190px; background:#f7f8fb; border-left:1px solid #c9d1de; padding:12px; font-size:13.5px; }}
.right h4 {{ margin:0 0 8px; font-size:14px; }} .ag {{ background:#fff; border:1px solid #dde3ec; border-radius:4px; padding:6px; margin-bottom:8px; }}
</style></head><body>
<div class="top"><span class="logo">✉ Messagerie – ac-rennes.fr</span><input value="Rechercher dans les messages"><span class="user">Secrétariat examens ▾</span></div>
<div class="tabs"><span class="on">Courrier</span><span>Contacts</span><span>Agenda</span><span>Tâches</span><span>Porte-documents</span></div>
<div class="wrap">
<div class="left"><button>Nouveau message</button><ul>{dossiers}</ul>{minical}</div>
<div class="list"><div class="lh">Boîte de réception · 12 non lus</div>{msgs}</div>
<div class="read"><h1>{e(TR.OBJET)}</h1>
<div class="hdr"><b>De :</b> {TR.DE}<br><b>À :</b> {e(TR.A)}<br><b>Cc :</b> {e(TR.CC)}<br><b>Date :</b> {e(TR.DATE)}
<div class="pjs">{pj}</div></div>
<div class="body">{"".join(f"<p>{e(x)}</p>" for x in TR.CORPS_INTRO)}
<h3>{e(TR.TABLE_TITRE)}</h3><table>{t1}</table><p class="note">{e(TR.NOTE_ECRITS)}</p>
<h3>{e(TR.TABLE2_TITRE)}</h3><table>{t2}</table><p class="note">{e(TR.NOTE_ORAUX)}</p>
<h3>{e(TR.ECHEANCES_TITRE)}</h3><ul>{ech}</ul>
{"".join(f"<p>{e(x)}</p>" for x in TR.CORPS_FIN)}
<div class="sig">{"<br>".join(e(x) for x in TR.SIGNATURE)}</div></div></div>
<div class="right"><h4>Agenda – à venir</h4>{agenda}</div>
</div></body></html>"""
    src = os.path.join(TMP, "webmail_rennes.html")
    open(src, "w", encoding="utf-8").write(page)
    out = P("circulaire_tourisme_2026_rennes_capture.png")
    shot = os.path.join(TMP, "webmail.png")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--window-size=1600,1440", f"--screenshot={shot}",
                    "file://" + src], check=True, capture_output=True)
    Image.open(shot).convert("RGB").save(out, "PNG", optimize=True)
    assert os.path.getsize(out) < MAX_BYTES


# ---------------------------------------------------------------- B. Montpellier: reportlab PDF + phone photo (JPEG)
def build_montpellier():
    pdfmetrics.registerFont(TTFont("DV", LIB + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", LIB + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB")
    base = ParagraphStyle("b", fontName="DV", fontSize=10, leading=12.5)
    small = ParagraphStyle("s", parent=base, fontSize=10, leading=12)
    bold = ParagraphStyle("bb", parent=base, fontName="DVB")
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    title = ParagraphStyle("t", parent=base, fontName="DVB", fontSize=12.5, leading=15, textColor=colors.HexColor("#7a1f2b"))
    out = P("circulaire_mhr_2027_montpellier.pdf")
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=1.3 * cm, rightMargin=1.3 * cm, topMargin=1.3 * cm,
                            bottomMargin=1.2 * cm, title=TM.TITRE, author="DEC 4")
    story = []
    head = Table([[Paragraph("<br/>".join(f"<b>{x}</b>" if i < 2 else x for i, x in enumerate(TM.EN_TETE)), base),
                   Paragraph(f"{TM.REFERENCE}<br/>{TM.LIEU_DATE}<br/><br/>{TM.DESTINATAIRES.replace(chr(10), '<br/>')}", right)]],
                 colWidths=[8 * cm, 10 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#7a1f2b"))]))
    story += [head, Spacer(1, 8), Paragraph(TM.TITRE, title), Paragraph(TM.SOUS_TITRE, bold), Spacer(1, 4),
              Paragraph(TM.INTRO, base), Spacer(1, 6)]
    data = [[Paragraph(f"<b>{h}</b>", small) for h in TM.ENTETE_TABLE]]
    for row in TM.TABLE:
        data.append([Paragraph(f"<b>{row[0]}</b>", small)] + [Paragraph(c, small) for c in row[1:]])
    t = Table(data, colWidths=[1.85 * cm, 4.75 * cm, 1.65 * cm, 4.1 * cm, 2.0 * cm, 4.05 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ecd9dc")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    story += [t, Spacer(1, 6)]
    for x in (TM.DEPOT, TM.JURY, TM.RESULTATS, TM.FERIE):
        story += [Paragraph("• " + x, base), Spacer(1, 2)]
    bas = Table([[[Paragraph("<b>Adresses des centres</b>", base)] + [Paragraph(a, small) for a in TM.ADRESSES],
                  Paragraph("<br/>".join(TM.SIGNATURE), base)]], colWidths=[11.6 * cm, 6.6 * cm])
    bas.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    story += [Spacer(1, 4), bas]

    def footer(canvas, _doc):
        canvas.saveState(); canvas.setFont("DV", 8.5); canvas.drawCentredString(A4[0] / 2, 0.7 * cm, TM.PIED); canvas.restoreState()
    doc.build(story, onFirstPage=footer, onLaterPages=footer)

    # print -> stamp + handwriting on the paper -> phone photo
    page = render_pages(out, 170)
    assert len(page) == 1, "the Montpellier note must fit on one page"
    page = page[0]
    stamp_and_scribble(page)
    rng = np.random.default_rng(11)
    W = 1650
    photo = photograph(page, rng, angle_deg=-3.2, corners_jitter=(38, 22, 10, 30, 26, 6, 4, 18),
                       shadow=(int(W * 0.55), int(W * 1.05), int(W * 1.35), int(W * 1.75)), light_from=(0.15, -0.1), out_w=W)
    save_jpeg(photo, P("circulaire_mhr_2027_montpellier_photo.jpg"), quality=80)


def stamp_and_scribble(page):
    """Red arrival stamp (rotated) and a blue hand-written note, as on the paper copy."""
    w, h = page.size
    st = Image.new("RGBA", (520, 230), (0, 0, 0, 0))
    d = ImageDraw.Draw(st)
    red = (178, 34, 45, 200)
    d.rounded_rectangle((6, 6, 514, 224), radius=18, outline=red, width=6)
    fb = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", 30)
    fd = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", 46)
    d.text((260, 40), TM.TAMPON[0], font=fb, fill=red, anchor="mm")
    d.text((260, 86), TM.TAMPON[1], font=fb, fill=red, anchor="mm")
    d.text((260, 140), TM.TAMPON[2], font=fd, fill=red, anchor="mm")
    d.text((260, 194), TM.TAMPON[3], font=fb, fill=red, anchor="mm")
    st = st.rotate(9, expand=True, resample=Image.BICUBIC)
    page.paste(st, (int(w * 0.07), int(h * 0.838)), st)
    # hand-written note: glyph by glyph, wobbling baseline and slant
    rng = random.Random(5)
    font = ImageFont.truetype(DEJAVU + "DejaVuSans-Oblique.ttf", 40)
    x, y = int(w * 0.56), int(h * 0.915)
    for ch in TM.MANUSCRIT:
        g = Image.new("RGBA", (60, 70), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((8, 6), ch, font=font, fill=(25, 45, 140, 235))
        g = g.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
        page.paste(g, (x, y + int(rng.uniform(-4, 4))), g)
        x += int(font.getlength(ch) * rng.uniform(0.92, 1.05))
    ImageDraw.Draw(page).line((int(w * 0.56), y + 58, x, y + 52), fill=(25, 45, 140), width=3)


# ---------------------------------------------------------------- C. Orléans-Tours: DOCX -> PDF -> two photos -> image-only PDF
def _cell(cell, text, bold=False, size=10, shade=None):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text); r.bold = bold; r.font.size = Pt(size)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), shade); tcPr.append(shd)


def _widths(table, widths_cm):
    """Column widths that LibreOffice honours: tblGrid + every tcW, fixed layout."""
    table.autofit = False
    tw = [int(w * 567) for w in widths_cm]
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, tw):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
            tcW.set(qn("w:type"), "dxa"); tcW.set(qn("w:w"), str(w))


def _base_doc(font="Liberation Serif", size=11):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    return doc


def build_orleans():
    doc = _base_doc()
    head = doc.add_table(rows=1, cols=2)
    l, r = head.rows[0].cells
    l.width, r.width = Cm(7.5), Cm(9.1)
    l.text = ""
    for i, line in enumerate(TO.EN_TETE):
        par = l.paragraphs[0] if i == 0 else l.add_paragraph()
        run = par.add_run(line); run.font.size = Pt(10 if i > 1 else 12); run.bold = i < 2
        par.paragraph_format.space_after = Pt(0)
    r.text = ""
    p0 = r.paragraphs[0]; p0.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p0.add_run(TO.LIEU_DATE)
    for line in TO.DESTINATAIRES:
        par = r.add_paragraph(); par.alignment = WD_ALIGN_PARAGRAPH.CENTER; par.paragraph_format.space_after = Pt(0)
        par.add_run(line).font.size = Pt(11)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run(TO.OBJET).bold = True
    for ref in TO.REFERENCES:
        p = doc.add_paragraph(); run = p.add_run(ref); run.italic = True; run.font.size = Pt(10)
        p.paragraph_format.space_after = Pt(0); p.paragraph_format.left_indent = Cm(1)
    doc.add_paragraph()
    for x in TO.INTRO:
        p = doc.add_paragraph(x); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for titre, paras in ((TO.SECTION_DOSSIERS, TO.DOSSIERS), (TO.SECTION_VACANCES, [TO.VACANCES])):
        p = doc.add_paragraph(); run = p.add_run(titre); run.bold = True; run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        for x in paras:
            p = doc.add_paragraph(x); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph(); run = p.add_run(TO.CAL_TITRE); run.bold = True; run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    t = doc.add_table(rows=1 + len(TO.CAL), cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(TO.CAL_ENTETE):
        _cell(t.rows[0].cells[j], h, bold=True, shade="D9E2F3")
    for i, row in enumerate(TO.CAL, start=1):
        for j, v in enumerate(row):
            _cell(t.rows[i].cells[j], v, shade="F2F2F2" if i % 2 == 0 else None)
    _widths(t, [4.7, 1.6, 3.7, 2.5, 4.1])
    p = doc.add_paragraph(TO.CAL_NOTE); p.paragraph_format.space_before = Pt(8); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = doc.add_paragraph(); run = p.add_run(TO.SECTION_FIN); run.bold = True; run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    for x in TO.FIN:
        doc.add_paragraph(x)
    doc.add_paragraph()
    for line in TO.SIGNATURE:
        p = doc.add_paragraph(line); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_after = Pt(0)
    src = os.path.join(TMP, "circulaire_elec_2028_orleans-tours.docx")
    doc.save(src)
    pdf = soffice_pdf(src, TMP)
    pages = render_pages(pdf, 170)
    assert len(pages) == 2, f"Orléans-Tours circular has {len(pages)} pages, expected 2"
    rng = np.random.default_rng(23)
    W = 1500
    ph1 = photograph(pages[0], rng, angle_deg=2.6, corners_jitter=(12, 30, 36, 8, 6, 24, 28, 4),
                     shadow=None, light_from=(0.9, 0.0), out_w=W, warm=1.03)
    ph2 = photograph(pages[1], rng, angle_deg=-3.6, corners_jitter=(30, 6, 8, 26, 34, 10, 12, 30),
                     shadow=(int(-W * 0.25), int(W * 0.9), int(W * 0.45), int(W * 1.7)), light_from=(0.3, 1.1), out_w=W,
                     warm=0.98)
    out = P("circulaire_elec_2028_orleans-tours_photos.pdf")
    # image-only PDF, 180 dpi, JPEG-compressed pages, no text layer
    ph1.save(out, "PDF", resolution=180.0, save_all=True, append_images=[ph2], quality=78,
             title="Numérisation", producer="Scanner mobile")
    assert os.path.getsize(out) < MAX_BYTES


# ---------------------------------------------------------------- D. national note GPME 2029: DOCX + PDF
def build_gpme():
    doc = _base_doc(font="Liberation Sans", size=10.5)
    for i, line in enumerate(TG.MINISTERE):
        p = doc.add_paragraph(); run = p.add_run(line); run.bold = i == 0; run.font.size = Pt(10 if i else 11)
        p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph(TG.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.add_run(TG.DESTINATAIRES).italic = True
    p = doc.add_paragraph(); p.add_run(TG.OBJET).bold = True
    p = doc.add_paragraph(); run = p.add_run(TG.REFERENCES); run.font.size = Pt(9.5)
    doc.add_paragraph(TG.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def titre(x):
        p = doc.add_paragraph(); run = p.add_run(x); run.bold = True; run.font.size = Pt(11.5)
        run.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C); p.paragraph_format.space_before = Pt(10)
    titre(TG.ECRITS_TITRE)
    t = doc.add_table(rows=1 + len(TG.ECRITS), cols=5); t.style = "Table Grid"
    for j, h in enumerate(TG.ECRITS_ENTETE):
        _cell(t.rows[0].cells[j], h, bold=True, size=10, shade="DCEBF5")
    for i, row in enumerate(TG.ECRITS, start=1):
        for j, v in enumerate(row):
            _cell(t.rows[i].cells[j], v, bold=j == 0, size=10)
    _widths(t, [1.9, 5.9, 3.6, 3.4, 1.8])
    titre(TG.ORAUX_TITRE)
    for x in TG.ORAUX:
        p = doc.add_paragraph(x, style="List Bullet"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    titre(TG.LISTE_TITRE)
    t = doc.add_table(rows=1 + len(TG.LISTE), cols=4); t.style = "Table Grid"
    for j, h in enumerate(TG.LISTE_ENTETE):
        _cell(t.rows[0].cells[j], h, bold=True, size=10, shade="DCEBF5")
    for i, (ech, op, qui) in enumerate(TG.LISTE, start=1):
        c = t.rows[i].cells
        c[0].text = ""; box = c[0].paragraphs[0].add_run("☐"); box.font.size = Pt(14); box.font.name = "DejaVu Sans"
        c[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _cell(c[1], ech, bold=True, size=10); _cell(c[2], op, size=10); _cell(c[3], qui, size=9.5)
    _widths(t, [1.0, 4.2, 8.4, 3.0])
    p = doc.add_paragraph(); run = p.add_run(TG.NOTE_LISTE); run.italic = True; run.font.size = Pt(9.5)
    doc.add_paragraph()
    for line in TG.SIGNATURE:
        p = doc.add_paragraph(line); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_after = Pt(0)
    out = P("note_nationale_gpme_2029.docx")
    doc.save(out)
    pdf = soffice_pdf(out, TMP)
    shutil.copy(pdf, P("note_nationale_gpme_2029.pdf"))


if __name__ == "__main__":
    shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP)
    build_rennes(); print("rennes ok")
    build_montpellier(); print("montpellier ok")
    build_orleans(); print("orleans ok")
    build_gpme(); print("gpme ok")
    for f in sorted(os.listdir(HERE)):
        if not f.endswith((".py", ".json", ".md")):
            print(f"{os.path.getsize(P(f)):>9}  {f}")
