"""candidats.csv reading and candidate folder listing: formats, hostile numeros, symlinks."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from core.errors import BadArgumentError, InputFileError
from pipeline.manifest import list_files, parse_depose_le, read_manifest, unlisted_folders

HEADER = "numero;nom;prenom;option;forme;epreuve;depose_le\n"


def _depot(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    depot = tmp_path / "depot"
    depot.mkdir()
    (depot / "candidats.csv").write_bytes(text.encode(encoding))
    return depot


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2026-04-22 11:58", datetime(2026, 4, 22, 11, 58)),
        ("2026-04-22T11:58", datetime(2026, 4, 22, 11, 58)),
        ("22/04/2026 11:58", datetime(2026, 4, 22, 11, 58)),
        ("22/04/2026 11:58:59", datetime(2026, 4, 22, 11, 58, 59)),  # seconds kept (issue 9)
        ("2026-04-22T09:58:00Z", datetime(2026, 4, 22, 11, 58)),  # UTC → Paris summer time
        ("2026-01-22T11:58+01:00", datetime(2026, 1, 22, 11, 58)),
        ("hier midi", None),
        ("", None),
    ],
)
def test_depose_le_formats(raw: str, expected: datetime | None) -> None:
    assert parse_depose_le(raw) == expected


def test_semicolon_with_bom_and_comma(tmp_path: Path) -> None:
    depot = _depot(tmp_path, "\ufeff" + HEADER + "001;Durand;Éloïse;SISR;scolaire;E5;22/04/2026 11:58\n")
    rows = read_manifest(depot).rows
    assert [(r.numero, r.prenom, r.epreuve, r.depose_le) for r in rows] == [
        ("001", "Éloïse", "E5", datetime(2026, 4, 22, 11, 58))
    ]
    other = tmp_path / "b"
    other.mkdir()
    (other / "candidats.csv").write_text(
        "Numéro,Nom,Prénom,option,forme,épreuve,depose_le\n002,Martin,Léa,,,e4,2026-04-22T12:01\n",
        encoding="utf-8",
    )
    row = read_manifest(other).rows[0]
    assert (row.numero, row.nom, row.epreuve, row.option) == ("002", "Martin", "E4", None)


def test_windows_export_cp1252(tmp_path: Path) -> None:
    depot = _depot(tmp_path, HEADER + "003;Lefèvre;Zoé;;;E5;2026-04-22 10:00\n", encoding="cp1252")
    assert read_manifest(depot).rows[0].nom == "Lefèvre"


def test_bad_date_is_a_row_anomaly(tmp_path: Path) -> None:
    depot = _depot(tmp_path, HEADER + "004;A;B;;;E5;le 22 avril vers midi\n")
    row = read_manifest(depot).rows[0]
    assert row.depose_le is None
    assert [a.code for a in row.anomalies] == ["date_depot_illisible"]
    assert "le 22 avril vers midi" in row.anomalies[0].message


@pytest.mark.parametrize("numero", ["../x", "/etc", "a/b", "..", ".", "a\\b", "C:evil"])
def test_hostile_numero_refused(tmp_path: Path, numero: str) -> None:
    depot = _depot(tmp_path, HEADER + f"{numero};X;Y;;;E5;2026-04-22 10:00\n")
    row = read_manifest(depot).rows[0]
    assert row.refused
    assert row.anomalies[0].code == "numero_invalide"
    assert not list_files(depot, numero).files


def test_nul_in_numero_refused(tmp_path: Path) -> None:
    depot = _depot(tmp_path, HEADER + "12\x003;X;Y;;;E5;2026-04-22 10:00\n")
    assert read_manifest(depot).rows[0].refused


def test_symlinks_out_of_depot_are_not_listed(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwd.pdf").write_bytes(b"%PDF-1.4 secret")
    depot = _depot(tmp_path, HEADER + "005;A;B;;;E5;2026-04-22 10:00\n006;C;D;;;E5;2026-04-22 10:00\n")
    folder = depot / "005"
    folder.mkdir()
    (folder / "portfolio.pdf").write_bytes(b"%PDF-1.4 ok")
    os.symlink(secret / "passwd.pdf", folder / "lien.pdf")
    os.symlink(secret, folder / "sous-dossier")
    os.symlink(secret, depot / "006")
    listing = list_files(depot, "005")
    assert [f.rel for f in listing.files] == ["portfolio.pdf"]
    assert sorted(a.piece for a in listing.anomalies) == ["lien.pdf", "sous-dossier"]
    escaped = list_files(depot, "006")
    assert not escaped.exists and not escaped.files
    assert escaped.anomalies[0].code == "lien_refuse"


def test_listing_recursive_and_desktop_metadata_skipped(tmp_path: Path) -> None:
    depot = _depot(tmp_path, HEADER + "007;A;B;;;E5;2026-04-22 10:00\n")
    (depot / "007" / "annexes").mkdir(parents=True)
    (depot / "007" / "annexes" / "attestation.pdf").write_bytes(b"%PDF")
    (depot / "007" / ".DS_Store").write_bytes(b"x")
    (depot / "007" / "Thumbs.db").write_bytes(b"x")
    (depot / "999").mkdir()
    listing = list_files(depot, "007")
    assert [f.rel for f in listing.files] == ["annexes/attestation.pdf"]  # hidden files: test_hostile_manifest
    assert listing.files[0].octets == 4
    assert not list_files(depot, "008").exists
    assert unlisted_folders(read_manifest(depot)) == ["999"]


def test_missing_depot_and_manifest(tmp_path: Path) -> None:
    with pytest.raises(BadArgumentError) as exc:
        read_manifest(tmp_path / "nulle-part")
    assert "introuvable" in exc.value.french()
    (tmp_path / "vide").mkdir()
    with pytest.raises(InputFileError) as exc2:
        read_manifest(tmp_path / "vide")
    assert "candidats.csv" in exc2.value.french()


def test_duplicate_rows_warned(tmp_path: Path) -> None:
    depot = _depot(tmp_path, HEADER + "009;A;B;;;E5;2026-04-22 10:00\n009;A;B;;;E5;2026-04-22 11:00\n")
    m = read_manifest(depot)
    assert len(m.rows) == 1 and "déjà listé" in m.avertissements[0]
