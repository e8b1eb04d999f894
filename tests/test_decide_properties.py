"""Properties of `decide` over generated facts: the safety rule holds whatever the extractors report.

- every motif comes with a motif anomaly carrying evidence (a file, an excerpt or an image);
- documents_non_signes only when some readable attestation was examined and shown empty, with no valid
  digital signature; never from an unreadable file, an undecided exam or a missing exam;
- duree_stage_insuffisante only when every attestation gave its periods, none unreadable, none read by
  OCR, no unrecognised file;
- absence_dossier only when the folder holds no file;
- statut follows the motifs and anomalies; decide never raises.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from factories import exam, portfolio, row, session, tableau
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.dossier import FileFacts, PeriodFact, SignatureFact
from pipeline.decide import DecideOptions, decide
from pipeline.rules import load_rules

RULES = load_rules("SIO")
SESSION = session()
EXAM_STATES = st.sampled_from([None, "signee", "vide", "indeterminee", "stagiaire_seule"])
ERREURS = st.sampled_from([None, None, None, "illisible", "tronque", "chiffre", "delai_depasse", "vide"])


@st.composite
def periods(draw: st.DrawFn) -> list[PeriodFact]:
    out = []
    for _ in range(draw(st.integers(0, 2))):
        start = date(2025, 1, 6) + timedelta(days=draw(st.integers(0, 300)))
        end = start + timedelta(days=draw(st.integers(0, 90)))
        out.append(PeriodFact(start, end, 1, f"du {start} au {end}", None, draw(st.booleans())))
    return out


@st.composite
def digital(draw: st.DrawFn) -> list[SignatureFact]:
    out = []
    for _ in range(draw(st.integers(0, 1))):
        intact, modified = draw(st.booleans()), draw(st.booleans())
        out.append(SignatureFact("sig", 1, "X", intact, not modified, modified, draw(st.sampled_from([None, True, False])),
                                 "signature numérique"))
    return out


@st.composite
def attestation(draw: st.DrawFn, i: int) -> FileFacts:
    f = FileFacts(f"att{i}.pdf", 50_000, f"{i:064d}", "pdf", 1, type_piece="attestation_stage")
    f.erreur = draw(ERREURS)
    f.periodes = [] if f.erreur else draw(periods())
    state = draw(EXAM_STATES)
    f.signature = exam(state) if state and not f.erreur else None
    f.signatures_numeriques = draw(digital())
    if draw(st.booleans()) and draw(st.booleans()):
        f.signature_numerique_erreur = "signature numérique présente mais illisible"
    return f


@st.composite
def dossiers(draw: st.DrawFn) -> tuple[list[FileFacts], bool, datetime | None]:
    facts: list[FileFacts] = []
    if draw(st.booleans()):
        facts.append(portfolio())
    if draw(st.booleans()):
        facts.append(tableau())
    facts += [draw(attestation(i)) for i in range(draw(st.integers(0, 3)))]
    if draw(st.booleans()):
        other = FileFacts("scan001.pdf", 1000, "d" * 64, "pdf", 1, erreur=draw(ERREURS))
        facts.append(other)
    present = draw(st.booleans()) or bool(facts)
    depose = draw(st.sampled_from([None, datetime(2026, 4, 20, 10), datetime(2026, 4, 22, 12, 0, 59)]))
    return facts, present, depose


@settings(max_examples=400, deadline=None)
@given(dossiers())
def test_no_motif_without_positive_evidence(d: tuple[list[FileFacts], bool, datetime | None]) -> None:
    facts, present, depose = d
    r = row(depose=depose)
    res = decide(r, facts, SESSION, RULES, DecideOptions("E5"), dossier_present=present)
    attestations = [f for f in facts if f.type_piece == "attestation_stage"]
    motif_anomalies = [a for a in res.anomalies if a.gravite == "motif"]
    assert {a.code for a in motif_anomalies} == set(res.motifs)
    assert all(a.message.strip() for a in motif_anomalies)

    if "absence_dossier" in res.motifs:
        assert not facts
    if "documents_non_signes" in res.motifs:
        flagged = {a.piece for a in motif_anomalies if a.code == "documents_non_signes"}
        for name in flagged:
            f = next(x for x in attestations if x.fichier == name)
            assert f.erreur is None and f.signature is not None and f.signature.statut == "vide"
            assert not any(s.intact and not s.modifie_apres and s.confiance is not False
                           for s in f.signatures_numeriques)
            assert f.signature_numerique_erreur is None
            assert not any(not (s.intact and not s.modifie_apres) for s in f.signatures_numeriques)
    if "duree_stage_insuffisante" in res.motifs:
        assert attestations and all(f.periodes and f.erreur is None for f in attestations)
        assert not any(p.ocr for f in attestations for p in f.periodes)
        assert not any(f.type_piece == "autre" for f in facts)
    if "depot_hors_delai" in res.motifs:
        assert depose is not None and depose > datetime(2026, 4, 22, 12, 0)

    if res.motifs:
        assert res.statut == "non_conforme"
    elif any(a.gravite == "a_verifier" for a in res.anomalies):
        assert res.statut == "a_verifier"
    else:
        assert res.statut == "conforme"


def test_a_second_after_the_deadline_minute_is_late() -> None:
    res = decide(row(depose=datetime(2026, 4, 22, 12, 0, 59)), [portfolio()], SESSION, RULES, DecideOptions("E5"))
    assert res.motifs == ["depot_hors_delai"]
    assert "12:00:59" in next(a.message for a in res.anomalies if a.code == "depot_hors_delai")


@settings(max_examples=200, deadline=None)
@given(dossiers())
def test_every_emitted_code_is_in_the_catalogue(d: tuple[list[FileFacts], bool, datetime | None]) -> None:
    """One catalogue (pipeline/codes.py) labels every code a person will read; penalties come from the rules."""
    from pipeline.codes import Code

    facts, present, depose = d
    res = decide(row(depose=depose), facts, SESSION, RULES, DecideOptions("E5"), dossier_present=present)
    penalties = {p.code for rule in RULES.epreuves_dossier for p in rule.penalites}
    known = {c.value for c in Code} | penalties
    assert {a.code for a in res.anomalies} <= known
