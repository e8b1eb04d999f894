"""Synthetic candidate dossiers for the conformity check: every case, deterministic for a seed, fast.

    python -m samples.dossiers.generate OUTDIR --n 200 --seed 1 [--scans] [--scans-ratio 0.1]
                                        [--deadline 2026-04-22T12:00] [--semaines 10]

Writes OUTDIR/candidats.csv (numero;nom;prenom;option;forme;epreuve;depose_le), OUTDIR/<numero>/ with the
uploaded files, and OUTDIR/expected.json (statut, motifs, penalites per candidate for the given deadline and
required weeks). Everything is invented: names are drawn from lists of common French first and last names,
companies and addresses are made up. Certificates for digital signatures are self-signed, made at run time.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4
DEADLINE = "2026-04-22T12:00"
REQUIRED_WEEKS = 10.0
EPREUVE = "E5"

PRENOMS = ["Zoé", "Léa", "Chloé", "Anaïs", "Jérôme", "Loïc", "Maëlle", "Noé", "Hélène", "Cédric", "Benoît",
           "Françoise", "Gaël", "Inès", "Thaïs", "Mathéo", "Clément", "Agathe", "Éloïse", "Joël", "Amélie",
           "Raphaël", "Océane", "Hugo", "Yanis", "Emma", "Lucas", "Nour", "Sacha", "Léonie"]
NOMS = ["Lefèvre", "Cœur", "Œillet", "Martin", "Dubois", "Bérard", "Gérard", "Lemaître", "Castaño", "Nguyen",
        "Moreau", "Girard", "Fabre", "Rousseau", "Perrin", "Müller", "Lacroix", "Benoît", "Faure", "Brunet",
        "Da Silva", "Le Gall", "Boyer", "Chevalier", "Mercier", "Dupré", "Ménard", "Hoarau", "Bœuf", "Aubert"]
ENTREPRISES = ["Infogérance du Sud", "Réseaux & Services Provence", "Atelier Numérique Rhône",
               "Clinique Saint-Éloi — service informatique", "Mairie de Valbonne-sur-Lez", "DataCœur SARL",
               "Lycée Hôtelier Jean-Moulin (DSI)", "Transports Ménard", "Coopérative Agricole des Alpilles"]
VILLES = ["Marseille", "Aix-en-Provence", "Toulon", "Avignon", "Gap", "Arles", "Nîmes", "Digne-les-Bains"]
TUTEURS = ["Mme Sophie Garnier", "M. Pierre Lambert", "Mme Aïcha Benali", "M. François Lœuillet",
           "Mme Claire Dumas", "M. Étienne Roux"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TITRES = ["ATTESTATION DE STAGE", "CERTIFICAT DE TRAVAIL", "ATTESTATION DE PRÉSENCE EN ENTREPRISE",
          "Attestation de stage", "ATTESTATION DE RÉALISATION DE CONTRAT"]

# Every case the check must handle. Cases marked scan need --scans (or a scans ratio).
CASES = [
    "conforme_vectoriel", "conforme_image", "conforme_numerique", "conforme_deux_attestations",
    "doublon", "chevauchement_insuffisant", "absence_sans_dossier", "absence_dossier_vide", "hors_delai",
    "semaines_insuffisantes", "non_signee", "sans_tableau", "chiffre", "tronque", "vide", "xlsx_renomme",
    "trop_gros", "modifie_apres_signature", "scan_signee", "scan_non_signee",
]
SCAN_CASES = {"scan_signee", "scan_non_signee"}
A_VERIFIER = {"chiffre", "tronque", "vide", "trop_gros", "modifie_apres_signature"}
BIG_BYTES = 5 * 1024 * 1024 + 300_000


# ------------------------------------------------------------------------------------------ dates


def fmt_long(d: dt.date, *, weekday: bool = False, year: bool = True) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    out = f"{day} {MOIS[d.month - 1]}" + (f" {d.year}" if year else "")
    return f"{JOURS[d.weekday()]} {out}" if weekday else out


def phrase_period(a: dt.date, b: dt.date, style: int) -> str:
    """The same period in the phrasings attestations use (styles 0–5)."""
    style %= 6
    if style == 0:
        return f"du {fmt_long(a)} au {fmt_long(b)}"
    if style == 1:
        return f"du {a:%d/%m/%Y} au {b:%d/%m/%Y}"
    if style == 2 and a.year == b.year:
        return f"du {fmt_long(a, weekday=True, year=False)} au {fmt_long(b, weekday=True)}"
    if style == 3 and a.year == b.year:
        return f"du {fmt_long(a, year=False)} au {fmt_long(b)}"
    if style == 4 and a.year == b.year and a.month == b.month:
        return f"du {'1er' if a.day == 1 else a.day} au {fmt_long(b)}"
    if style == 5:
        return f"période : {a:%d/%m/%Y} – {b:%d/%m/%Y}"
    return f"du {fmt_long(a)} au {fmt_long(b)}"


def working_days(periods: list[tuple[dt.date, dt.date]]) -> int:
    """Independent count (set of days) so expected.json does not reuse the code under test."""
    days = set()
    for a, b in periods:
        d = a
        while d <= b:
            if d.weekday() < 5:
                days.add(d)
            d += dt.timedelta(days=1)
    return len(days)


def block(rng: random.Random, weeks: int, start_after: dt.date) -> tuple[dt.date, dt.date]:
    """A Monday-to-Friday block of `weeks` weeks starting after a date."""
    d = start_after + dt.timedelta(days=rng.randint(0, 40))
    d += dt.timedelta(days=(7 - d.weekday()) % 7)  # next Monday
    return d, d + dt.timedelta(days=7 * weeks - 3)


# ------------------------------------------------------------------------------------------ drawing


def _bezier(rng: random.Random, x: float, y: float, w: float, h: float) -> list[tuple[float, ...]]:
    """A cursive-looking signature: a chain of cubic curves wandering left to right."""
    n = rng.randint(4, 8)
    pts = []
    cx, cy = x + rng.uniform(0, w * 0.1), y + h * rng.uniform(0.3, 0.7)
    for i in range(n):
        nx = x + w * (i + 1) / n * rng.uniform(0.9, 1.0)
        ny = y + h * rng.uniform(0.1, 0.9)
        pts.append((cx, cy, cx + rng.uniform(-10, 25), cy + rng.uniform(-h, h) * 0.8,
                    nx - rng.uniform(-10, 25), ny + rng.uniform(-h, h) * 0.8, nx, ny))
        cx, cy = nx, ny
    return pts


INKS = [(0, 0, 0), (0.05, 0.1, 0.45), (0.1, 0.2, 0.8), (0.2, 0.3, 0.6), (0.15, 0.15, 0.2)]


def draw_signature_vector(c: canvas.Canvas, rng: random.Random, x: float, y: float, w: float, h: float) -> None:
    c.saveState()
    c.setStrokeColorRGB(*rng.choice(INKS))
    c.setLineWidth(rng.choice([0.6, 0.9, 1.2, 1.6, 2.2]))
    c.setLineCap(1)
    for _ in range(rng.randint(1, 2)):
        p = c.beginPath()
        segs = _bezier(rng, x, y, w, h)
        p.moveTo(segs[0][0], segs[0][1])
        for s in segs:
            p.curveTo(*s[2:])
        c.drawPath(p, stroke=1, fill=0)
    if rng.random() < 0.5:  # underline flourish
        c.line(x + w * 0.1, y + rng.uniform(0, 6), x + w * rng.uniform(0.6, 0.95), y + rng.uniform(0, 10))
    c.restoreState()


def signature_png(rng: random.Random, w: int, h: int) -> bytes:
    """A drawn signature as a transparent PNG (what a tablet or a pasted scan produces)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    ink = tuple(int(v * 255) for v in rng.choice(INKS)) + (255,)
    width = rng.choice([1, 2, 3, 4])
    for s in _bezier(rng, 0, 0, w * 0.95, h * 0.9):
        pts = []
        for k in range(13):
            t = k / 12
            bx = (1 - t) ** 3 * s[0] + 3 * (1 - t) ** 2 * t * s[2] + 3 * (1 - t) * t**2 * s[4] + t**3 * s[6]
            by = (1 - t) ** 3 * s[1] + 3 * (1 - t) ** 2 * t * s[3] + 3 * (1 - t) * t**2 * s[5] + t**3 * s[7]
            pts.append((bx, h - by))
        draw.line(pts, fill=ink, width=width, joint="curve")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def draw_stamp(c: canvas.Canvas, rng: random.Random, x: float, y: float, company: str) -> None:
    """A company stamp: coloured double circle or rectangle with the company name."""
    c.saveState()
    color = rng.choice([(0.1, 0.2, 0.7), (0.75, 0.1, 0.1), (0.3, 0.3, 0.3)])
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.4)
    if rng.random() < 0.5:
        c.circle(x + 38, y + 38, 36)
        c.circle(x + 38, y + 38, 30)
        c.setFont("Helvetica-Bold", 6)
        c.drawCentredString(x + 38, y + 40, company[:22].upper())
        c.drawCentredString(x + 38, y + 31, "SIRET 123 456 789")
    else:
        c.rect(x, y + 10, 120, 46)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x + 5, y + 42, company[:28].upper())
        c.setFont("Helvetica", 6)
        c.drawString(x + 5, y + 30, "12 rue des Lilas")
        c.drawString(x + 5, y + 20, "Tél. 04 91 00 00 00")
    c.restoreState()


# ------------------------------------------------------------------------------------------ pieces


@dataclass
class Candidate:
    numero: str
    nom: str
    prenom: str
    option: str
    forme: str
    case: str
    depose_le: str
    rng: random.Random
    files: dict[str, bytes] = field(default_factory=dict)
    periods: list[tuple[dt.date, dt.date]] = field(default_factory=list)


def attestation_pdf(cand: Candidate, periods: list[tuple[dt.date, dt.date]], *, signed: bool,
                    mode: str = "vector", digital_label: bool = False) -> bytes:
    """A one-page attestation with a signature zone; mode: vector / image / stamp+vector / none."""
    rng = cand.rng
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Attestation")
    company = rng.choice(ENTREPRISES)
    ville = rng.choice(VILLES)
    tuteur = rng.choice(TUTEURS)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 790, company)
    c.setFont("Helvetica", 9)
    c.drawString(60, 777, f"{rng.randint(1, 120)} avenue de la République, {rng.randint(13, 84)}000 {ville}")
    c.setFont("Helvetica-Bold", 16)
    title = rng.choice(TITRES)
    c.drawCentredString(PAGE_W / 2, 715, title)
    c.setFont("Helvetica", 11)
    style = rng.randint(0, 5)
    text = c.beginText(60, 660)
    text.setLeading(17)
    who = "étudiante" if cand.prenom in {"Zoé", "Léa", "Chloé", "Anaïs", "Maëlle", "Hélène", "Françoise",
                                           "Inès", "Thaïs", "Agathe", "Éloïse", "Amélie", "Océane", "Emma",
                                           "Léonie", "Nour"} else "étudiant"
    text.textLine(f"Je soussigné(e) {tuteur}, tuteur de stage, atteste que {cand.prenom} {cand.nom.upper()},")
    text.textLine(f"{who} en BTS Services informatiques aux organisations (option {cand.option}),")
    if len(periods) == 1:
        text.textLine(f"a effectué un stage dans notre entreprise {phrase_period(*periods[0], style)}.")
    else:
        text.textLine("a effectué un stage dans notre entreprise au cours des périodes suivantes :")
        for i, p in enumerate(periods):
            text.textLine(f"  – {phrase_period(*p, style + i)} ;")
    wd = working_days(periods)
    if rng.random() < 0.5 and wd % 5 == 0:
        text.textLine(rng.choice([f"Durée : {wd // 5} semaines.", f"soit {wd // 5} semaines de stage.",
                                  f"Stage d'une durée de {wd // 5} semaines."]))
    text.textLine("Missions : assistance aux utilisateurs, gestion du parc, sauvegardes, documentation.")
    text.textLine("")
    text.textLine("Attestation délivrée pour servir et valoir ce que de droit.")
    c.drawText(text)
    last = periods[-1][1]
    c.drawString(60, 430, f"Fait à {ville}, le {fmt_long(last + dt.timedelta(days=rng.randint(0, 10)))}")
    if digital_label:
        c.drawString(60, 380, f"Document signé électroniquement par {tuteur}.")
    else:
        lx, ly = 320, 380
        c.setFont("Helvetica-Bold", 10)
        label = rng.choice(["Signature et cachet de l'entreprise", "Signature du tuteur", "Cachet et signature",
                            "Signature et cachet de l'entreprise"])
        c.drawString(lx, ly, label)
        if rng.random() < 0.4:
            c.drawString(60, ly, "Signature du stagiaire")
            if signed and rng.random() < 0.6:
                draw_signature_vector(c, rng, 70, ly - 80, 150, 55)
        c.setFont("Helvetica", 9)
        if rng.random() < 0.5:
            c.drawString(lx, ly - 14, tuteur)
        if rng.random() < 0.3:  # a ruled box around the zone: lines are not ink
            c.setLineWidth(0.6)
            c.rect(lx - 6, ly - 110, 230, 104)
        if signed:
            if mode in ("vector", "stamp"):
                draw_signature_vector(c, rng, lx + 10, ly - 85, rng.uniform(90, 180), rng.uniform(30, 55))
            if mode == "stamp":
                draw_stamp(c, rng, lx + 120, ly - 100, company)
            if mode == "image":
                from reportlab.lib.utils import ImageReader

                png = signature_png(rng, 360, 120)
                c.drawImage(ImageReader(io.BytesIO(png)), lx + 5, ly - 90, width=150, height=50, mask="auto")
    c.setFont("Helvetica", 7)
    c.drawString(60, 40, f"{company} — SIRET 123 456 789 00012 — document fictif généré pour les tests")
    c.showPage()
    c.save()
    return buf.getvalue()


LOREM = ("La réalisation s'inscrit dans le contexte de l'organisation cliente. Le besoin exprimé par les "
         "utilisateurs a été analysé, une solution a été proposée puis mise en œuvre et documentée. Les tests "
         "de recette ont été menés avec le tuteur et les incidents ont été tracés dans l'outil de gestion.")


def portfolio_pdf(cand: Candidate, pages: int = 4) -> bytes:
    rng = cand.rng
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(PAGE_W / 2, 700, "PORTFOLIO")
    c.setFont("Helvetica", 13)
    c.drawCentredString(PAGE_W / 2, 670, f"BTS SIO option {cand.option} — session 2026")
    c.drawCentredString(PAGE_W / 2, 650, f"{cand.prenom} {cand.nom}")
    c.drawString(80, 560, "Sommaire")
    for i in range(1, pages):
        c.drawString(100, 560 - 18 * i, f"Réalisation professionnelle n°{i}")
    c.showPage()
    for i in range(1, pages):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, 780, f"Réalisation professionnelle n°{i} : {rng.choice(['Déploiement', 'Migration', 'Supervision', 'Sauvegarde'])} "
                              f"{rng.choice(['GLPI', 'Active Directory', 'pfSense', 'Proxmox', 'Zabbix'])}")
        c.setFont("Helvetica", 10)
        t = c.beginText(60, 750)
        t.setLeading(14)
        t.textLine("Contexte : réalisation menée en formation, période du 2 au 20 décembre 2024.")
        for _ in range(18):
            words = LOREM.split()
            for k in range(0, len(words), 14):
                t.textLine(" ".join(words[k:k + 14]))
        c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


TABLEAU_HEADER = ["Réalisation professionnelle", "Période", "Compétences mobilisées", "Productions et documents associés"]


def tableau_rows(cand: Candidate) -> list[list[str]]:
    rng = cand.rng
    return [[f"R{i} — {rng.choice(['Parc', 'Réseau', 'Sauvegarde', 'Helpdesk'])}", f"{rng.randint(1, 28)}/0{rng.randint(1, 9)}/2025",
             "Gérer le patrimoine informatique ; Répondre aux incidents", "Procédure, captures, compte rendu"]
            for i in range(1, 5)]


def tableau_xlsx(cand: Candidate) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Synthèse"
    ws.append(["Tableau de synthèse des réalisations professionnelles — épreuve E5"])
    ws.append([f"Candidat : {cand.prenom} {cand.nom}", f"N° {cand.numero}", f"Option {cand.option}"])
    ws.append(TABLEAU_HEADER)
    for row in tableau_rows(cand):
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def tableau_pdf(cand: Candidate) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 790, "Tableau de synthèse des réalisations professionnelles")
    c.setFont("Helvetica", 9)
    c.drawString(50, 772, f"{cand.prenom} {cand.nom} — n° {cand.numero} — option {cand.option}")
    y = 740
    for row in [TABLEAU_HEADER] + tableau_rows(cand):
        for k, cell in enumerate(row):
            c.drawString(50 + 130 * k, y, cell[:30])
        c.line(45, y - 5, 570, y - 5)
        y -= 22
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------------- file defects


def encrypt(data: bytes, password: str = "motdepasse") -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w.encrypt(user_password=password, owner_password=password + "!", algorithm="AES-128")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def inflate(data: bytes, rng: random.Random, target: int = BIG_BYTES) -> bytes:
    """Over the upload limit: an incompressible attachment (a video, a photo album…)."""
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w.add_attachment("video_demo.bin", rng.randbytes(max(0, target - len(data))))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


@lru_cache(maxsize=4)
def self_signed(common_name: str = "Sophie Garnier", seed: int = 0):
    """Key + self-signed certificate made now (nothing downloaded), as pyHanko's SimpleSigner."""
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Entreprise fictive")])
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1000 + seed).not_valid_before(start).not_valid_after(start + dt.timedelta(days=3650))
            .add_extension(usage, critical=True).sign(key, hashes.SHA256()))
    acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    akey = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    return SimpleSigner(signing_cert=acert, signing_key=akey, cert_registry=SimpleCertificateStore.from_certs([acert]))


def sign_digital(data: bytes, common_name: str = "Sophie Garnier") -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name="SignatureTuteur")
    return signers.sign_pdf(writer, meta, signer=self_signed(common_name)).getvalue()


def edit_after_signing(signed: bytes, note: str = "Mention ajoutée après signature") -> bytes:
    """An incremental update that adds content to page 1 after the signature (what a forger would do)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(signed))
    page_ref = w.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    font = generic.DictionaryObject({generic.NameObject("/Type"): generic.NameObject("/Font"),
                                     generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                                     generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica")})
    resources = page["/Resources"]
    fonts = resources["/Font"]
    fonts[generic.NameObject("/FEdit")] = w.add_object(font)
    text = note.encode("latin-1", "replace")
    stream = generic.StreamObject(stream_data=b"BT /FEdit 10 Tf 60 120 Td (" + text + b") Tj ET")
    contents = page["/Contents"]
    items = list(contents) if isinstance(contents, generic.ArrayObject) else [page.raw_get("/Contents")]
    page[generic.NameObject("/Contents")] = generic.ArrayObject(items + [w.add_object(stream)])
    w.update_container(page)
    if isinstance(page.raw_get("/Resources"), generic.IndirectObject):
        w.update_container(resources)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def scan_of(pdf: bytes, rng: random.Random, dpi: int = 200) -> bytes:
    """An image-only PDF of the page, slightly rotated, noisy, JPEG: what a scanner gives."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(pdf)
    try:
        img = doc[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BILINEAR, expand=False, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr = arr * rng.uniform(0.9, 0.97) + nrng.normal(0, rng.uniform(3, 8), arr.shape) + 8
    speckles = nrng.random(arr.shape) < 0.0008
    arr[speckles] = 40
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    out.save(buf, "PDF", resolution=dpi, quality=70)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ cases


def build(cand: Candidate) -> None:
    """Fill cand.files and cand.periods for its case."""
    rng, case = cand.rng, cand.case
    base = dt.date(2025, rng.choice([1, 2, 5, 9]), 1)
    if case in ("absence_sans_dossier", "absence_dossier_vide"):
        return
    mode = rng.choice(["vector", "stamp", "image"])
    if case == "conforme_vectoriel":
        mode = rng.choice(["vector", "stamp"])
    elif case == "conforme_image":
        mode = "image"
    files = cand.files
    files["portfolio.pdf" if rng.random() < 0.7 else f"{cand.nom.lower()}_dossier.pdf"] = portfolio_pdf(
        cand, pages=rng.randint(3, 6))
    if case == "semaines_insuffisantes":
        periods = [block(rng, rng.choice([5, 6, 7]), base)]  # below the 8-week positioning floor too
    elif case == "chevauchement_insuffisant":
        a = block(rng, 5, base)
        b = (a[0] + dt.timedelta(days=14), a[1] + dt.timedelta(days=14))  # 3 weeks shared: 7 weeks in all
        periods = [a, b]
    elif case == "conforme_deux_attestations":
        a = block(rng, 5, base)
        periods = [a, block(rng, 6, a[1] + dt.timedelta(days=30))]
    else:
        periods = [block(rng, rng.choice([10, 11, 12]), base)]
    if case == "conforme_deux_attestations" and rng.random() < 0.5:
        files["attestation_stage.pdf"] = attestation_pdf(cand, periods, signed=True, mode=mode)  # 2 in one
    elif case in ("conforme_deux_attestations", "chevauchement_insuffisant"):
        for i, p in enumerate(periods, start=1):
            files[f"attestation_{i}.pdf"] = attestation_pdf(cand, [p], signed=True, mode=mode)
    elif case in ("conforme_numerique", "modifie_apres_signature"):
        signed = sign_digital(attestation_pdf(cand, periods, signed=False, digital_label=True))
        files["attestation_signee.pdf"] = edit_after_signing(signed) if case == "modifie_apres_signature" else signed
    elif case in ("scan_signee", "scan_non_signee"):
        files["scan_attestation.pdf"] = scan_of(attestation_pdf(cand, periods, signed=case == "scan_signee",
                                                                mode=rng.choice(["vector", "stamp"])), rng)
    else:
        att = attestation_pdf(cand, periods, signed=case != "non_signee", mode=mode)
        if case == "tronque":
            att = att[: int(len(att) * rng.uniform(0.4, 0.8))]
        files[rng.choice(["attestation_stage.pdf", "Attestation de stage.pdf", "scan001.pdf"])] = att
        if case == "doublon":
            files["attestation_stage (copie).pdf"] = att
    cand.periods = periods
    if case != "sans_tableau":
        if case == "xlsx_renomme":
            files["tableau_synthese.pdf"] = tableau_xlsx(cand)
        elif rng.random() < 0.5:
            files["tableau_synthese.xlsx"] = tableau_xlsx(cand)
        else:
            files["tableau_synthese.pdf"] = tableau_pdf(cand)
    portfolio_name = next(n for n in files if n.endswith(".pdf") and "attest" not in n and "tableau" not in n
                          and "scan" not in n)
    if case == "chiffre":
        files[portfolio_name] = encrypt(files[portfolio_name])
    elif case == "vide":
        files[portfolio_name] = b""
    elif case == "trop_gros":
        files[portfolio_name] = inflate(files[portfolio_name], rng)


def expected_for(cand: Candidate, deadline: dt.datetime, required: float) -> dict:
    case = cand.case
    if case in ("absence_sans_dossier", "absence_dossier_vide"):
        return {"cas": case, "statut": "non_conforme", "motifs": ["absence_dossier"], "penalites": [],
                "semaines": None}
    motifs = []
    if cand.depose_le and dt.datetime.strptime(cand.depose_le, "%Y-%m-%d %H:%M") > deadline:
        motifs.append("depot_hors_delai")
    weeks = round(working_days(cand.periods) / 5, 1) if cand.periods else None
    if case != "tronque" and weeks is not None and weeks < required:
        motifs.append("duree_stage_insuffisante")
    if case in ("non_signee", "scan_non_signee"):
        motifs.append("documents_non_signes")
    penalites = [{"code": "absence_tableau_synthese", "points": 2}] if case == "sans_tableau" else []
    if motifs:
        statut = "non_conforme"
    elif case in A_VERIFIER:
        statut = "a_verifier"
    else:
        statut = "conforme"
    return {"cas": case, "statut": statut, "motifs": motifs, "penalites": penalites,
            "semaines": None if case == "tronque" else weeks}


def pick_cases(n: int, rng: random.Random, scans: bool, scans_ratio: float) -> list[str]:
    """Every case first (so even a small set covers them), then mostly conforming dossiers."""
    cases = [c for c in CASES if scans or c not in SCAN_CASES]
    out = cases[:n]
    defects = [c for c in cases if not c.startswith("conforme") and c not in SCAN_CASES]
    for _ in range(n - len(out)):
        r = rng.random()
        if scans and r < scans_ratio:
            out.append(rng.choice(sorted(SCAN_CASES)))
        elif r < scans_ratio + 0.7 or not defects:
            out.append(rng.choice(["conforme_vectoriel", "conforme_image", "conforme_numerique",
                                   "conforme_deux_attestations", "doublon"]))
        else:
            out.append(rng.choice(defects))
    return out


def generate(outdir: Path, n: int, seed: int, *, scans: bool = False, scans_ratio: float = 0.05,
             deadline: str = DEADLINE, required: float = REQUIRED_WEEKS, exclude: set[str] | None = None) -> dict:
    """Write the batch; returns expected (also written to expected.json)."""
    outdir.mkdir(parents=True, exist_ok=True)
    limit = dt.datetime.fromisoformat(deadline)
    master = random.Random(seed)
    cases = [c for c in pick_cases(n + len(exclude or ()), master, scans, scans_ratio) if c not in (exclude or ())][:n]
    expected: dict[str, dict] = {}
    rows = []
    for i, case in enumerate(cases):
        rng = random.Random(f"{seed}-{i}")
        if case == "hors_delai":
            when = limit + dt.timedelta(minutes=rng.choice([1, 1, 45, 60 * 26]))
        elif case == "absence_sans_dossier":
            when = None
        else:
            when = limit - dt.timedelta(minutes=rng.randint(2, 60 * 24 * 12))
        cand = Candidate(numero=f"0{260000000 + seed % 1000 * 10000 + i:09d}", nom=rng.choice(NOMS),
                         prenom=rng.choice(PRENOMS), option=rng.choice(["SISR", "SLAM"]),
                         forme=rng.choice(["ponctuelle", "ponctuelle", "CCF"]), case=case,
                         depose_le=when.strftime("%Y-%m-%d %H:%M") if when else "", rng=rng)
        build(cand)
        if case != "absence_sans_dossier":
            folder = outdir / cand.numero
            folder.mkdir(exist_ok=True)
            for name, data in cand.files.items():
                (folder / name).write_bytes(data)
        rows.append([cand.numero, cand.nom, cand.prenom, cand.option, cand.forme, EPREUVE, cand.depose_le])
        expected[cand.numero] = expected_for(cand, limit, required)
    with (outdir / "candidats.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["numero", "nom", "prenom", "option", "forme", "epreuve", "depose_le"])
        w.writerows(rows)
    meta = {"deadline": deadline, "semaines_requises": required, "seed": seed, "n": n, "candidats": expected}
    (outdir / "expected.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Génère des dossiers de candidats fictifs pour le contrôle.")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scans", action="store_true", help="inclure des attestations numérisées (plus lent)")
    ap.add_argument("--scans-ratio", type=float, default=0.05)
    ap.add_argument("--deadline", default=DEADLINE)
    ap.add_argument("--semaines", type=float, default=REQUIRED_WEEKS)
    ap.add_argument("--sans-gros", action="store_true", help="pas de fichier de plus de 5 Mo")
    args = ap.parse_args(argv)
    meta = generate(args.outdir, args.n, args.seed, scans=args.scans, scans_ratio=args.scans_ratio,
                    deadline=args.deadline, required=args.semaines,
                    exclude={"trop_gros"} if args.sans_gros else None)
    counts: dict[str, int] = {}
    for v in meta["candidats"].values():
        counts[v["statut"]] = counts.get(v["statut"], 0) + 1
    print(f"{args.n} candidats écrits dans {args.outdir} : {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
