"""`bts diff`: moved dates, renumbered codes (through the correspondence data), centres."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cli import app
from pipeline.diff import diff_sessions
from pipeline.models import Centre, Epreuve, Evenement, Examen, SessionData, Source


def _s(year: int, sha: str, events: list[Evenement], codes: list[str], centres: list[Centre]) -> SessionData:
    return SessionData(source=Source(fichier=f"c{year}.pdf", sha256=sha * 64, format="pdf"),
                       examen=Examen(sigle="SIO", session=year, academie="Aix-Marseille"),
                       epreuves=[Epreuve(code=c) for c in codes], centres=centres, evenements=events)


OLD = _s(2024, "a", [
    Evenement(type="depot_dossier", debut="2024-04-17T12:00", epreuves=["E4"], libelle="dépôt E4"),
    Evenement(type="epreuve", debut="2024-05-21", fin="2024-05-22", epreuves=["E4"], libelle="oral E4"),
    Evenement(type="jury", debut="2024-06-20T14:00", libelle="jury"),
], ["E4", "U4", "E6"], [Centre(id="peguy", nom="Lycée Charles Péguy", ville="Marseille"),
                        Centre(id="gap", nom="Lycée Villars", ville="Gap")])
NEW = _s(2026, "b", [
    Evenement(type="depot_dossier", debut="2026-04-22T12:00", epreuves=["E5"], libelle="dépôt E5"),
    Evenement(type="epreuve", debut="2026-05-21", fin="2026-05-22", epreuves=["E5"], libelle="oral E5"),
    Evenement(type="jury", debut="2026-06-20T14:00", libelle="jury"),
    Evenement(type="resultats", debut="2026-07-01", libelle="résultats"),
], ["E5", "U5", "E7", "E8X"], [Centre(id="peguy", nom="Lycée Charles Péguy", ville="Marseille"),
                               Centre(id="curie", nom="Lycée Marie Curie", ville="Marseille")])


def test_renumbered_codes_and_moved_deadline() -> None:
    rows = diff_sessions(OLD, NEW)
    by_cat: dict[str, list[dict]] = {}
    for r in rows:
        by_cat.setdefault(r["categorie"], []).append(r)
    renum = {(r["ancien"], r["nouveau"]) for r in by_cat["épreuve renumérotée"]}
    assert ("E4", "E5") in renum and ("U4", "U5") in renum and ("E6", "E7") in renum
    assert [r["element"] for r in by_cat["épreuve nouvelle"]] == ["E8X"]
    moved = by_cat["date déplacée"]
    assert len(moved) == 1 and "depot dossier E5" in moved[0]["element"]
    assert "5 jours plus tard" in moved[0]["commentaire"] and "reculée" in moved[0]["commentaire"]
    assert [r["element"] for r in by_cat["date nouvelle"]] == ["resultats"]
    assert [r["element"] for r in by_cat["centre ajouté"]] == ["Lycée Marie Curie"]
    assert [r["element"] for r in by_cat["centre retiré"]] == ["Lycée Villars"]


def test_same_session_no_change() -> None:
    assert diff_sessions(NEW, NEW) == []


def test_cli_diff_json(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BTS_DATABASE_URL", f"sqlite:///{tmp_path}/db.sqlite")
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(OLD.model_dump_json(), encoding="utf-8")
    b.write_text(NEW.model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", str(a), str(b), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["nouveau"]["session"] == 2026
    assert any(r["categorie"] == "date déplacée" for r in payload["changements"])
    missing = CliRunner().invoke(app, ["diff", str(a), "deadbeef"])
    assert missing.exit_code == 2
    assert "ni un fichier ni une session" in missing.output
