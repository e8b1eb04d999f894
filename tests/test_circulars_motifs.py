"""Circulars written for issue 11 (samples/circulaires/motifs): national calendars with one column of hours
per territory, sub-épreuves, several windows in one sentence, merged Word cells, borderless tables, scans.

Every sample — dev (used while tuning the extractors) and holdout (never looked at while tuning) — is scored
against its hand-written gold with the project's scorer; the floors sit below the measured figures.
The behaviour tests below only use dev samples.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractors.readers import read_document
from pipeline.extract import extract_session
from pipeline.ingest import validate_contract
from samples.circulaires.motifs import measure

MOTIFS = Path(__file__).resolve().parents[1] / "samples" / "circulaires" / "motifs"
# Floors per split and kind of file: DOCX and PDF, or a scan read by OCR (the five scans measure 1.000 since
# speckled pages are median-filtered; the SN scan, 0.856 when first measured as holdout, is dev since then).
FLOOR = {("dev", "text"): 0.95, ("holdout", "text"): 0.95, ("dev", "scan"): 0.95, ("holdout", "scan"): 0.85}
KEY_FLOOR = 0.95  # key events found over the DOCX and PDF of a split (dev 100 %, holdout 100 % measured)


def _cases() -> list:
    out = []
    for path, gold, split in measure.cases("all"):
        marks = [pytest.mark.slow] if path.name.endswith("_scan.pdf") else []
        out.append(pytest.param(path, gold, split, id=f"{split}-{path.name}", marks=marks))
    return out


def _extract(path: Path) -> dict:
    return extract_session(read_document(path)).model_dump(mode="json")


@pytest.mark.parametrize("path, gold_path, split", _cases())
def test_sample_scores_its_gold(path: Path, gold_path: Path, split: str) -> None:
    if path.name.endswith("_scan.pdf") and not shutil.which("tesseract"):
        pytest.skip("Tesseract absent")
    payload = _extract(path)
    assert validate_contract(payload) == []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    total, facets = measure.score(payload, gold)
    kind = "scan" if path.name.endswith("_scan.pdf") else "text"
    assert total >= FLOOR[split, kind], {k: v for k, v in facets.items() if v[0] < 1}
    assert payload["examen"].get("portee") == gold["portee"]
    if gold["examen"]["academie"] is None:
        assert payload["examen"]["academie"] is None  # a national note: never an académie named in passing


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_key_event_rate(split: str) -> None:
    found = total = 0
    for path, gold_path, _ in measure.cases(split, scan=False):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        _, facets = measure.score(_extract(path), gold)
        total += len(gold["cles"])
        found += len(gold["cles"]) - len(facets["cles"][1]["manquants"])
    assert total and found / total >= KEY_FLOOR, (found, total)


@pytest.fixture(scope="module")
def ndrc() -> dict:
    return _extract(MOTIFS / "circulaire_ndrc_2025_nationale.pdf")


def test_national_note_has_no_academie_and_its_issue_date(ndrc: dict) -> None:
    assert ndrc["examen"]["academie"] is None and ndrc["examen"]["portee"] == "nationale"
    assert ndrc["date_document"] == "2024-11-14"  # « Note de service émise le 14 novembre 2024 »
    assert not any(e["debut"].startswith("2024-11-14") for e in ndrc["evenements"])


def test_metropole_hours_and_every_territory_kept(ndrc: dict) -> None:
    e1 = next(e for e in ndrc["evenements"] if e["epreuves"] == ["E1"] and e["type"] == "epreuve")
    assert (e1["debut"], e1["fin"]) == ("2025-05-12T14:00", "2025-05-12T18:00")
    assert e1["horaires_territoires"]["La Réunion"] == [{"debut": "16:00", "fin": "20:00"}]
    assert len(e1["horaires_territoires"]) == 7


def test_sub_epreuves_and_their_windows(ndrc: dict) -> None:
    codes = {e["code"]: e for e in ndrc["epreuves"]}
    assert codes["E5A"]["epreuve_parente"] == "E5" and codes["E5B"]["epreuve_parente"] == "E5"
    assert codes["E5A"]["intitule"] == "Relation client à distance et digitalisation"
    windows = sorted((e["debut"], e["fin"]) for e in ndrc["evenements"] if e["epreuves"] == ["E5B"]
                     and e["type"] == "epreuve")
    assert windows == [("2025-06-02", "2025-06-04"), ("2025-06-10", "2025-06-12"), ("2025-06-16", "2025-06-20")]
    assert not any(e["debut"].startswith("2025-06-09") for e in ndrc["evenements"])  # « est férié »


def test_epreuves_left_to_the_rectors_have_no_date(ndrc: dict) -> None:
    codes = {e["code"]: e for e in ndrc["epreuves"]}
    assert codes["E4"]["sans_date"] == codes["E6"]["sans_date"] == "initiative_recteurs"
    assert not any(set(e["epreuves"]) & {"E4", "E6"} for e in ndrc["evenements"])
    assert any("initiative des recteurs" in w for w in ndrc["avertissements"])


def test_territory_of_the_academie_and_training_schools() -> None:
    out = _extract(MOTIFS / "circulaire_tourisme_2025_la-reunion.pdf")
    assert out["examen"]["academie"] == "La Réunion"
    e1 = next(e for e in out["evenements"] if e["epreuves"] == ["E1"])
    assert (e1["debut"], e1["fin"]) == ("2025-05-12T16:00", "2025-05-12T20:00")  # La Réunion's column
    names = " ".join(c["nom"] for c in out["centres"])
    assert "Lislet" in names and "Renaissance" not in names and "Hinglo" not in names and "CFA" not in names
    assert {"E6": "ccf"}.items() <= {e["code"]: e["sans_date"] for e in out["epreuves"]}.items()


def test_merged_cells_addresses_and_same_day() -> None:
    out = _extract(MOTIFS / "circulaire_cprp_2026_grenoble.pdf")
    e2 = next(e for e in out["evenements"] if e["epreuves"] == ["E2"])
    assert e2["debut"] == "2026-05-11T14:00"  # the date written once for E.1 and E.2
    towns = {c["ville"] for c in out["centres"]}
    assert towns == {"Gap", "Grenoble", "La Ravoire"}
    deposits = sorted(e["debut"] for e in out["evenements"] if e["type"] == "depot_dossier" and e["epreuves"] == ["E5"])
    assert deposits == ["2026-03-30T12:00", "2026-03-30T17:00"]  # « le même jour à 17 h »
    assert any(e["debut"] == "2026-05-18" and e["fin"] == "2026-05-20" for e in out["evenements"])


def test_docx_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    from samples.circulaires.motifs.build import render_docx
    from samples.circulaires.motifs.texts import CIRCULARS

    for c in CIRCULARS:
        render_docx(c, tmp_path / f"{c.name}.docx")
        assert (tmp_path / f"{c.name}.docx").read_bytes() == (MOTIFS / f"{c.name}.docx").read_bytes(), c.name
