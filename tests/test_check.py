"""Batch check on real files (PDF made with reportlab, XLSX with openpyxl): deadlines, old codes, hostile
paths, re-runs, time limits, the JSON contract, the XLSX report and the CLI."""

from __future__ import annotations

import json
import os
import time
from datetime import date, datetime
from pathlib import Path

import jsonschema
import pytest
from factories import make_attestation, make_portfolio, make_tableau  # noqa: F401  (re-exported)
from openpyxl import load_workbook
from typer.testing import CliRunner

import extractors.dossier
import pipeline.check as check_mod
from pipeline.check import check_candidate, run_batch
from pipeline.decide import DecideOptions
from pipeline.manifest import read_manifest
from pipeline.models import Epreuve, Evenement, EventSource, Examen, SessionData, Source
from pipeline.rules import load_rules

CONTRACT = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "contracts" / "controle.schema.json"
HEADER = "numero;nom;prenom;option;forme;epreuve;depose_le\n"


# --- real files -----------------------------------------------------------------------------------------


def candidate(
    depot: Path,
    numero: str,
    *,
    period: str = "du 6 janvier 2025 au 14 mars 2025",
    signed: bool = True,
    tableau: bool = True,
) -> Path:
    folder = depot / numero
    folder.mkdir(parents=True)
    make_portfolio(folder / "portfolio.pdf")
    make_attestation(folder / "attestation.pdf", period, signed=signed)
    if tableau:
        make_tableau(folder / "tableau.xlsx")
    return folder


def sio_2026(code: str = "E5", debut: str = "2026-04-22T12:00") -> SessionData:
    return SessionData(
        source=Source(fichier="circulaire_sio_2026.pdf", sha256="12" * 32, format="pdf"),
        examen=Examen(specialite="Services informatiques aux organisations", sigle="SIO", session=2026),
        epreuves=[Epreuve(code="E5", intitule="Support et mise à disposition de services informatiques")],
        evenements=[
            Evenement(
                type="depot_dossier",
                debut=debut,
                epreuves=[code],
                libelle="Dépôt des dossiers",
                source=EventSource(page=2, extrait="au plus tard le 22 avril 2026 à 12h00"),
            )
        ],
    )


def mco_2022() -> SessionData:
    return SessionData(
        source=Source(fichier="circulaire_mco_2022.pdf", sha256="34" * 32, format="pdf"),
        examen=Examen(specialite="Management commercial opérationnel", sigle="MCO", session=2022),
        evenements=[
            Evenement(type="depot_dossier", debut="2022-05-13", epreuves=["E41"], libelle="Dépôt E41")
        ],
    )




def write_manifest(depot: Path, lines: list[str]) -> None:
    depot.mkdir(parents=True, exist_ok=True)
    (depot / "candidats.csv").write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")


def by_numero(report) -> dict:  # noqa: ANN001
    return {r.numero: r for r in report.resultats}


# --- behaviour ---------------------------------------------------------------------------------------------


def test_deadline_minute_and_old_code(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(
        depot,
        [
            "001;Durand;Léa;SISR;scolaire;E5;2026-04-22 12:00",
            "002;Martin;Théo;SLAM;scolaire;E5;22/04/2026 12:01",
            "003;Petit;Zoé;SLAM;scolaire;E4;2026-04-22T12:01",
            "004;Roux;Ali;SLAM;scolaire;E4;2026-04-22T11:00",
        ],
    )
    for n in ("001", "002", "003", "004"):
        candidate(depot, n)
    res = by_numero(run_batch(depot, sio_2026(), "E5", store, workers=0))
    assert res["001"].statut == "conforme", res["001"].anomalies
    assert res["001"].pieces and {p.type for p in res["001"].pieces} == {
        "portfolio",
        "attestation_stage",
        "tableau_synthese",
    }
    assert res["002"].motifs == ["depot_hors_delai"]
    # E4 in the manifest of a 2026 session: E5 rule, E5 deadline (the session only knows E5)
    assert res["003"].epreuve == "E5" and res["003"].motifs == ["depot_hors_delai"]
    assert res["004"].statut == "conforme" and res["004"].epreuve_manifeste == "E4"


def test_path_traversal_refused_and_nothing_outside_read(tmp_path: Path, store, monkeypatch) -> None:  # noqa: ANN001
    outside = tmp_path / "secret"
    make_attestation(outside / "attestation.pdf") if outside.mkdir() is None else None
    depot = tmp_path / "depot"
    write_manifest(
        depot,
        [
            "../secret;X;Y;;;E5;2026-04-22 10:00",
            f"{outside};X;Y;;;E5;2026-04-22 10:00",
            "005;A;B;;;E5;2026-04-22 10:00",
        ],
    )
    folder = candidate(depot, "005")
    os.symlink(outside / "attestation.pdf", folder / "autre_attestation.pdf")
    read: list[Path] = []
    real = extractors.dossier.analyse_file

    def spy(path: Path, rel: str, *, ocr: bool = True):  # noqa: ANN202
        read.append(Path(path).resolve())
        return real(path, rel, ocr=ocr)

    monkeypatch.setattr(extractors.dossier, "analyse_file", spy)
    res = by_numero(run_batch(depot, sio_2026(), "E5", store, workers=0))
    assert read and all(p.is_relative_to(depot.resolve()) for p in read)
    for bad in ("../secret", str(outside)):
        assert res[bad].statut == "a_verifier" and res[bad].anomalies[0].code == "numero_invalide"
        assert not res[bad].pieces
    assert any(a.code == "lien_refuse" for a in res["005"].anomalies)
    assert "autre_attestation.pdf" not in {p.fichier for p in res["005"].pieces}


def test_overlapping_attestations_counted_once(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["006;A;B;;;E5;2026-04-22 10:00"])
    folder = candidate(depot, "006", period="du 3 mars 2025 au 11 avril 2025")
    make_attestation(folder / "attestation_copie.pdf", "du 17 mars 2025 au 28 mars 2025")
    r = run_batch(depot, sio_2026(), "E5", store, workers=0).resultats[0]
    assert r.stage.semaines == 6.0
    assert r.motifs == ["duree_stage_insuffisante"]
    msg = next(a.message for a in r.anomalies if a.code == "duree_stage_insuffisante")
    assert msg.startswith(
        "6,0 semaines trouvées : du 3 mars au 11 avril 2025 (attestation.pdf p.1) ; 10 requises"
    )


def test_mco_weeks_need_the_option(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["007;A;B;;;E41;2022-05-10 09:00"])
    candidate(depot, "007", period="du 3 janvier 2022 au 11 février 2022", tableau=False)
    r = run_batch(depot, mco_2022(), "E41", store, workers=0).resultats[0]
    assert r.statut == "a_verifier"
    assert any(
        "aucune durée de stage vérifiée pour la spécialité MCO : relancez avec --semaines-requises N"
        in a.message
        for a in r.anomalies
    )
    r8 = run_batch(depot, mco_2022(), "E41", store, workers=0, semaines_requises=8).resultats[0]
    assert r8.statut == "non_conforme" and r8.motifs == ["duree_stage_insuffisante"]
    assert r8.stage.semaines == 6.0 and r8.stage.semaines_requises == 8


def test_rerun_skips_unchanged_and_rechecks_changed(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["010;A;B;;;E5;2026-04-22 10:00", "011;C;D;;;E5;2026-04-22 10:00"])
    candidate(depot, "010")
    candidate(depot, "011", signed=False)
    first = run_batch(depot, sio_2026(), "E5", store, workers=0)
    assert (first.checked, first.skipped) == (2, 0)
    assert by_numero(first)["011"].motifs == ["documents_non_signes"]
    second = run_batch(depot, sio_2026(), "E5", store, workers=0)
    assert (second.checked, second.skipped) == (0, 2)
    assert [r.model_dump() for r in second.resultats] == [r.model_dump() for r in first.resultats]
    make_attestation(depot / "011" / "attestation.pdf", signed=True)  # the candidate sent a signed copy
    st = (depot / "011" / "attestation.pdf").stat()
    os.utime(depot / "011" / "attestation.pdf", ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    third = run_batch(depot, sio_2026(), "E5", store, workers=0)
    assert (third.checked, third.skipped) == (1, 1)
    assert by_numero(third)["011"].statut == "conforme"
    assert run_batch(depot, sio_2026(), "E5", store, workers=0, force=True).checked == 2
    assert run_batch(depot, sio_2026(), "E5", store, workers=0, semaines_requises=12).checked == 2


def test_json_contract_and_xlsx_report(tmp_path: Path, store) -> None:  # noqa: ANN001
    from generators.report_xlsx import write_report

    depot = tmp_path / "depot"
    write_manifest(
        depot,
        [
            '020;Durand;"=HYPERLINK(""http://x"")";;;E5;2026-04-22 10:00',
            "021;Nul;Part;;;E5;",
            "../x;Evil;Row;;;E5;2026-04-22 10:00",
            "022;Tard;Paul;;;E5;2026-04-23 08:00",
        ],
    )
    candidate(depot, "020")
    candidate(depot, "022", tableau=False)
    report = run_batch(depot, sio_2026(), "E5", store, workers=0)
    payload = json.loads(json.dumps(report.controle(sio_2026()).model_dump(mode="json")))
    jsonschema.validate(payload, json.loads(CONTRACT.read_text(encoding="utf-8")))
    assert [r["statut"] for r in payload["resultats"]] == [
        "conforme",
        "non_conforme",
        "a_verifier",
        "non_conforme",
    ]
    assert payload["resultats"][3]["penalites"][0]["code"] == "absence_tableau_synthese"
    out = tmp_path / "rapport.xlsx"
    write_report(out, report.resultats)
    ws = load_workbook(out).worksheets[0]
    assert ws.auto_filter.ref == "A1:Q5"
    assert ws.freeze_panes == "B2"
    assert [c.value for c in ws[1]][:5] == ["Numéro", "Nom", "Prénom", "Épreuve", "Statut"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["020", "021", "../x", "022"]
    assert rows[0][2] == '=HYPERLINK("http://x")' and ws.cell(2, 3).data_type == "s"  # text, not a formula
    assert rows[3][4] == "non conforme" and "dépôt hors délai" in rows[3][5]
    assert ws.cell(2, 5).fill.fgColor.rgb.endswith("C6EFCE")


def test_document_time_limit_inline_and_hard_kill(tmp_path: Path, store, monkeypatch) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, ["030;A;B;;;E5;2026-04-22 10:00", "031;C;D;;;E5;2026-04-22 10:00"])
    candidate(depot, "030")
    make_portfolio(depot / "030" / "lent.pdf")
    candidate(depot, "031")
    real = extractors.dossier.analyse_file

    def slow(path: Path, rel: str, *, ocr: bool = True):  # noqa: ANN202
        if rel == "lent.pdf":
            time.sleep(30)
        return real(path, rel, ocr=ocr)

    monkeypatch.setattr(extractors.dossier, "analyse_file", slow)
    row = read_manifest(depot).rows[0]
    t0 = time.monotonic()
    r = check_candidate(row, depot, sio_2026(), load_rules("SIO"), DecideOptions("E5"), timeout=0.5)
    assert time.monotonic() - t0 < 10
    assert r.statut == "a_verifier"
    assert any(a.code == "analyse_delai_depasse" and a.piece == "lent.pdf" for a in r.anomalies)

    # like C code: deaf to the alarm, only a kill stops it; named in the environment, the fault reaches the
    # workers whatever their start method (core.faults)
    monkeypatch.setenv("BTS_INJECT_FAULTS", "analyse@*/lent.pdf=blocage")
    monkeypatch.setattr(check_mod, "GRACE_SECONDS", 0.5)
    t0 = time.monotonic()
    res = by_numero(run_batch(depot, sio_2026(), "E5", store, workers=2, timeout=0.5, force=True))
    assert time.monotonic() - t0 < 30
    assert res["030"].statut == "a_verifier"
    assert any(a.code == "analyse_delai_depasse" for a in res["030"].anomalies)
    assert res["031"].statut == "conforme", res["031"].anomalies


def test_pool_gives_same_results_as_inline(tmp_path: Path, store) -> None:  # noqa: ANN001
    depot = tmp_path / "depot"
    write_manifest(depot, [f"04{i};N;P;;;E5;2026-04-22 1{i}:00" for i in range(4)])
    for i in range(4):
        candidate(depot, f"04{i}", signed=i % 2 == 0)
    inline = run_batch(depot, sio_2026(), "E5", store, workers=0)
    pooled = run_batch(depot, sio_2026(), "E5", store, workers=2, force=True)
    assert [(r.numero, r.statut, r.motifs) for r in pooled.resultats] == [
        (r.numero, r.statut, r.motifs) for r in inline.resultats
    ]
    assert [r.statut for r in pooled.resultats] == ["conforme", "non_conforme", "conforme", "non_conforme"]


# --- CLI ----------------------------------------------------------------------------------------------------


def _cli(args: list[str]):  # noqa: ANN202
    from cli import app

    return CliRunner().invoke(app, args)


def test_cli_missing_depot_is_one_french_line(tmp_path: Path, store) -> None:  # noqa: ANN001
    session = tmp_path / "session.json"
    session.write_text(sio_2026().model_dump_json(), encoding="utf-8")
    result = _cli(["check", str(tmp_path / "absent"), "--session", str(session), "--epreuve", "E5"])
    assert result.exit_code == 2
    text = result.stderr if hasattr(result, "stderr") else result.output
    message = " ".join(text.split())  # rich may wrap the one message at the test terminal's width
    assert message.startswith("Erreur : dossier de dépôt introuvable") and message.count("Erreur") == 1
    assert "Traceback" not in result.output
    depot = tmp_path / "vide"
    depot.mkdir()
    assert _cli(["check", str(depot), "--session", str(session), "--epreuve", "E5"]).exit_code == 3
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1"}', encoding="utf-8")
    write_manifest(depot, ["001;A;B;;;E5;2026-04-22 10:00"])
    r = _cli(["check", str(depot), "--session", str(bad), "--epreuve", "E5"])
    assert r.exit_code == 3 and "session invalide" in (r.stderr if hasattr(r, "stderr") else r.output)


def test_cli_run_writes_json_report_and_summary(tmp_path: Path, store) -> None:  # noqa: ANN001
    session = tmp_path / "session.json"
    session.write_text(sio_2026().model_dump_json(), encoding="utf-8")
    depot = tmp_path / "depot"
    write_manifest(depot, ["050;A;B;;;E5;2026-04-22 10:00", "051;C;D;;;E5;2026-04-22 12:30"])
    candidate(depot, "050")
    candidate(depot, "051")
    out, rep = tmp_path / "res.json", tmp_path / "rapport.xlsx"
    r = _cli(
        [
            "check",
            str(depot),
            "-s",
            str(session),
            "-e",
            "E5",
            "--out",
            str(out),
            "--report",
            str(rep),
            "--workers",
            "0",
        ]
    )
    assert r.exit_code == 0, r.output
    payload = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(payload, json.loads(CONTRACT.read_text(encoding="utf-8")))
    assert [x["statut"] for x in payload["resultats"]] == ["conforme", "non_conforme"]
    text = r.stderr if hasattr(r, "stderr") else r.output
    assert "conformes : 1 ; non conformes : 1 ; à vérifier : 0" in text
    assert "dépôt hors délai : 1" in text
    assert load_workbook(rep).worksheets[0].max_row == 3


def test_cli_dask_flag_without_address() -> None:
    from cli.check import normalise_argv

    assert normalise_argv(["bts", "check", "D", "--dask"]) == ["bts", "check", "D", "--dask", "local"]
    assert normalise_argv(["bts", "check", "--dask", "--force", "D"])[3] == "local"
    assert normalise_argv(["bts", "check", "D", "--dask", "tcp://h:8786"])[4] == "tcp://h:8786"


def test_dates_in_manifest_are_paris_local(tmp_path: Path, store) -> None:  # noqa: ANN001
    """A UTC timestamp at 10:01Z is 12:01 in Paris in April: late."""
    depot = tmp_path / "depot"
    write_manifest(depot, ["060;A;B;;;E5;2026-04-22T10:01:00Z"])
    candidate(depot, "060")
    r = run_batch(depot, sio_2026(), "E5", store, workers=0).resultats[0]
    assert r.motifs == ["depot_hors_delai"] and r.depose_le == "2026-04-22T12:01"
    assert date.fromisoformat(r.date_limite[:10]) == datetime(2026, 4, 22).date()


# --- end to end on the facts helper's generator ---------------------------------------------------------


def test_generated_dossiers_match_expected(tmp_path: Path, store) -> None:  # noqa: ANN001
    """Every case of samples/dossiers/generate.py (expected.json is computed independently of our code)."""
    from samples.dossiers.generate import generate

    depot = tmp_path / "gen"
    meta = generate(depot, 24, 3)
    session = sio_2026(debut=meta["deadline"])
    report = run_batch(depot, session, "E5", store, workers=2, semaines_requises=meta["semaines_requises"])
    got = {r.numero: r for r in report.resultats}
    assert set(got) == set(meta["candidats"])
    cases = set()
    for numero, want in meta["candidats"].items():
        r = got[numero]
        cases.add(want["cas"])
        assert (r.statut, sorted(r.motifs)) == (want["statut"], sorted(want["motifs"])), (
            want["cas"],
            r.anomalies,
        )
        assert [p.model_dump(include={"code", "points"}) for p in r.penalites] == want["penalites"], want[
            "cas"
        ]
        if want["semaines"] is not None:
            assert r.stage is not None and r.stage.semaines == want["semaines"], want["cas"]
    assert {
        "hors_delai",
        "non_signee",
        "tronque",
        "chevauchement_insuffisant",
        "modifie_apres_signature",
    } <= cases
    payload = report.controle(session).model_dump(mode="json")
    jsonschema.validate(payload, json.loads(CONTRACT.read_text(encoding="utf-8")))


def test_cli_session_by_stored_sha_prefix(tmp_path: Path, store) -> None:  # noqa: ANN001
    session = sio_2026()
    store.save_session(session)
    depot = tmp_path / "depot"
    write_manifest(depot, ["070;A;B;;;E5;2026-04-22 10:00"])
    candidate(depot, "070")
    r = _cli(["check", str(depot), "-s", session.source.sha256[:8], "-e", "E5", "--workers", "0"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["session"]["sha256"] == session.source.sha256
    assert _cli(["check", str(depot), "-s", "fedcba98", "-e", "E5"]).exit_code == 2


@pytest.mark.slow
def test_prefect_flow_batches(tmp_path: Path, store) -> None:  # noqa: ANN001
    """Prefect's temporary server takes 10–20 s to start: slow."""
    from flows.check import run_check_flow

    depot = tmp_path / "depot"
    write_manifest(depot, [f"08{i};N;P;;;E5;2026-04-22 1{i}:00" for i in range(3)])
    for i in range(3):
        candidate(depot, f"08{i}")
    report = run_check_flow(str(depot), sio_2026(), "E5", workers=2, batch_size=2)
    assert [r.statut for r in report.resultats] == ["conforme", "conforme", "conforme"]
    again = run_check_flow(str(depot), sio_2026(), "E5", workers=2, batch_size=2)
    assert (again.checked, again.skipped) == (0, 3)


def test_worker_crash_blames_only_the_culprit(tmp_path: Path, store, monkeypatch) -> None:  # noqa: ANN001
    """A reader that kills its process (segfault-like) marks that candidate only; the batch goes on."""
    depot = tmp_path / "depot"
    write_manifest(depot, [f"09{i};N;P;;;E5;2026-04-22 10:00" for i in range(4)])
    for i in range(4):
        candidate(depot, f"09{i}")
    make_portfolio(depot / "091" / "plantage.pdf")
    monkeypatch.setenv("BTS_INJECT_FAULTS", "analyse@*/plantage.pdf=arret")
    res = by_numero(run_batch(depot, sio_2026(), "E5", store, workers=2))
    assert res["091"].statut == "a_verifier"
    assert any("arrêté brutalement" in a.message for a in res["091"].anomalies)
    assert [res[n].statut for n in ("090", "092", "093")] == ["conforme"] * 3


def test_summary_counts_candidates_in_french() -> None:
    from pipeline.models import Anomalie, Resultat
    from pipeline.summary import summary

    twice = [
        Anomalie.model_validate({"code": "fichier_vide", "message": m, "gravite": "a_verifier"}) for m in "ab"
    ]
    text = summary(
        [
            Resultat(numero="1", statut="a_verifier", anomalies=twice),
            Resultat(numero="2", statut="non_conforme", motifs=["depot_hors_delai", "documents_non_signes"]),
            Resultat(numero="3", statut="non_conforme", motifs=["depot_hors_delai"]),
            Resultat(numero="4", statut="conforme"),
        ],
        epreuve="E5",
        skipped=2,
    )
    assert text.splitlines()[0].startswith(
        "Contrôle de conformité — épreuve E5 : 4 candidats (dont 2 inchangés"
    )
    assert "conformes : 1 ; non conformes : 2 ; à vérifier : 1." in text
    assert "dépôt hors délai : 2 ; documents non signés : 1" in text
    assert "À vérifier : fichier vide : 1." in text


@pytest.mark.slow
def test_dask_local_cluster(tmp_path: Path, store) -> None:  # noqa: ANN001
    """Prefect on a local Dask cluster (one shared temporary server): same verdicts as in-process."""
    from flows.check import run_check_flow

    depot = tmp_path / "depot"
    write_manifest(depot, ["100;A;B;;;E5;2026-04-22 12:00", "101;C;D;;;E4;2026-04-22 12:01"])
    candidate(depot, "100")
    candidate(depot, "101", signed=False)
    report = run_check_flow(str(depot), sio_2026(), "E5", use_dask=True, workers=2, batch_size=1)
    res = by_numero(report)
    assert res["100"].statut == "conforme"
    assert sorted(res["101"].motifs) == ["depot_hors_delai", "documents_non_signes"]
