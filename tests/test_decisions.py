"""The commission's decisions: validation (web and CLI alike), append-only storage on SQLite and PostgreSQL,
final verdicts through `bts check` (even --force) and the forms, « à revoir » when files change, accounts,
the procès-verbal and the XLSX report in the commission's language."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from review_support import (
    PASSWORD,
    full_dossier,
    make_attestation,
    sio_2026,
    synthetic_lot,
    write_depot,
)
from typer.testing import CliRunner

from core.errors import BadArgumentError
from pipeline.decisions import (
    apply_decision,
    final_resultats,
    find_lot,
    needs_review,
    record_decision,
    validate_decision,
)
from pipeline.storage import ReviewStore, Store


def cli(args: list[str], stdin: str | None = None) -> tuple[int, str]:
    from cli import app

    r = CliRunner().invoke(app, args, input=stdin)
    text = r.stderr if hasattr(r, "stderr") else r.output
    return r.exit_code, " ".join((text + (r.stdout if hasattr(r, "stdout") else "")).split())


# --- validation --------------------------------------------------------------------------------------------------


def test_validation_only_the_four_motifs_a_comment_and_a_motif_when_non_conforme() -> None:
    assert validate_decision("non_conforme", ["documents_non_signes", "dépôt hors délai"], " vu ", "Mme X") == (
        "non_conforme", ["depot_hors_delai", "documents_non_signes"], "vu", "Mme X")
    cases = {
        ("non_conforme", ("plagiat",), "vu"): "motif « plagiat » inconnu : seuls les quatre motifs officiels",
        ("non_conforme", (), "vu"): "au moins un motif officiel",
        ("conforme", ("depot_hors_delai",), "vu"): "ne cite aucun motif",
        ("conforme", (), "   "): "commentaire obligatoire",
        ("a_verifier", (), "vu"): "une décision tranche",
        ("", (), "vu"): "statut manquant",
    }
    for (statut, motifs, comment), expected in cases.items():
        with pytest.raises(BadArgumentError) as err:
            validate_decision(statut, motifs, comment, "Mme X")
        assert expected in err.value.french()
        assert err.value.exit_code == 2
    with pytest.raises(BadArgumentError, match="auteur"):
        validate_decision("conforme", [], "vu", " ")


# --- storage ------------------------------------------------------------------------------------------------------


def test_decisions_are_append_only_and_latest_wins(any_store: Store, tmp_path: Path) -> None:
    from sqlalchemy import update
    from sqlalchemy.exc import SQLAlchemyError

    from pipeline.storage import decisions

    review = ReviewStore(any_store)
    lot = f"/tmp/{uuid.uuid4().hex}:E5"
    machine = {"numero": "26SIO0001", "statut": "a_verifier", "motifs": [], "anomalies": [],
               "pieces": [{"fichier": "a.pdf", "type": "attestation_stage", "octets": 10, "sha256": "ab"}]}
    any_store.save_resultat(lot, "26SIO0001", "f1", machine)
    first = record_decision(review, lot, "26SIO0001", statut="non_conforme", motifs=["documents_non_signes"],
                            commentaire="aucune signature", par="M. Petit",
                            now=datetime(2026, 5, 12, 12, 3, tzinfo=UTC))
    second = record_decision(review, lot, "26SIO0001", statut="conforme", motifs=[],
                             commentaire="original signé présenté", par="Mme Durand")
    assert first.statut_machine == "a_verifier" and first.id is not None and second.id is not None
    assert second.id > first.id
    rows = review.decisions(lot, "26SIO0001")
    assert [r["statut"] for r in rows] == ["non_conforme", "conforme"]
    assert rows[0]["le"] == datetime(2026, 5, 12, 12, 3, tzinfo=UTC)
    final = final_resultats(any_store, lot)[0]
    assert final["statut"] == "conforme" and final["decision"]["par"] == "Mme Durand"
    assert final["verdict_machine"] == {"statut": "a_verifier", "motifs": []}
    assert first.as_result_field(False)["le"] == "2026-05-12T14:03:00+02:00"  # Europe/Paris
    with pytest.raises(SQLAlchemyError), any_store.engine.begin() as conn:
        conn.execute(update(decisions).where(decisions.c.lot == lot).values(statut="non_conforme"))
    assert [r["statut"] for r in review.decisions(lot)] == ["non_conforme", "conforme"]
    # a re-check (even --force) rewrites only the machine's row
    any_store.save_resultat(lot, "26SIO0001", "f2", {**machine, "statut": "non_conforme"})
    assert final_resultats(any_store, lot)[0]["statut"] == "conforme"
    with pytest.raises(BadArgumentError, match="absent des résultats"):
        record_decision(review, lot, "inconnu", statut="conforme", motifs=[], commentaire="vu", par="X")
    assert review.purge_decisions(lot) == 2 and any_store.purge_lot(lot) == 1


def test_changed_files_keep_the_decision_and_say_a_revoir() -> None:
    from pipeline.decisions import Decision, files_fingerprint

    machine = {"numero": "1", "statut": "a_verifier", "motifs": [], "anomalies": [],
               "pieces": [{"fichier": "a.pdf", "octets": 10, "sha256": "ab"}]}
    d = Decision(lot="l:E5", numero="1", statut="non_conforme", motifs=["documents_non_signes"], commentaire="vu",
                 par="M. Petit", le=datetime(2026, 5, 12, 12, 3, tzinfo=UTC), statut_machine="a_verifier",
                 empreinte_fichiers=files_fingerprint(machine))
    same = apply_decision(machine, d)
    assert same["statut"] == "non_conforme" and same["decision"]["a_revoir"] is False
    assert not needs_review(same)
    assert apply_decision(same, d) == same  # idempotent (a results JSON read back)
    changed = {**machine, "statut": "conforme", "pieces": [{"fichier": "a.pdf", "octets": 12, "sha256": "cd"}]}
    out = apply_decision(changed, d)
    assert out["statut"] == "non_conforme" and out["decision"]["a_revoir"] is True and needs_review(out)
    msg = [a["message"] for a in out["anomalies"] if a["code"] == "decision_a_revoir"]
    assert msg == ["décision à revoir : fichiers modifiés depuis la décision du 12/05/2026 à 14:03 (M. Petit) ; "
                   "le contrôle automatique donne maintenant « conforme »."]
    assert apply_decision(out, d) == out


# --- the whole loop with real files: check, decide (CLI), check --force, files change, forms --------------------


def test_check_force_never_erases_a_decision_and_forms_follow(tmp_path: Path, store: Store) -> None:
    from generators.fill import run_fill
    from generators.report_xlsx import write_report
    from pipeline.check import lot_id, run_batch

    depot = tmp_path / "depot"
    write_depot(depot, ["26SIO0101;Durand;Léa;SISR;ponctuelle;E5;2026-04-20 10:00;1",
                        "26SIO0102;Martin;Hugo;SLAM;ponctuelle;E5;2026-04-21 09:00;1"])
    full_dossier(depot / "26SIO0101")
    full_dossier(depot / "26SIO0102")
    session = sio_2026()
    first = run_batch(depot, session, "E5", store, workers=0)
    assert [r.statut for r in first.resultats] == ["conforme", "conforme"], [r.anomalies for r in first.resultats]
    before = tmp_path / "avant.json"
    before.write_text(first.controle(session).model_dump_json(), encoding="utf-8")

    code, out = cli(["decide", "26SIO0101", "--epreuve", "E5", "--statut", "non_conforme", "--motif",
                     "documents_non_signes", "--commentaire", "le cachet de l'entreprise manque", "--par", "M. Petit"])
    assert code == 0, out
    assert "Décision enregistrée : candidat 26SIO0101, épreuve E5 : non conforme (documents non signés)" in out

    again = run_batch(depot, session, "E5", store, workers=0, force=True)
    r = {x.numero: x for x in again.resultats}
    assert again.checked == 2 and r["26SIO0101"].statut == "non_conforme"
    decision = (r["26SIO0101"].model_extra or {})["decision"]
    assert decision["par"] == "M. Petit" and decision["statut_machine"] == "conforme" and not decision["a_revoir"]
    assert decision["commentaire"] == "le cachet de l'entreprise manque"
    payload = json.loads(again.controle(session).model_dump_json())
    assert payload["resultats"][0]["decision"]["statut"] == "non_conforme"
    assert "decision" not in payload["resultats"][1]

    rapport = tmp_path / "rapport.xlsx"
    write_report(rapport, again.resultats, title="Contrôle E5", lot=again.lot)
    ws = load_workbook(rapport).worksheets[0]
    header = [c.value for c in ws[1]]
    row = {h: c.value for h, c in zip(header, ws[2], strict=False)}
    assert row["Statut"] == "non conforme" and row["Motifs"] == "documents non signés"
    assert row["Contrôle automatique"] == "conforme"
    assert "M. Petit" in row["Décision de la commission"] and "cachet" in row["Décision de la commission"]

    # forms: a RESULTS.json written before the decision still follows it (its `lot` finds the decision)
    forms = run_fill(session, tmp_path / "annexes", controle=before, pdf=False)
    names = sorted(p.docx.name for p in forms.produced)
    assert "26SIO0101_DURAND_VI-2.docx" in names  # fiche de contrôle for the final non-conforme
    assert not any(n.startswith("26SIO0102") and "VI-2" in n for n in names)

    # the candidate's files change: the decision stays, the result says it must be looked at again
    make_attestation(depot / "26SIO0101" / "attestation.pdf", "du 6 janvier 2025 au 21 mars 2025")
    third = {x.numero: x for x in run_batch(depot, session, "E5", store, workers=0).resultats}
    d = third["26SIO0101"]
    assert d.statut == "non_conforme" and (d.model_extra or {})["decision"]["a_revoir"] is True
    assert any(a.code == "decision_a_revoir" and "fichiers modifiés depuis" in a.message for a in d.anomalies)
    assert len(ReviewStore(store).decisions(lot_id(depot, "E5"))) == 1


def test_cli_decide_refuses_in_french_with_exit_2(tmp_path: Path, store: Store) -> None:
    lot, depot, _ = synthetic_lot(tmp_path, store)
    base = ["decide", "26SIO0001", "--epreuve", "E5", "--par", "M. Petit"]
    code, out = cli([*base, "--statut", "non_conforme", "--motif", "plagiat", "--commentaire", "vu"])
    assert code == 2 and "motif « plagiat » inconnu" in out and "documents_non_signes (documents non signés)" in out
    code, out = cli([*base, "--statut", "non_conforme", "--commentaire", "vu"])
    assert code == 2 and "au moins un motif officiel" in out
    code, out = cli([*base, "--statut", "conforme", "--commentaire", ""])
    assert code == 2 and "commentaire obligatoire" in out
    code, out = cli(["decide", "99SIO9999", "--epreuve", "E5", "--statut", "conforme", "--commentaire", "vu",
                     "--par", "X"])
    assert code == 2 and "aucun résultat enregistré pour le candidat 99SIO9999" in out
    assert ReviewStore(store).decisions(lot) == []
    code, out = cli([*base, "--statut", "conforme", "--commentaire", "signature vue", "--depot", str(depot)])
    assert code == 0, out
    assert find_lot(ReviewStore(store), "26SIO0001", "e5") == lot
    # purging the batch's personal data takes the decisions with the results
    session = tmp_path / "session.json"
    session.write_text(sio_2026().model_dump_json(), encoding="utf-8")
    code, out = cli(["check", str(depot), "--session", str(session), "--epreuve", "E5", "--purge"])
    assert code == 0 and "3 résultats supprimés" in out and "1 décision de la commission supprimée" in out, out
    assert ReviewStore(store).decisions(lot) == []


# --- accounts -------------------------------------------------------------------------------------------------------


def test_users_add_hashes_with_argon2(store: Store) -> None:
    from pipeline.accounts import authenticate

    code, out = cli(["users", "add", "Mme Durand", "--role", "dec", "--mot-de-passe-stdin"], stdin=PASSWORD + "\n")
    assert code == 0 and "Compte « Mme Durand » créé (rôle dec)" in out, out
    code, out = cli(["users", "add", "M. Petit", "--role", "commission", "--commission", "3",
                     "--mot-de-passe-stdin"], stdin=PASSWORD + "\n")
    assert code == 0, out
    review = ReviewStore(store)
    row = review.get_user("Mme Durand")
    assert row is not None and str(row["hash"]).startswith("$argon2id$") and PASSWORD not in str(row["hash"])
    user = authenticate(review, "M. Petit", PASSWORD)
    assert user is not None and user.commission == "3" and user.role == "commission"
    assert authenticate(review, "M. Petit", "autre-mot-de-passe") is None
    assert cli(["users", "add", "Mme Durand", "--role", "dec", "--mot-de-passe-stdin"], PASSWORD + "\n")[0] == 2
    code, out = cli(["users", "add", "Court", "--role", "dec", "--mot-de-passe-stdin"], stdin="court\n")
    assert code == 2 and "mot de passe trop court" in out
    code, out = cli(["users", "add", "X Y", "--role", "jury", "--mot-de-passe-stdin"], stdin=PASSWORD + "\n")
    assert code == 2 and "rôle « jury » inconnu" in out
    code, out = cli(["users", "list"])
    assert code == 0 and "M. Petit : commission, commission 3" in out and "argon2" not in out
    assert cli(["users", "disable", "M. Petit"])[0] == 0
    assert authenticate(review, "M. Petit", PASSWORD) is None


# --- procès-verbal and report ------------------------------------------------------------------------------------------


def test_proces_verbal_pdf_and_xlsx(tmp_path: Path, store: Store) -> None:
    from pypdf import PdfReader

    lot, depot, _ = synthetic_lot(tmp_path, store)
    review = ReviewStore(store)
    record_decision(review, lot, "26SIO0001", statut="non_conforme", motifs=["documents_non_signes"],
                    commentaire="attestation sans signature", par="M. Petit")
    session = tmp_path / "session.json"
    session.write_text(sio_2026().model_dump_json(), encoding="utf-8")
    code, out = cli(["pv", "--epreuve", "E5", "--out", str(tmp_path / "pv"), "--session", str(session),
                     "--membres", "M. Petit;Mme Roux", "--date", "2026-05-06", "--commission", "1"])
    assert code == 0, out
    assert "2 candidats : 1 conforme(s), 1 non conforme(s), 0 à vérifier ; 1 décision(s)" in out
    pdf = tmp_path / "pv" / "proces-verbal_SIO_2026_E5_commission-1.pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    for expected in ("Procès-verbal de la commission de contrôle de conformité", "BTS SIO — session 2026 — épreuve E5",
                     "06/05/2026", "M. Petit ; Mme Roux", "DURAND Léa", "documents non signés",
                     "attestation sans signature", "Signature"):
        assert expected in text, expected
    assert "Bernard" not in text  # commission 2
    assert oct(pdf.stat().st_mode & 0o777) == "0o600"
    ws = load_workbook(pdf.with_suffix(".xlsx")).worksheets[0]
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "DURAND Léa" in cells and "non conforme" in cells and any("M. Petit, le" in str(c) for c in cells)
    assert ws.page_setup.orientation == "landscape"
    code, out = cli(["pv", "--epreuve", "E5", "--out", str(tmp_path / "pv2")])
    assert code == 0 and "1 à vérifier" not in out  # 26SIO0001 decided; all three candidates listed
    assert "3 candidats" in out


def test_report_speaks_the_commission_language(tmp_path: Path, store: Store) -> None:
    from generators.report_xlsx import write_report
    from pipeline.models import Resultat

    lot, _, _ = synthetic_lot(tmp_path, store)
    rows = final_resultats(store, lot)
    rows[1]["penalites"] = [{"code": "absence_tableau_synthese", "points": 2, "libelle": "Absence de tableau de synthèse"}]
    rows[1]["signatures"] = [{"piece": "attestation.pdf", "page": p, "nature": "manuscrite", "valide": True}
                             for p in (1, 1, 2)] + [{"piece": "autre.pdf", "page": 1, "nature": "numerique",
                                                     "valide": True, "signataire": "ACME"}]
    out = tmp_path / "rapport.xlsx"
    write_report(out, [Resultat.model_validate(r) for r in rows], title="Contrôle E5", lot=lot,
                 base_url="https://revue.example")
    wb = load_workbook(out)
    ws, synth = wb.worksheets
    header = [c.value for c in ws[1]]
    data = [{h: c.value for h, c in zip(header, row, strict=False)} for row in ws.iter_rows(min_row=2)]
    assert data[0]["Statut"] == "à vérifier" and data[0]["À vérifier"] == "signature manuscrite à vérifier"
    assert data[1]["Pénalités"] == "Absence de tableau de synthèse : 2 points"
    assert data[1]["Signatures"] == ("attestation.pdf : signature manuscrite signée p. 1, 2\n"
                                     "autre.pdf : signature numérique de ACME valide p. 1")
    assert "attestation.pdf (attestation de stage)" in data[1]["Fichiers"]
    assert data[2]["Motifs"] == "dépôt hors délai"
    text = " ".join(str(v) for row in data for v in row.values() if v)
    for code in ("absence_tableau_synthese", "attestation_stage", "numerique", "signature_indeterminee"):
        assert code not in text, code
    assert data[0]["Revue"] == "ouvrir"
    link = ws.cell(2, len(header)).hyperlink.target
    assert link.startswith("https://revue.example/lots/") and link.endswith("/candidats/26SIO0001")
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0  # width: 1 (default)
    assert ws.page_setup.fitToWidth in (None, 1)
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref == "A1:Q4"
    values = {r[0]: r[1:] for r in synth.iter_rows(values_only=True) if r and r[0]}
    assert values["à vérifier"][0] == 1 and values["dépôt hors délai"][0] == 1
    assert values["signature manuscrite à vérifier"][0] == 1
    assert values["Absence de tableau de synthèse"][:2] == (1, 2)
    assert values["dont décidés par une personne"][0] == 0


def test_report_links_past_the_hyperlink_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    import generators.report_xlsx as report
    from pipeline.models import Resultat

    monkeypatch.setattr(report, "MAX_LINKS", 1)
    rows = [Resultat(numero=n, statut="conforme") for n in ("A1", 'B"2')]
    from io import BytesIO

    ws = load_workbook(BytesIO(report.report_bytes(rows, lot="/d:E5", base_url="http://h"))).worksheets[0]
    assert ws.cell(2, 17).hyperlink.target.endswith("/candidats/A1")
    assert ws.cell(3, 17).value.startswith('=HYPERLINK("http://h/lots/') and "B%222" in ws.cell(3, 17).value
