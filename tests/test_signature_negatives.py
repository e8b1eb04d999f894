"""Unsigned attestations must not read as signed (issue 8): typed closing words, a typed name, table borders
on a scan are printed matter, never a signature; and what looks printed never makes a page « vide » either."""

import random
from pathlib import Path

import numpy as np
import pytest

from extractors import marks as M
from extractors.dossier import analyse_file
from samples.dossiers import generate as g
from tests.test_signatures import _scribble

BODY = [
    "ATTESTATION DE STAGE",
    "Je soussignée Claire Petit, responsable informatique de la société Alpha, atteste que",
    "Léa Martin, étudiante en BTS SIO, a effectué un stage dans nos services informatiques.",
]


def _form(signed: bool) -> bytes:
    """A form: the period in a table row (short cell borders beside the dates), a closing block with a typed
    « Lu et approuvé » and the tutor's typed name in the signature place; ink there only when signed."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(BODY):
        c.drawString(60, 720 - 18 * i, line)
    cells = [(60, "Période"), (160, "Du"), (220, "06/01/2025"), (330, "Au"), (390, "14/03/2025")]
    c.setLineWidth(0.7)
    c.rect(60, 620, 440, 24)
    for x, text in cells:
        if x > 60:
            c.line(x, 620, x, 644)
        c.drawString(x + 6, 628, text)
    c.drawString(330, 540, "Fait à Lyon, le 17 mars 2025")
    c.drawString(330, 520, "Le tuteur de stage,")
    c.drawString(330, 500, "Lu et approuvé")
    c.drawString(330, 430, "Marc Durand, chef de projet")
    if signed:
        _scribble(c, 340, 455)
    c.save()
    return buf.getvalue()


def _exam(path: Path):
    facts = analyse_file(path, path.name)
    assert facts.type_piece == "attestation_stage", facts.type_raison
    return facts.signature


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_scanned_typed_closing_and_table_borders_are_not_a_signature(tmp_path, seed):
    unsigned = tmp_path / "non_signee.pdf"
    unsigned.write_bytes(g.scan_of(_form(signed=False), random.Random(seed)))
    exam = _exam(unsigned)
    assert exam.statut in ("vide", "indeterminee"), exam
    signed = tmp_path / "signee.pdf"
    signed.write_bytes(g.scan_of(_form(signed=True), random.Random(seed)))
    assert _exam(signed).statut == "signee"


def test_born_digital_typed_closing_is_vide(tmp_path):
    path = tmp_path / "natif.pdf"
    path.write_bytes(_form(signed=False))
    assert _exam(path).statut == "vide"


# --- the pieces, on layouts as the OCR gives them ----------------------------------------------------------


def _layout(*words: tuple[str, float, float, float, float, float]) -> M.PageLayout:
    """Words (text, x0, top, x1, bottom, confidence) in points, plus a body of confident 8 pt words."""
    body = [M.TextBox(f"mot{i}", 60 + 40 * (i % 10), 100 + 14 * (i // 10), 95 + 40 * (i % 10), 108 + 14 * (i // 10), 92)
            for i in range(60)]
    return M.PageLayout(595, 842, [], body + [M.TextBox(*w) for w in words])


def test_a_signature_the_ocr_read_as_a_confident_word_is_not_masked():
    """« wi, » read at 65 % over a 49 pt tall signature: masking it as text emptied the page (« vide »)."""
    layout = _layout(("wi,", 81, 662, 129, 711, 65), ("Durand", 330, 600, 380, 609, 90))
    printed = {w.text for w in M._printed_words(layout)}
    assert "wi," not in printed and "Durand" in printed


def test_ink_on_misread_printed_text_never_signs_nor_empties_the_page():
    """« d'accueil » read at 2 % was left as ink next to a signature place and signed the attestation; a flat
    paraph the OCR read as words (« PIN NI ») is one joined stroke and still signs."""
    layout = _layout(("d'accueil", 313, 416, 382, 428, 2), ("PIN", 339, 600, 389, 619, 12), ("NI", 402, 600, 451, 619, 13))
    ink = np.zeros((842, 595), dtype=bool)  # 1 pixel per point
    for x in range(316, 378, 9):  # letters: separate pieces
        ink[419:427, x:x + 6] = True
    ink[604:616, 340:450] = np.eye(12, 110, dtype=bool) | np.eye(12, 110, k=40, dtype=bool)
    ink[609, 340:450] = True  # one joined stroke across
    residue = M.Mark((315, 418, 380, 427), 150.0)
    paraph = M.Mark((340, 604, 450, 616), 300.0)
    M.flag_printed([residue, paraph], layout, ink, 1.0, M._text_height(layout))
    assert residue.texte == "d'accueil" and paraph.texte is None
    anchor = M.Anchor("Signature du tuteur", "organisme", "libelle", (300, 400, 420, 410))
    M.attribute([residue], [anchor])
    statut, raison, _ = M.judge([M.PageExam(1, [anchor], [residue], 0, 0.0, 90.0)], scanned=True, complete=True)
    assert statut == "indeterminee" and "texte imprimé" in raison and "d'accueil" in raison


def test_circled_oui_on_the_form_is_an_answer_not_a_signature(tmp_path):
    """The national SIO model asks a question on page 2 answered by circling « OUI »: a mark nobody owned
    (à vérifier) on every unsigned copy."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    def make(name: str, signed: bool) -> Path:
        path = tmp_path / name
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setFont("Helvetica", 11)
        for i, line in enumerate(BODY):
            c.drawString(60, 720 - 18 * i, line)
        c.drawString(330, 300, "Signature et cachet de l'entreprise")
        if signed:
            _scribble(c, 340, 250)
        c.showPage()
        c.setFont("Helvetica", 11)
        c.drawString(60, 700, "Le stagiaire a-t-il réalisé les activités prévues ?")
        c.drawString(164, 670, "OUI")
        c.setLineWidth(0.8)
        c.ellipse(160, 662, 188, 684)
        c.save()
        return path

    assert _exam(make("vide.pdf", False)).statut == "vide"
    assert _exam(make("signee.pdf", True)).statut == "signee"


def test_short_label_followed_by_dots_is_still_a_label_but_not_prose(tmp_path):
    """« Signature : ……… » is a signature place however many dots follow; « l'étudiant dans les deux années
    suivant la fin du stage et sur … » in a legal notice is prose, not the student's place."""
    def draw(c):
        c.setFont("Helvetica", 8)
        c.drawString(60, 400, "Cette attestation est à conserver par l'étudiant dans les deux années suivant")
        c.drawString(60, 390, "l'étudiant dans les deux années suivant la fin du stage et sur sa demande")
        c.setFont("Helvetica", 11)
        c.drawString(330, 300, "Signature : " + "." * 60)
        _scribble(c, 200, 340)  # nearer the notice's line than the label

    from tests.test_signatures import _page

    exam = _exam(_page(tmp_path / "points.pdf", draw))
    assert exam.statut == "signee" and "Signature" in exam.raison, exam
