"""Decisions on one candidate (pure function): deadline, old codes, weeks, signatures, pieces, statut."""

from __future__ import annotations

from datetime import date, datetime

from factories import TEN_WEEKS, attestation, full, portfolio, row, run, session, tableau

from extractors.dossier import FileFacts, SignatureFact
from pipeline.decide import DecideOptions, deadline_of, decide
from pipeline.rules import load_rules


def test_conforme_dossier() -> None:
    res = run(full())
    assert res.statut == "conforme", res.anomalies
    assert res.stage.semaines == 10.0 and res.stage.semaines_requises == 10
    assert res.signatures[0].nature == "manuscrite"


def test_deadline_to_the_minute() -> None:
    on_time = run(full(), r=row(datetime(2026, 4, 22, 12, 0)))
    late = run(full(), r=row(datetime(2026, 4, 22, 12, 1)))
    assert on_time.statut == "conforme"
    assert late.motifs == ["depot_hors_delai"]
    msg = next(a.message for a in late.anomalies if a.code == "depot_hors_delai")
    assert "22 avril 2026 à 12:01" in msg and "22 avril 2026 à 12:00" in msg and "1 min" in msg


def test_date_only_deadline_is_end_of_day() -> None:
    assert deadline_of("2026-04-22") == datetime(2026, 4, 22, 23, 59)
    s = session(debut="2026-04-22")
    assert run(full(), r=row(datetime(2026, 4, 22, 23, 59)), s=s).statut == "conforme"
    assert run(full(), r=row(datetime(2026, 4, 23, 0, 0)), s=s).motifs == ["depot_hors_delai"]


def test_old_code_in_manifest_uses_new_rule_and_deadline() -> None:
    res = run(full(), r=row(datetime(2026, 4, 22, 12, 5), epreuve="E4"), epreuve="E5")
    assert res.epreuve == "E5" and res.epreuve_manifeste == "E4"
    assert res.motifs == ["depot_hors_delai"]  # the E5 deadline was found through the correspondence


def test_no_deadline_in_session() -> None:
    res = run(full(), s=session(debut=None))
    assert res.statut == "a_verifier"
    assert any(
        a.code == "date_limite_introuvable" and "date limite introuvable" in a.message for a in res.anomalies
    )


def test_absence_only_when_the_folder_holds_no_file() -> None:
    empty = run([])
    assert empty.statut == "non_conforme" and empty.motifs == ["absence_dossier"]
    missing = decide(row(), [], session(), load_rules("SIO"), DecideOptions("E5"), dossier_present=False)
    assert missing.motifs == ["absence_dossier"] and "pas de dossier" in missing.anomalies[-1].message
    # files but no deposit date in the manifest: never a motif from a missing value
    undated = run(full(), r=row(depose=None))
    assert undated.statut == "a_verifier" and not undated.motifs
    assert any(a.code == "dossier_non_transmis" for a in undated.anomalies)


def test_no_portfolio_is_for_the_commission_and_no_tableau_is_penalty() -> None:
    res = run([tableau(), attestation(TEN_WEEKS)])
    assert res.statut == "a_verifier" and not res.motifs
    assert any(a.code == "piece_manquante" and "portfolio" in a.message for a in res.anomalies)
    res2 = run([portfolio(), attestation(TEN_WEEKS)])
    assert res2.statut == "conforme"
    assert [(p.code, p.points) for p in res2.penalites] == [("absence_tableau_synthese", 2)]


def test_overlapping_periods_count_once_and_message() -> None:
    a = attestation([(date(2025, 3, 3), date(2025, 4, 11))], name="a1.pdf")
    b = attestation(
        [(date(2025, 3, 3), date(2025, 4, 11)), (date(2025, 3, 17), date(2025, 3, 28))], name="a2.pdf"
    )
    res = run([portfolio(), tableau(), a, b])
    assert res.stage.semaines == 6.0
    assert res.motifs == ["duree_stage_insuffisante"]
    msg = next(x.message for x in res.anomalies if x.code == "duree_stage_insuffisante")
    assert msg.startswith(
        "6,0 semaines trouvées : du 3 mars au 11 avril 2025 (a1.pdf p.1) ; 10 requises (référentiel"
    )


def test_between_positioning_and_required_weeks_is_a_verifier() -> None:
    """8 weeks suffice with a positioning decision the machine cannot see: no motif on a guess."""
    res = run([portfolio(), tableau(), attestation([(date(2025, 1, 6), date(2025, 2, 28))])])
    assert res.statut == "a_verifier" and not res.motifs
    assert "positionnement" in next(a.message for a in res.anomalies if a.code == "duree_stage_douteuse")
    below = run([portfolio(), tableau(), attestation([(date(2025, 1, 6), date(2025, 2, 21))])])
    assert below.motifs == ["duree_stage_insuffisante"]


def test_mco_without_required_weeks_is_a_verifier_then_decided() -> None:
    s = session("MCO", 2022, "E41", "2022-05-13")
    r = row(datetime(2022, 5, 10, 9, 0), "E41")
    six = [portfolio(), attestation([(date(2022, 1, 3), date(2022, 2, 11))])]
    res = run(six, r=r, s=s, epreuve="E41")
    assert res.statut == "a_verifier"
    assert any(
        "aucune durée de stage vérifiée pour la spécialité MCO : relancez avec --semaines-requises N"
        in a.message
        for a in res.anomalies
    )
    assert run(six, r=r, s=s, epreuve="E41", semaines=8).motifs == ["duree_stage_insuffisante"]
    assert run(six, r=r, s=s, epreuve="E41", semaines=6).statut == "conforme"


def test_no_period_found_is_a_verifier() -> None:
    res = run([portfolio(), tableau(), attestation([], stated=10)])
    assert res.statut == "a_verifier"
    assert any(a.code == "periode_introuvable" and "durée : 10 semaines" in a.message for a in res.anomalies)


def test_stated_duration_contradicts_dates() -> None:
    assert run(full(stated=10)).statut == "conforme"
    res = run(full(stated=12))
    assert res.statut == "a_verifier" and any(a.code == "duree_incoherente" for a in res.anomalies)


def _digital(intact: bool = True, modified: bool = False, confiance: bool | None = None) -> SignatureFact:
    return SignatureFact(
        "Signature1",
        1,
        "Jeanne Martin",
        intact,
        not modified,
        modified,
        confiance,
        "signature numérique de Jeanne Martin",
    )


def test_signatures() -> None:
    unsigned = run(full(signed="vide"))
    assert unsigned.motifs == ["documents_non_signes"]
    motif = next(a for a in unsigned.anomalies if a.code == "documents_non_signes")
    assert "aucune marque" in motif.message and motif.preuve == "attestation_pdf_p1_signature.png"
    # not examined (no exam at all) is never "not signed"
    unexamined = run(full(signed=""))
    assert unexamined.statut == "a_verifier" and not unexamined.motifs
    student = run(full(signed="stagiaire_seule"))
    assert student.statut == "a_verifier" and any(a.code == "signature_stagiaire_seule" for a in student.anomalies)
    unsure = run(full(signed="indeterminee"))
    assert unsure.statut == "a_verifier" and any(a.code == "signature_indeterminee" for a in unsure.anomalies)
    digital = run(full(signed="vide", digital=[_digital()]))
    assert digital.statut == "conforme"
    sig = next(s for s in digital.signatures if s.nature == "numerique")
    assert sig.valide is None and sig.detail.startswith("signé, non vérifié")
    altered = run(full(signed="vide", digital=[_digital(modified=True)]))
    assert altered.statut == "a_verifier" and any(a.code == "signature_alteree" for a in altered.anomalies)


def test_file_errors_and_format() -> None:
    broken = FileFacts(
        "scan.pdf",
        10,
        "d" * 64,
        "pdf",
        None,
        erreur="tronque",
        erreur_message="Le fichier est tronqué : demander une nouvelle copie.",
    )
    res = run(full() + [broken])
    assert res.statut == "a_verifier"
    assert any(a.code == "fichier_tronque" and a.piece == "scan.pdf" for a in res.anomalies)
    docx = FileFacts("rapport.docx", 10, "e" * 64, "docx", None, type_piece="portfolio")
    res2 = run([docx, tableau(), attestation(TEN_WEEKS)])
    assert res2.statut == "a_verifier" and any(a.code == "format_refuse" for a in res2.anomalies)
    big = portfolio()
    big.octets = 6 * 1024 * 1024
    res3 = run([big, tableau(), attestation(TEN_WEEKS)])
    assert any(a.code == "taille_excessive" and "6,0 Mo" in a.message for a in res3.anomalies)


def test_hard_motif_wins_over_unreadable() -> None:
    broken = FileFacts("x.pdf", 10, "d" * 64, "pdf", None, erreur="chiffre", erreur_message="chiffré")
    res = run(full() + [broken], r=row(datetime(2026, 5, 1, 8, 0)))
    assert res.statut == "non_conforme" and res.motifs == ["depot_hors_delai"]


def test_unreadable_file_is_not_counted_as_missing_portfolio() -> None:
    broken = FileFacts(
        "dossier.pdf", 10, "d" * 64, "pdf", None, erreur="illisible", erreur_message="illisible"
    )
    res = run([broken, tableau(), attestation(TEN_WEEKS)])
    assert res.statut == "a_verifier" and res.motifs == []


def test_single_deadline_without_epreuve_is_applied_and_said() -> None:
    """"Les dossiers seront déposés au plus tard le …" with no code: the only deadline of the circular."""
    s = session(code="E5")
    s.evenements[0].epreuves = []
    late = run(full(), r=row(datetime(2026, 4, 22, 12, 1)), s=s)
    assert late.statut == "non_conforme" and late.motifs == ["depot_hors_delai"]
    assert any(a.code == "date_limite_sans_epreuve" and "E5" in a.message for a in late.anomalies)
    on_time = run(full(), r=row(datetime(2026, 4, 22, 12, 0)), s=s)
    assert on_time.statut == "conforme"


def test_two_deadlines_without_epreuve_are_not_guessed() -> None:
    s = session(code="E5")
    other = s.evenements[0].model_copy(update={"debut": "2026-05-13T12:00", "epreuves": []})
    s.evenements[0].epreuves = []
    s.evenements.append(other)
    res = run(full(), s=s)
    assert res.statut == "a_verifier"
    assert any(a.code == "date_limite_introuvable" for a in res.anomalies)
