"""`bts fill` with hostile or careless rows (issue 9, item 12): bounded, sanitised, distinct file names; one
bad row never stops the run; the count printed is what is on disk; a row refused by `bts check` gets no
form and the summary says why. DOCX only (--no-pdf): the names are the same for the PDFs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import generators.annexes as annexes
from pipeline.models import Anomalie, Controle, Resultat, SessionRef
from tests.test_fill import session_data


def _cli(args: list[str]):  # noqa: ANN202
    from cli import app

    return CliRunner().invoke(app, args)


def _line(text: str) -> str:
    return " ".join(text.split())


def _resultat(numero: str, nom: str, **kw: object) -> Resultat:
    return Resultat(numero=numero, nom=nom, prenom="Léa", epreuve="E5", statut="conforme", **kw)


def _run(tmp_path: Path, resultats: list[Resultat], *extra: str):  # noqa: ANN202
    session = tmp_path / "session.json"
    session.write_text(session_data(2026, "E5").model_dump_json(), encoding="utf-8")
    controle = tmp_path / "controle.json"
    controle.write_text(Controle(session=SessionRef(sigle="SIO", session=2026), resultats=resultats)
                        .model_dump_json(), encoding="utf-8")
    out = tmp_path / "annexes"
    result = _cli(["fill", "--session", str(session), "--controle", str(controle), "--out", str(out),
                   "--no-pdf", "--formulaires", "grille", *extra])
    files = sorted(p.name for p in (out / "docx").iterdir()) if (out / "docx").exists() else []
    return result, files


def _printed_count(output: str) -> int:
    m = re.search(r"(\d+) formulaire\(s\) DOCX", _line(output))
    assert m, output
    return int(m.group(1))


def test_long_name_is_bounded_and_the_run_goes_on(tmp_path: Path) -> None:
    result, files = _run(tmp_path, [_resultat("26SIO0001", "Nom" * 100), _resultat("26SIO0002", "Durand")])
    assert result.exit_code == 0, result.output
    assert len(files) == 2 and _printed_count(result.output) == 2
    assert all(len(f.encode()) <= annexes.MAX_STEM_BYTES + len(".docx") for f in files)
    assert any(f.startswith("26SIO0001_NOMNOM") for f in files)


def test_numeros_that_clean_to_the_same_name_get_distinct_files(tmp_path: Path) -> None:
    result, files = _run(
        tmp_path,
        [_resultat(n, "Martin") for n in ("26SIO:01", "26SIO*01", "26SIO 01", "26sio-01", "26SIO/01")],
    )
    assert result.exit_code == 0, result.output
    assert len(files) == 4 and len({f.casefold() for f in files}) == 4
    assert _printed_count(result.output) == len(files)
    assert not [f for f in files if f.startswith(".")]
    assert "« 26SIO/01 » : aucun formulaire" in _line(result.output)  # not a possible folder name


def test_row_refused_by_check_gets_no_form(tmp_path: Path) -> None:
    evil = Resultat(
        numero="../26SIO0001", nom="Evil", epreuve="E5", statut="a_verifier",
        anomalies=[Anomalie(code="numero_invalide", gravite="a_verifier",
                            message="candidats.csv ligne 2 : numéro refusé")],
    )
    short = Resultat(numero="26SIO0007", epreuve="E5", statut="a_verifier",
                     anomalies=[Anomalie(code="ligne_incomplete", gravite="a_verifier", message="ligne 3 incomplète")])
    result, files = _run(tmp_path, [evil, short, _resultat("26SIO0002", "Durand")])
    assert result.exit_code == 0, result.output
    assert files == ["26SIO0002_DURAND_VI-3.docx"] and _printed_count(result.output) == 1
    line = _line(result.output)
    assert "« ../26SIO0001 » : aucun formulaire, ligne refusée par le contrôle (numéro de candidat refusé)" in line
    assert "« 26SIO0007 » : aucun formulaire" in line and "incomplète" in line


def test_one_row_that_breaks_rendering_does_not_stop_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = annexes.render_docx

    def fragile(fs, kind, cand, ev):  # noqa: ANN001, ANN202
        if cand.numero == "26SIO0003":
            raise ValueError("valeur impossible à écrire")
        return real(fs, kind, cand, ev)

    monkeypatch.setattr(annexes, "render_docx", fragile)
    result, files = _run(tmp_path, [_resultat(f"26SIO000{i}", f"Nom{i}") for i in range(1, 6)])
    assert result.exit_code == 0, result.output
    assert len(files) == 4 and _printed_count(result.output) == 4
    assert "candidat 26SIO0003 : formulaires non produits (ValueError" in _line(result.output)


def test_hostile_numero_in_candidats_csv_gets_no_form(tmp_path: Path) -> None:
    session = tmp_path / "session.json"
    session.write_text(session_data(2026, "E5").model_dump_json(), encoding="utf-8")
    csv = tmp_path / "candidats.csv"
    csv.write_text("numero;nom;prenom;option;forme;epreuve;depose_le\n"
                   "../26SIO0001;Evil;X;SLAM;ccf;E5;2026-04-01 10:00\n"
                   "26SIO0002;Durand;Léa;SLAM;ccf;E5;2026-04-01 10:00\n", encoding="utf-8")
    out = tmp_path / "annexes"
    result = _cli(["fill", "--session", str(session), "--candidats", str(csv), "--out", str(out), "--no-pdf",
                   "--formulaires", "grille"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "docx").iterdir()) == ["26SIO0002_DURAND_VI-3.docx"]
    assert "« ../26SIO0001 » : aucun formulaire" in _line(result.output)
