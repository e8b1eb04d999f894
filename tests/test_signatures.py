"""Signatures on generated attestations: digital (pyHanko) and handwritten ink zones."""

import random
from datetime import date
from pathlib import Path

import pytest

from extractors import signatures
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


def _company_zones(path: Path):
    facts = analyse_file(path, path.name)
    return [z for z in facts.zones_signature if z.role != "stagiaire"]


@pytest.mark.parametrize("mode", ["vector", "image", "stamp"])
def test_signed_zone_is_signee(files, mode):
    zones = _company_zones(files[f"signed_{mode}"])
    assert zones and all(z.statut == "signee" for z in zones), zones
    assert "pixels sombres" in zones[0].mesure


@pytest.mark.parametrize("mode", ["vector", "image", "stamp"])
def test_unsigned_zone_is_vide(files, mode):
    zones = _company_zones(files[f"unsigned_{mode}"])
    assert zones and all(z.statut == "vide" for z in zones), zones


def test_scanned_zones(files):
    signed = _company_zones(files["scan_signed"])
    assert signed and signed[0].statut == "signee" and signed[0].ocr
    unsigned = _company_zones(files["scan_unsigned"])
    assert unsigned and unsigned[0].statut in ("vide", "indeterminee")


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
    assert not facts.zones_signature  # "Mention ajoutée après signature" is not a label


def test_unsigned_pdf_has_no_digital_signature(files):
    assert analyse_file(files["signed_vector"], "a.pdf").signatures_numeriques == []


def test_label_at_page_bottom_is_indeterminee(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "bas.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(60, 760, "ATTESTATION DE STAGE")
    c.drawString(60, 740, "J'atteste que Léa Martin a effectué un stage du 6 janvier 2025 au 14 mars 2025.")
    c.drawString(320, 12, "Signature du tuteur")
    c.save()
    zones = analyse_file(path, "bas.pdf").zones_signature
    assert [z.statut for z in zones] == ["indeterminee"]
    assert "trop petite" in zones[0].mesure


def test_thresholds_come_from_data():
    cfg = signatures.config()
    assert 0 < cfg["decision"]["encre_vide_max"] < cfg["decision"]["encre_signee_min"] < 1
