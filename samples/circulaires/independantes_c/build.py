#!/usr/bin/env python3
"""Build the independantes_c corpus: sources, PDFs (LibreOffice / reportlab) and three image-only scans.
Run with an interpreter that has python-docx, reportlab, Pillow and numpy. No project code is imported."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import doc_tpl_lyon, doc_mos_nat, doc_bioac_martinique, doc_tp_besancon, doc_mmcm_amiens, doc_sp_strasbourg  # noqa

PROFILE = "file:///tmp/lo_c"
FONT_DIR = "/usr/share/fonts/truetype/liberation2"


def soffice(src, fmt, outdir=HERE, infilter=None):
    """One LibreOffice conversion at a time, private profile."""
    cmd = ["soffice", "-env:UserInstallation=" + PROFILE, "--headless"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def p(name):
    return os.path.join(HERE, name)


def render(pdf, dpi, gray=True, mono=False):
    tmp = tempfile.mkdtemp(prefix="indc_")
    opts = ["-mono"] if mono else (["-gray"] if gray else [])
    subprocess.run(["pdftoppm", "-r", str(dpi), *opts, pdf, os.path.join(tmp, "pg")], check=True)
    pages = [Image.open(f) for f in sorted(glob.glob(os.path.join(tmp, "pg*")))]
    for im in pages:
        im.load()
    shutil.rmtree(tmp)
    return pages


def save_pdf(images, path, dpi):
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi)


def scan_gray_rotated(pdf, out, seed=11):
    """200 dpi grayscale scan, page slightly rotated (0.5–1.5°), light speckle."""
    rng = np.random.default_rng(seed)
    pages = []
    for i, im in enumerate(render(pdf, 200, gray=True)):
        angle = [0.8, -1.2, 0.6, 1.4][i % 4]
        im = im.convert("L").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im, dtype=np.int16)
        a = a - 12 + rng.normal(0, 4, a.shape)                    # paper tone and sensor noise
        dots = rng.random(a.shape) < 0.0008                        # speckle
        a[dots] = rng.integers(40, 140, dots.sum())
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))
        pages.append(im)
    save_pdf(pages, out, 200)


def scan_phone(pdf, out, seed=5):
    """Phone photo: page on a darker desk, perspective warp, uneven lighting, JPEG quality 60."""
    rng = np.random.default_rng(seed)
    page = render(pdf, 150, gray=False)[0].convert("RGB")
    W, H = page.size
    bg = Image.new("RGB", (int(W * 1.18), int(H * 1.22)), (72, 58, 46))
    bga = np.asarray(bg, dtype=np.int16) + rng.normal(0, 9, (bg.size[1], bg.size[0], 1))
    bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
    ox, oy = int(W * 0.09), int(H * 0.11)
    bg.paste(page, (ox, oy))
    # perspective: quad (source corners) mapped onto the output rectangle
    BW, BH = bg.size
    quad = (int(BW * 0.035), int(BH * 0.06),   # top-left
            int(BW * 0.02), int(BH * 0.97),    # bottom-left
            int(BW * 0.995), int(BH * 0.995),  # bottom-right
            int(BW * 0.955), int(BH * 0.015))  # top-right
    warped = bg.transform((BW, BH), Image.QUAD, quad, resample=Image.BICUBIC)
    a = np.asarray(warped, dtype=np.float32)
    yy, xx = np.mgrid[0:BH, 0:BW]
    shade = 0.72 + 0.33 * (xx / BW) * (1 - 0.35 * yy / BH)      # light from the right, darker bottom-left
    a = a * shade[..., None] + rng.normal(0, 3, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    tmp = tempfile.NamedTemporaryFile(suffix=".jpg", delete=False).name
    img.save(tmp, "JPEG", quality=60)
    img = Image.open(tmp)
    img.load()
    os.unlink(tmp)
    save_pdf([img], out, 150)


def scan_bilevel_stamp(pdf, out, seed=3):
    """300 dpi bilevel photocopy, faint round stamp and a handwritten-looking note in the margin of page 1."""
    rng = np.random.default_rng(seed)
    pages = []
    for i, im in enumerate(render(pdf, 300, gray=True)):
        im = im.convert("L")
        if i == 0:
            W, H = im.size
            over = Image.new("L", im.size, 255)
            d = ImageDraw.Draw(over)
            cx, cy, r = W - 300, 250, 150
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=150, width=9)
            d.ellipse((cx - r + 28, cy - r + 28, cx + r - 28, cy + r - 28), outline=150, width=4)
            f = ImageFont.truetype(os.path.join(FONT_DIR, "LiberationSans-Bold.ttf"), 38)
            d.text((cx, cy - 30), "COPIE", font=f, fill=150, anchor="mm")
            d.text((cx, cy + 25), "CONFORME", font=f, fill=150, anchor="mm")
            over = over.rotate(-14, center=(cx, cy), fillcolor=255)
            stamp = np.asarray(over) < 200                          # faint: only part of the ink is copied
            hand = Image.new("L", (1100, 160), 255)
            hd = ImageDraw.Draw(hand)
            fh = ImageFont.truetype(os.path.join(FONT_DIR, "LiberationSerif-Italic.ttf"), 70)
            hd.text((10, 30), "vu, à diffuser aux équipes", font=fh, fill=60)
            hd.line((10, 125, 900, 135), fill=60, width=5)
            hand = hand.rotate(87, expand=True, fillcolor=255)
            im.paste(Image.fromarray(np.minimum(np.asarray(im.crop((40, 900, 40 + hand.size[0], 900 + hand.size[1]))),
                                                np.asarray(hand))), (40, 900))
        a = np.where(np.asarray(im) > 170, 255, 0).astype(np.uint8)
        if i == 0:
            a[stamp & (rng.random(a.shape) < 0.35)] = 0
        im = Image.fromarray(a).convert("1", dither=Image.NONE)
        pages.append(im)
    save_pdf(pages, out, 300)


def main():
    t0 = time.time()
    os.makedirs("/tmp/lo_c", exist_ok=True)
    # 1. Lyon TPL: DOCX -> PDF
    doc_tpl_lyon.build(p("circ_tpl_2026_lyon.docx"))
    soffice(p("circ_tpl_2026_lyon.docx"), "pdf")
    # 2. national MOS note: DOCX (landscape annex) -> PDF
    doc_mos_nat.build(p("note_mos_2025_nationale.docx"))
    soffice(p("note_mos_2025_nationale.docx"), "pdf")
    # 3. Martinique BioAC: HTML -> PDF (HTML opened in LibreOffice Writer)
    doc_bioac_martinique.build(p("circ_bioac_2027_martinique.html"))
    soffice(p("circ_bioac_2027_martinique.html"), "pdf:writer_pdf_Export", infilter="HTML (StarWriter)")
    # 4. Besançon TP: FODT -> ODT and PDF
    doc_tp_besancon.build(p("circ_tp_2028_besancon.fodt"))
    soffice(p("circ_tp_2028_besancon.fodt"), "odt")
    soffice(p("circ_tp_2028_besancon.fodt"), "pdf")
    # 5. Amiens MMCM: one-page calendar drawn with reportlab
    doc_mmcm_amiens.build(p("calendrier_mmcm_2026_amiens.pdf"))
    # 6. Strasbourg SP: long DOCX -> PDF
    doc_sp_strasbourg.build(p("circ_sp_2027_strasbourg.docx"))
    soffice(p("circ_sp_2027_strasbourg.docx"), "pdf")
    # scans
    scan_gray_rotated(p("circ_tpl_2026_lyon.pdf"), p("circ_tpl_2026_lyon_scan.pdf"))
    scan_phone(p("calendrier_mmcm_2026_amiens.pdf"), p("calendrier_mmcm_2026_amiens_scan.pdf"))
    scan_bilevel_stamp(p("circ_bioac_2027_martinique.pdf"), p("circ_bioac_2027_martinique_scan.pdf"))
    print(f"built in {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
