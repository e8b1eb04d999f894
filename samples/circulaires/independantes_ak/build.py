#!/usr/bin/env python3
"""Build the independantes_ak corpus. Run: /work/main/.venv/bin/python build.py [build_xxx ...]
Writes only into this folder (plus a private LibreOffice profile /tmp/lo_ak and temp files in /tmp).
No project code is imported or run."""
import glob, io, os, random, shutil, subprocess, sys, tempfile

import numpy as np
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docxkit
import rl_cg
import textes_abm as ABM
import textes_pi as PI
import textes_sn as SN
import textes_tourisme as TOU

P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_ak"
# Layout tuning (found by trial, see README): empty paragraphs / space before the calendar tables so that they
# straddle a page break at the intended place with LibreOffice 7 / reportlab.
SN_SPACER = 0      # calendar of the national note: rows 1-6 on one page, rows 7-14 after the repeated header
PI_SPACER = 5      # Orléans-Tours: the E6 row is split across pages 2 and 3
CG_SPACER_CM = 2.5  # Montpellier (reportlab): the E6 row is split across pages 2 and 3


def to_pdf(docx_name):
    tmp = tempfile.mkdtemp(prefix="ak_lo_")
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, P(docx_name)], check=True, capture_output=True)
    pdf = os.path.join(tmp, os.path.splitext(docx_name)[0] + ".pdf")
    shutil.move(pdf, P(os.path.basename(pdf)))
    shutil.rmtree(tmp, ignore_errors=True)


def build_sn():
    name = "note_nationale_sn_2028"
    docxkit.build(SN.blocs(spacer=SN_SPACER), P(name + ".docx"), SN.EN_TETE, SN.PIED)
    to_pdf(name + ".docx")


def build_tourisme():
    name = "circulaire_tourisme_2027_rennes"
    docxkit.build(TOU.blocs(), P(name + ".docx"), TOU.EN_TETE, TOU.PIED, color="00558C")
    to_pdf(name + ".docx")


def build_cg():
    rl_cg.build(P("circulaire_cg_2026_montpellier.pdf"), CG_SPACER_CM)


def build_abm():
    name = "circulaire_abm_2029_lille"
    docxkit.build(ABM.blocs(), P(name + ".docx"), ABM.EN_TETE, ABM.PIED, color="2E5E1E")
    to_pdf(name + ".docx")


def build_pi():
    name = "circulaire_pi_2025_orleans-tours"
    docxkit.build(PI.blocs(spacer=PI_SPACER), P(name + ".docx"), PI.EN_TETE, PI.PIED, color="6B2C91")
    to_pdf(name + ".docx")


def build_scan():
    """Flatbed scan of the Orléans-Tours PDF: 150 dpi gray, slight skew, paper tone, noise, JPEG. No text layer."""
    rng = np.random.default_rng(11); random.seed(11)
    tmp = tempfile.mkdtemp(prefix="ak_scan_")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", P("circulaire_pi_2025_orleans-tours.pdf"),
                    os.path.join(tmp, "p")], check=True)
    pages = []
    for f in sorted(glob.glob(os.path.join(tmp, "p-*.png"))):
        im = Image.open(f).convert("L")
        im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.86 + 24                                  # grey paper, ink not fully black
        a += rng.normal(0, 7, a.shape)                     # sensor noise
        h, w = a.shape
        a[:, : int(w * 0.012)] *= 0.55                     # dark band of the scanner lid
        a *= np.linspace(1.0, 0.94, w)[None, :]            # uneven lighting
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=68); buf.seek(0)
        pages.append(Image.open(buf))
    pages[0].save(P("circulaire_pi_2025_orleans-tours_scan.pdf"), "PDF", resolution=150, save_all=True,
                  append_images=pages[1:])
    shutil.rmtree(tmp, ignore_errors=True)


ALL = (build_sn, build_tourisme, build_cg, build_abm, build_pi, build_scan)

if __name__ == "__main__":
    only = sys.argv[1:]
    for fn in ALL:
        if not only or fn.__name__ in only:
            fn(); print("built", fn.__name__)
