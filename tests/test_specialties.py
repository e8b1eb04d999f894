"""Circulars of other specialties (samples/specialites, gold files written before the first run): the
session facts with their sentences, the rules in force from the circular's own figures, and the verdicts of
real dossiers checked to a conclusion."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from extractors.readers import read_document
from pipeline.extract import extract_session
from pipeline.models import SessionData
from pipeline.rules import effective_rules

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "specialites"
CONTRACTS = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "contracts"
CASES = [
    ("circulaire_ndrc_2027_lille", "docx"),
    ("circulaire_cg_2027_nantes", "pdf"),
    ("circulaire_cg_2027_nantes", "docx"),
    ("circulaire_gpme_2027_bordeaux", "docx"),
    ("circulaire_ciel_2027_grenoble", "pdf"),
    ("circulaire_ciel_2027_grenoble", "docx"),
    ("circulaire_sam_2027_toulouse", "docx"),
    ("circulaire_sam_2027_toulouse", "pdf"),
    ("circulaire_inconnue_2027_dijon", "docx"),
]


def gold(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.gold.json").read_text(encoding="utf-8"))


_cache: dict[str, SessionData] = {}


def ingest(name: str, ext: str) -> SessionData:
    key = f"{name}.{ext}"
    if key not in _cache:
        _cache[key] = extract_session(read_document(SAMPLES / key))
    return _cache[key]


@pytest.mark.parametrize("name, ext", CASES, ids=[f"{n}.{e}" for n, e in CASES])
def test_circular_facts_match_gold(name: str, ext: str) -> None:
    s, g = ingest(name, ext), gold(name)
    for key, value in g["examen"].items():
        assert getattr(s.examen, key) == value, key
    got = [{"semaines": x.semaines, "mois": x.mois, "epreuves": x.epreuves, "au_moins": x.au_moins,
            "sur_deux_ans": x.sur_deux_ans} for x in s.exigences.stages]
    assert got == [{k: v for k, v in x.items() if k != "extrait_contient"} for x in g["stages"]]
    for x, expected in zip(s.exigences.stages, g["stages"], strict=True):
        assert expected["extrait_contient"] in x.source.extrait  # the sentence it comes from
        assert (x.source.page is not None) == (ext in ("pdf", "docx"))
    assert [{"epreuve": d.epreuve, "modalite": d.modalite, "cachet_poste": d.cachet_poste}
            for d in s.exigences.dossiers] == g["dossiers"]
    assert {a.numero: a.titre for a in s.exigences.annexes} == g["annexes"]
    if g["examen"]["sigle"] is None:
        assert any("non reconnue" in w and g["examen"]["specialite"] in w for w in s.avertissements)
    payload = json.loads(s.model_dump_json())
    jsonschema.validate(payload, json.loads((CONTRACTS / "session.schema.json").read_text(encoding="utf-8")))
    jsonschema.validate(payload["exigences"],
                        json.loads((CONTRACTS / "exigences.schema.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("name, ext", CASES, ids=[f"{n}.{e}" for n, e in CASES])
def test_the_circulars_figure_is_the_rule_in_force(name: str, ext: str) -> None:
    s, g = ingest(name, ext), gold(name)
    for code, weeks in g["semaines_requises"].items():
        eff = effective_rules(s, code)
        assert eff.rules is not None and eff.rules.stage.semaines == weeks
        assert s.source.fichier in eff.rules.stage.source  # the verdict cites the circular
        rule = eff.rules.epreuve_dossier(code, s.examen.session)
        assert rule is not None and "attestation_stage" in rule.pieces_attendues
        assert any(f.couche == "session" and f.nom == "durée de stage requise" for f in eff.figures)
    if "taille_max_octets" in g:
        assert effective_rules(s).rules.depot.taille_max_octets == g["taille_max_octets"]  # type: ignore[union-attr]


# --- dossiers checked to a conclusion (real PDF files) ------------------------------------------------------

DOSSIERS = json.loads((SAMPLES / "dossiers.gold.json").read_text(encoding="utf-8"))
DOSSIER_CASES = [k for k in DOSSIERS if not k.startswith("_")]


def build_depot(depot: Path, spec: dict) -> None:
    from factories import make_attestation, make_portfolio

    depot.mkdir(parents=True)
    lines = []
    for c in spec["candidats"]:
        lines.append(f"{c['numero']};{c['nom']};Camille;;;{spec['epreuve']};{c['depose_le']}")
        if c["attestations"] is None:
            continue
        make_portfolio(depot / c["numero"] / "dossier.pdf")
        for i, (period, signed) in enumerate(c["attestations"], 1):
            make_attestation(depot / c["numero"] / f"attestation_{i}.pdf", period, signed=signed)
    (depot / "candidats.csv").write_text("numero;nom;prenom;option;forme;epreuve;depose_le\n"
                                         + "".join(f"{line}\n" for line in lines), encoding="utf-8")


@pytest.mark.parametrize("key", DOSSIER_CASES)
def test_dossiers_concluded_from_the_circulars_figure(key: str, tmp_path: Path, store) -> None:  # noqa: ANN001
    from pipeline.check import run_batch

    name, ext = key.rsplit(".", 1)
    spec, g = DOSSIERS[key], gold(name)
    s = ingest(name, ext)
    build_depot(tmp_path / "depot", spec)
    report = run_batch(tmp_path / "depot", s, spec["epreuve"], store, workers=0)
    got = {r.numero: r for r in report.resultats}
    for c in spec["candidats"]:
        r = got[c["numero"]]
        assert (r.statut, list(r.motifs)) == (c["statut"], c["motifs"]), (c["numero"], r.anomalies)
        if c["attestations"] is not None:
            assert r.stage.semaines_requises == g["semaines_requises"][spec["epreuve"]]
            assert s.source.fichier in (r.stage.source_requises or "")
            assert r.date_limite == g["date_limite"][spec["epreuve"]]
        if "duree_stage_insuffisante" in c["motifs"]:
            message = next(a.message for a in r.anomalies if a.code == "duree_stage_insuffisante")
            assert f"circulaire {s.source.fichier}" in message  # the verdict cites the circular's sentence


def test_calendar_table_rows_say_what_their_dates_are() -> None:
    """The row label "Dépôt des dossiers E4 et E6" makes its date cell (« au plus tard le … ») the deposit
    deadline, and "Contrôle de conformité …" the commission's date."""
    s = ingest("circulaire_ndrc_2027_lille", "docx")
    assert s.deadline("E4") is not None and s.deadline("E6") == s.deadline("E4")
    assert any(e.type == "controle_conformite" for e in s.evenements)


# --- forms for every specialty ------------------------------------------------------------------------------

FICHES = [("circulaire_ndrc_2027_lille", "docx", "E4"), ("circulaire_cg_2027_nantes", "pdf", "E6"),
          ("circulaire_gpme_2027_bordeaux", "docx", "E4"), ("circulaire_ciel_2027_grenoble", "pdf", "E6"),
          ("circulaire_sam_2027_toulouse", "pdf", "E4"), ("circulaire_inconnue_2027_dijon", "docx", "E5")]


def controle_of(s: SessionData, code: str) -> object:
    from pipeline.models import Controle, Resultat, SessionRef

    return Controle(session=SessionRef(sigle=s.examen.sigle, session=s.examen.session, sha256=s.source.sha256),
                    resultats=[
                        Resultat(numero="27901", nom="Court", prenom="Léa", epreuve=code, statut="non_conforme",
                                 motifs=["duree_stage_insuffisante"]),
                        Resultat(numero="27902", nom="Bon", prenom="Noé", epreuve=code, statut="conforme"),
                        Resultat(numero="27903", nom="Tardif", prenom="Zoé", epreuve=code, statut="non_conforme",
                                 motifs=["depot_hors_delai", "documents_non_signes"])])


def docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    return "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for r in t.rows for c in r.cells])


@pytest.mark.parametrize("name, ext, code", FICHES, ids=[f[0] for f in FICHES])
def test_fiche_de_controle_for_every_specialty(name: str, ext: str, code: str, tmp_path: Path) -> None:
    from generators.fill import run_fill

    s, g = ingest(name, ext), gold(name)
    report = run_fill(s, tmp_path / "out", controle=controle_of(s, code), pdf=False)  # type: ignore[arg-type]
    assert [(p.candidat.numero, p.kind) for p in report.produced] == [("27901", "controle"), ("27903", "controle")]
    fiche = g["fiche_controle"]
    heading = (f"Annexe {fiche['numero']} — {fiche['titre']}" if fiche else "Fiche de contrôle de conformité")
    short = docx_text(report.produced[0].docx)
    late = docx_text(report.produced[1].docx)
    for text in (short, late):
        assert heading in text and f"Session {g['examen']['session']}" in text
        assert g["examen"]["specialite"] in text and code in text
        assert f"{code} — Fiche" not in text  # an annex title is not the épreuve's
    assert "☒  Durée de stage inférieure" in short and "☐  Dépôt du dossier au-delà" in short
    assert "☒  Dépôt du dossier au-delà" in late and "☒  Documents constituant" in late
    assert "☐  Absence de dépôt" in late
    assert report.produced[0].docx.name == f"27901_COURT_{fiche['numero'] if fiche else 'FCC'}.docx"
    assert [line.split(" :")[0] for line in report.skipped] == ["grille d'aide à l'évaluation",
                                                               "fiche d'appréciation"]


def test_cli_fill_ndrc_is_exit_0_with_pdf_and_one_line_per_skipped_form(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from cli import app

    monkeypatch.setenv("BTS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "200")
    s = ingest("circulaire_ndrc_2027_lille", "docx")
    (tmp_path / "s.json").write_text(s.model_dump_json(), encoding="utf-8")
    (tmp_path / "r.json").write_text(controle_of(s, "E4").model_dump_json(), encoding="utf-8")  # type: ignore[attr-defined]
    result = CliRunner().invoke(app, ["fill", "--session", str(tmp_path / "s.json"), "--controle",
                                      str(tmp_path / "r.json"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output.count("Ignoré") == 2 and "aucun modèle pour le BTS NDRC (épreuve E4)" in result.output
    assert "2 formulaire(s) DOCX pour 2 candidat(s)" in result.output
    assert (tmp_path / "out" / "pdf" / "27901_COURT_VI-2.pdf").is_file()


def test_evaluations_without_a_grid_template_are_said_not_reported(tmp_path: Path) -> None:
    from generators.fill import run_fill

    s = ingest("circulaire_gpme_2027_bordeaux", "docx")
    evaluations = tmp_path / "evaluations.csv"
    evaluations.write_text("numero;note\n27902;14\n", encoding="utf-8")
    report = run_fill(s, tmp_path / "out", controle=controle_of(s, "E4"), evaluations=evaluations,  # type: ignore[arg-type]
                      formulaires="controle", pdf=False)
    assert len(report.produced) == 2
    assert report.skipped == ["evaluations.csv : évaluations non reportées, aucun modèle de grille ni de fiche pour "
                              "le BTS GPME"]
