"""Broken or hostile deposit folders (issue 9, items 1–4): no verdict drawn from a missing value.

Each test builds its deposit folder (candidats.csv written here, PDFs made with reportlab).
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from core.errors import InputFileError
from pipeline.check import run_batch
from pipeline.manifest import list_files, parse_depose_le, read_manifest
from tests.test_check import HEADER, candidate, make_attestation, make_portfolio, sio_2026, write_manifest


def _cli(args: list[str]):  # noqa: ANN202
    from cli import app

    return CliRunner().invoke(app, args)


def _session_file(tmp_path: Path) -> Path:
    path = tmp_path / "session.json"
    path.write_text(sio_2026().model_dump_json(), encoding="utf-8")
    return path


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- 1. missing column, short row, missing deposit date -------------------------------------------------


def test_missing_required_column_refuses_the_batch(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    depot.mkdir()
    (depot / "candidats.csv").write_text(
        "numero;nom;prenom;option;forme;epreuve\n0260269001;Bœuf;Léa;SLAM;scolaire;E5\n", encoding="utf-8"
    )
    candidate(depot, "0260269001")
    with pytest.raises(InputFileError) as info:
        read_manifest(depot)
    message = info.value.french()
    assert "depose_le" in message and "colonnes lues : numero, nom, prenom, option, forme, epreuve" in message
    assert "attendues : numero;nom;prenom;option;forme;epreuve;depose_le" in message
    result = _cli(["check", str(depot), "--session", str(_session_file(tmp_path)), "--epreuve", "E5"])
    assert result.exit_code == 3, result.output
    assert "depose_le" in _one_line(result.output) and "Traceback" not in result.output
    assert store.resultats(f"{depot.resolve()}:E5") == []  # nothing judged, nothing stored


def test_short_row_is_a_verifier_never_a_motif(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["0260269001;Bœuf", "0260269002;Roux;Ali;SLAM;scolaire;E5;2026-04-22 11:00"])
    candidate(depot, "0260269002")
    rows = read_manifest(depot).rows
    short = rows[0]
    assert short.refused and [a.code for a in short.anomalies] == ["ligne_incomplete"]
    assert "manquent : prenom, option, forme, epreuve, depose_le" in short.anomalies[0].message
    assert short.anomalies[0].gravite == "a_verifier"
    report = run_batch(depot, sio_2026(), "E5", store, workers=0)
    by = {r.numero: r for r in report.resultats}
    assert by["0260269001"].statut == "a_verifier" and by["0260269001"].motifs == []
    assert by["0260269002"].statut == "conforme"


def test_files_without_deposit_date_are_flagged(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["0260269003;Petit;Zoé;SLAM;scolaire;E5;"])
    candidate(depot, "0260269003")
    r = run_batch(depot, sio_2026(), "E5", store, workers=0).resultats[0]
    codes = [a.code for a in r.anomalies]
    assert "dossier_non_transmis" in codes
    message = next(a.message for a in r.anomalies if a.code == "dossier_non_transmis")
    assert "3 fichier(s)" in message and next(
        a.gravite for a in r.anomalies if a.code == "dossier_non_transmis"
    ) == "a_verifier"


def test_files_without_deposit_date_never_absence(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["0260269003;Petit;Zoé;SLAM;scolaire;E5;"])
    candidate(depot, "0260269003")
    r = run_batch(depot, sio_2026(), "E5", store, workers=0).resultats[0]
    assert "absence_dossier" not in r.motifs and r.statut == "a_verifier"


# --- 2. hidden files are part of the dossier ------------------------------------------------------------


def test_hidden_files_are_listed_classified_reported(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["0260269004;Durand;Éloïse;SLAM;scolaire;E5;2026-04-22 11:00"])
    folder = depot / "0260269004"
    (folder / ".cache").mkdir(parents=True)
    make_portfolio(folder / ".portfolio.pdf")
    make_attestation(folder / ".cache" / "attestation.pdf")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # desktop metadata: still ignored
    (folder / "._portfolio.pdf").write_bytes(b"\x00\x05\x16\x07" + b"\x00" * 60)  # AppleDouble companion
    assert sorted(f.rel for f in list_files(depot, "0260269004").files) == [".cache/attestation.pdf", ".portfolio.pdf"]
    r = run_batch(depot, sio_2026(), "E5", store, workers=0).resultats[0]
    assert "absence_dossier" not in r.motifs
    assert {(p.fichier, p.type) for p in r.pieces} == {
        (".cache/attestation.pdf", "attestation_stage"),
        (".portfolio.pdf", "portfolio"),
    }


# --- 3. file names that are not UTF-8 -------------------------------------------------------------------


def test_non_utf8_file_name_is_an_anomaly_not_a_crash(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(
        depot,
        ["0260269005;Martin;Léa;SLAM;scolaire;E5;2026-04-22 11:00", "0260269006;Roux;Ali;SLAM;scolaire;E5;2026-04-22 11:00"],
    )
    folder = candidate(depot, "0260269005", tableau=False)
    raw = os.fsencode(folder) + b"/tableau_\xe9t\xe9.pdf"
    with open(raw, "wb") as fh:
        fh.write((folder / "portfolio.pdf").read_bytes())
    candidate(depot, "0260269006")
    out = tmp_path / "out.json"
    result = _cli(["check", str(depot), "--session", str(_session_file(tmp_path)), "--epreuve", "E5",
                   "--out", str(out), "--workers", "0"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    by = {r["numero"]: r for r in data["resultats"]}
    assert set(by) == {"0260269005", "0260269006"}
    bad = [a for a in by["0260269005"]["anomalies"] if a["code"] == "nom_fichier_invalide"]
    assert bad and bad[0]["piece"] == "tableau_\\xe9t\\xe9.pdf" and bad[0]["gravite"] == "a_verifier"
    assert "tableau_\\xe9t\\xe9.pdf" in [p["fichier"] for p in by["0260269005"]["pieces"]]
    assert by["0260269006"]["statut"] == "conforme"


# --- 4. deposit times: seconds, offsets, the autumn hour, absurd dates, unknown épreuves -----------------


def test_seconds_count_against_the_deadline(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(
        depot,
        ["0260269007;A;B;SLAM;scolaire;E5;2026-04-22 12:00:59", "0260269008;C;D;SLAM;scolaire;E5;2026-04-22 12:00:00"],
    )
    candidate(depot, "0260269007")
    candidate(depot, "0260269008")
    by = {r.numero: r for r in run_batch(depot, sio_2026(), "E5", store, workers=0).resultats}
    assert by["0260269007"].motifs == ["depot_hors_delai"]
    assert by["0260269008"].motifs == [] and by["0260269008"].statut == "conforme"


def test_offsets_and_the_autumn_hour_keep_their_order(tmp_path: Path) -> None:
    late = parse_depose_le("2026-10-25T02:30:00+01:00")  # second pass (winter time)
    assert late is not None and late.fold == 1 and (late.hour, late.minute) == (2, 30)
    assert parse_depose_le("2026-04-22T10:00:30Z") == datetime(2026, 4, 22, 12, 0, 30)
    depot = tmp_path / "depot"
    write_manifest(
        depot,
        [
            "0260269009;A;B;;;E5;2026-10-25 02:40:00",  # summer time, 00:40 UTC
            "0260269010;C;D;;;E5;2026-10-25 02:10:00",  # the clock went back: winter time, 01:10 UTC
            "0260269011;E;F;;;E5;2026-10-25 02:50:00",  # still the second pass
        ],
    )
    rows = read_manifest(depot).rows
    assert [r.depose_le.fold for r in rows if r.depose_le] == [0, 1, 1]
    utc = [r.depose_le_utc for r in rows]
    assert utc == [
        datetime(2026, 10, 25, 0, 40, tzinfo=UTC),
        datetime(2026, 10, 25, 1, 10, tzinfo=UTC),
        datetime(2026, 10, 25, 1, 50, tzinfo=UTC),
    ]
    assert utc == sorted(utc)  # deposit order kept


def test_absurd_dates_are_a_verifier(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(
        depot,
        ["0260269012;A;B;;;E5;0001-01-01", "0260269013;C;D;;;E5;2099-01-01 10:00", "0260269014;E;F;;;E5;1999-12-31 23:59"],
    )
    for n in ("0260269012", "0260269013", "0260269014"):
        candidate(depot, n)
    by = {r.numero: r for r in run_batch(depot, sio_2026(), "E5", store, workers=0).resultats}
    for r in by.values():
        assert r.motifs == [] and r.statut == "a_verifier", r
        assert [a.code for a in r.anomalies if a.code == "date_depot_absurde"] == ["date_depot_absurde"]
    assert "0001-01-01" in next(a.message for a in by["0260269012"].anomalies if a.code == "date_depot_absurde")


def test_unknown_manifest_epreuve_is_named(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["0260269015;A;B;;;E55;2026-04-22 10:00", "0260269016;C;D;;;E5;2026-04-22 10:00"])
    candidate(depot, "0260269015")
    candidate(depot, "0260269016")
    report = run_batch(depot, sio_2026(), "E5", store, workers=0)
    by = {r.numero: r for r in report.resultats}
    r = by["0260269015"]
    assert r.statut == "a_verifier" and r.motifs == []
    anomaly = next(a for a in r.anomalies if a.code == "epreuve_inconnue")
    assert "« E55 »" in anomaly.message and "E5" in anomaly.message
    assert by["0260269016"].statut == "conforme"


def test_unknown_cli_epreuve_exits_2_with_the_session_codes(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["0260269017;A;B;;;E5;2026-04-22 10:00"])
    result = _cli(["check", str(depot), "--session", str(_session_file(tmp_path)), "--epreuve", "E55"])
    assert result.exit_code == 2, result.output
    line = _one_line(result.output)
    assert "« E55 »" in line and "épreuves de la session : E5" in line


def test_header_only_manifest_still_reads(tmp_path: Path) -> None:
    depot = tmp_path / "depot"
    depot.mkdir()
    (depot / "candidats.csv").write_text(HEADER, encoding="utf-8")
    assert read_manifest(depot).rows == []


def test_excel_unicode_text_export_is_read(tmp_path: Path) -> None:
    """Excel's « Texte Unicode » export: UTF-16 with a BOM, tab separated."""
    depot = tmp_path / "depot"
    depot.mkdir()
    text = HEADER.replace(";", "\t") + "0260269018\tBœuf\tLéa\tSLAM\tscolaire\tE5\t2026-04-22 11:00:30\n"
    (depot / "candidats.csv").write_bytes(text.encode("utf-16"))
    row = read_manifest(depot).rows[0]
    assert (row.numero, row.nom, row.depose_le) == ("0260269018", "Bœuf", datetime(2026, 4, 22, 11, 0, 30))
