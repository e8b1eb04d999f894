"""Signatures: digital (pyHanko), and handwritten marks found and attributed on layouts of every kind."""

import random
from datetime import date
from pathlib import Path

import pytest

from extractors.dossier import analyse_file
from samples.dossiers import generate as g


def _candidate(seed: str) -> g.Candidate:
    rng = random.Random(seed)
    return g.Candidate("0260000001", "Œillet", "Zoé", "SISR", "scolaire", "x", "", rng)


PERIOD = [(date(2025, 1, 6), date(2025, 3, 14))]


@pytest.fixture(scope="session")
def files(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("signatures")
    out: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        out[name] = root / f"{name}.pdf"
        out[name].write_bytes(data)

    for mode in ("vector", "image", "stamp"):
        put(f"signed_{mode}", g.attestation_pdf(_candidate(f"s-{mode}"), PERIOD, signed=True, mode=mode))
        put(f"unsigned_{mode}", g.attestation_pdf(_candidate(f"s-{mode}"), PERIOD, signed=False, mode=mode))
    signed = g.sign_digital(g.attestation_pdf(_candidate("d"), PERIOD, signed=False, digital_label=True),
                            "Jeanne Martin")
    put("digital", signed)
    put("digital_edited", g.edit_after_signing(signed))
    put("scan_signed", g.scan_of(g.attestation_pdf(_candidate("sc1"), PERIOD, signed=True, mode="vector"),
                                 random.Random(1)))
    put("scan_unsigned", g.scan_of(g.attestation_pdf(_candidate("sc2"), PERIOD, signed=False, mode="vector"),
                                   random.Random(2)))
    return out


def _exam(path: Path):
    facts = analyse_file(path, path.name)
    assert facts.type_piece == "attestation_stage", facts.type_raison
    return facts.signature, facts


@pytest.mark.parametrize("mode", ["vector", "image", "stamp"])
def test_generated_signed_is_signee(files, mode):
    exam, facts = _exam(files[f"signed_{mode}"])
    assert exam.statut == "signee", exam
    assert "marque manuscrite ou tampon" in exam.raison and exam.preuve in facts.preuves
    assert facts.preuves[exam.preuve][:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("mode", ["vector", "image", "stamp"])
def test_generated_unsigned_is_vide(files, mode):
    exam, _ = _exam(files[f"unsigned_{mode}"])
    assert exam.statut == "vide", exam
    assert "aucune marque" in exam.raison


def test_scanned(files):
    signed, _ = _exam(files["scan_signed"])
    assert signed.statut == "signee" and signed.ocr
    unsigned, _ = _exam(files["scan_unsigned"])
    assert unsigned.statut in ("vide", "indeterminee")


def test_digital_signature_intact_untrusted_is_not_a_failure(files):
    facts = analyse_file(files["digital"], "digital.pdf")
    [sig] = facts.signatures_numeriques
    assert sig.intact and sig.couvre_tout and not sig.modifie_apres
    assert sig.confiance is None and sig.signataire == "Jeanne Martin"
    assert "non vérifiée (aucune autorité de confiance configurée)" in sig.detail
    assert sig.page == 1


def test_edit_after_signing_is_caught(files):
    facts = analyse_file(files["digital_edited"], "edited.pdf")
    [sig] = facts.signatures_numeriques
    assert sig.intact and not sig.couvre_tout and sig.modifie_apres
    assert "modifié après la signature" in sig.detail


def test_unsigned_pdf_has_no_digital_signature(files):
    assert analyse_file(files["signed_vector"], "a.pdf").signatures_numeriques == []


# --- layouts the generator never draws (reportlab, written for these tests) -------------------------------

BODY = [
    "ATTESTATION DE STAGE",
    "Je soussignée Claire Petit, responsable informatique de la société Alpha, atteste que",
    "Léa Martin, étudiante en BTS SIO, a effectué un stage du 6 janvier 2025 au 14 mars 2025.",
]


def _scribble(c, x: float, y: float, w: float = 110, h: float = 30, colour=(0.1, 0.1, 0.5)) -> None:
    """A cursive-like stroke: a few bezier loops, as a pen draws them."""
    c.setStrokeColorRGB(*colour)
    c.setLineWidth(1.2)
    path = c.beginPath()
    path.moveTo(x, y)
    step = w / 4
    for i in range(4):
        path.curveTo(x + step * i + step / 3, y + h, x + step * i + step / 2, y - h / 2, x + step * (i + 1), y + h / 3)
    c.drawPath(path, stroke=1, fill=0)


def _page(path: Path, draw) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(BODY):
        c.drawString(60, 700 - 18 * i, line)
    draw(c)
    c.save()
    return path


def test_letter_without_label_signed_above_the_name(tmp_path):
    def draw(c):
        c.drawString(330, 560, "Fait à Lyon, le 17 mars 2025")
        c.drawString(330, 540, "Le tuteur de stage,")
        _scribble(c, 340, 490)
        c.drawString(330, 460, "Marc Durand, chef de projet")

    exam, _ = _exam(_page(tmp_path / "lettre.pdf", draw))
    assert exam.statut == "signee", exam


def test_signature_right_of_its_label_in_the_next_cell(tmp_path):
    def draw(c):
        c.rect(60, 480, 240, 60)
        c.rect(300, 480, 240, 60)
        c.drawString(66, 520, "Signature et cachet de l'entreprise")
        _scribble(c, 330, 500, colour=(0, 0, 0))

    exam, _ = _exam(_page(tmp_path / "cellule.pdf", draw))
    assert exam.statut == "signee", exam


def test_empty_box_dotted_line_and_typed_name_are_not_signatures(tmp_path):
    def draw(c):
        c.drawString(330, 560, "Signature du tuteur :")
        c.rect(330, 470, 200, 80)
        c.setDash(1, 2)
        c.line(330, 450, 530, 450)
        c.setDash()
        c.drawString(330, 430, "Marc Durand — signé électroniquement")
        c.drawString(330, 415, "Lu et approuvé")

    exam, _ = _exam(_page(tmp_path / "vide.pdf", draw))
    assert exam.statut == "vide", exam


def test_letterhead_logo_alone_is_not_a_signature(tmp_path):
    def draw(c):
        c.setFillColorRGB(0.8, 0.1, 0.1)
        c.circle(90, 800, 25, fill=1)  # the company logo in the top band
        c.setFillColorRGB(0, 0, 0)
        c.drawString(330, 560, "Signature et cachet de l'entreprise")

    exam, _ = _exam(_page(tmp_path / "logo.pdf", draw))
    assert exam.statut == "vide", exam


def test_ink_only_in_the_students_place(tmp_path):
    def draw(c):
        c.drawString(60, 560, "Signature de l'étudiant")
        c.drawString(330, 560, "Signature du tuteur")
        _scribble(c, 70, 510)

    exam, _ = _exam(_page(tmp_path / "etudiant.pdf", draw))
    assert exam.statut == "stagiaire_seule", exam


def test_a_mark_nobody_owns_is_indeterminee(tmp_path):
    def draw(c):
        c.drawString(330, 200, "Signature du tuteur")
        _scribble(c, 80, 600)  # in the body, far from any signature place

    exam, _ = _exam(_page(tmp_path / "loin.pdf", draw))
    assert exam.statut == "indeterminee" and "éloignée" in exam.raison, exam


def test_no_signature_place_and_no_mark_is_indeterminee(tmp_path):
    exam, _ = _exam(_page(tmp_path / "nu.pdf", lambda c: None))
    assert exam.statut == "indeterminee" and "aucun emplacement" in exam.raison


def test_signature_at_the_bottom_of_page_two(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "deux.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, line in enumerate(BODY):
        c.drawString(60, 700 - 18 * i, line)
    c.showPage()
    c.drawString(60, 700, "Missions : maintenance du parc, assistance aux utilisateurs.")
    c.drawString(330, 140, "Le responsable,")
    _scribble(c, 340, 95)
    c.save()
    exam, _ = _exam(path)
    assert exam.statut == "signee" and exam.page == 2, exam


# --- thresholds are validated data -----------------------------------------------------------------------


def test_thresholds_load_and_a_broken_copy_names_file_and_field(tmp_path):
    from core.errors import ExitCode, RulesError
    from extractors.marks import DATA, load_settings

    cfg = load_settings()
    assert cfg.scan.ocr_confiance_mot <= cfg.scan.ocr_confiance_masque and cfg.libelles
    broken = tmp_path / "signatures.yaml"
    broken.write_text(DATA.read_text(encoding="utf-8").replace("seuil_gris:", "seuil_gri:"), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_settings(broken)
    assert err.value.exit_code == ExitCode.rules and "encre" in str(err.value) and err.value.path == broken
    inverted = tmp_path / "inverse.yaml"
    inverted.write_text(DATA.read_text(encoding="utf-8").replace("ocr_confiance_mot: 25", "ocr_confiance_mot: 90"),
                        encoding="utf-8")
    with pytest.raises(RulesError, match="ocr_confiance_mot"):
        load_settings(inverted)


def test_pale_thin_pasted_signature_is_seen(tmp_path):
    """A signature pasted as a picture with pale, 1-pixel strokes fades at the screening resolution: the
    picture itself is a mark (this was once read « vide », a false non-conformity)."""
    from PIL import Image, ImageDraw

    png = tmp_path / "sig.png"
    img = Image.new("LA", (360, 120), (255, 0))
    draw = ImageDraw.Draw(img)
    draw.line([(20, 90), (60, 30), (100, 85), (140, 25), (200, 95), (260, 40), (330, 70)], fill=(205, 255), width=1)
    img.save(png)

    def draw_page(c):
        c.drawString(330, 560, "Signature et cachet de l'entreprise")
        c.drawImage(str(png), 330, 470, width=150, height=50, mask="auto")

    exam, _ = _exam(_page(tmp_path / "pale.pdf", draw_page))
    assert exam.statut == "signee", exam


def test_each_period_has_a_picture_of_the_lines_it_was_read_from(tmp_path):
    def draw(c):
        c.drawString(330, 560, "Signature du tuteur")
        _scribble(c, 340, 510)

    facts = analyse_file(_page(tmp_path / "periode.pdf", draw), "periode.pdf")
    [period] = facts.periodes
    assert period.preuve in facts.preuves and facts.preuves[period.preuve][:4] == b"\x89PNG"
