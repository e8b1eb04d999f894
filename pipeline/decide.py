"""The verdict on one candidate's dossier: facts + session + rules → Resultat (pure, no I/O).

Decisions as a table (see pipeline/codes.py for every code, its gravité and label):

| check | asserts a motif only when | otherwise |
|---|---|---|
| `check_absence` | no folder, or a folder holding no file at all → absence_dossier | files without a deposit date: à vérifier |
| `check_deadline` | deposit time later than the session's deadline (source quoted) → depot_hors_delai | no deadline: à vérifier |
| `check_files` | never | unreadable, encrypted, too large, not PDF: à vérifier |
| `check_pieces` | never (a missing portfolio is for the commission to call absence) | penalties as information |
| `check_stage` | every attestation gave its periods, none unreadable or read by OCR, no unrecognised file, no contradiction, below the positioning floor → duree_stage_insuffisante | à vérifier with the weeks found |
| `check_signatures` | the attestation's pages with a signature place were examined whole and hold no mark, no digital signature → documents_non_signes | each other state (see SIGNATURE_STATES) |

A motif is built by `pipeline.findings.motif`, which refuses one without evidence; statut follows the
findings: non_conforme if any motif, else a_verifier if any a_verifier finding, else conforme.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from pipeline.codes import Code
from pipeline.findings import Finding, Preuve, a_verifier, info, motif, statut_of
from pipeline.models import Anomalie, Penalite, Periode, Piece, Resultat, SessionData, Signature, Stage

if TYPE_CHECKING:  # the facts module is imported lazily: decide must load without it
    from extractors.dossier import FileFacts
    from pipeline.manifest import CandidateRow
    from pipeline.rules import EpreuveDossierRule, SpecialtyRules

MOIS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)
STATED_TOLERANCE_WEEKS = 0.5
# Formats accepted besides PDF, per piece type (the tableau de synthèse is a spreadsheet).
EXTRA_FORMATS = {"tableau_synthese": {"xlsx"}}
ERREUR_CODES = {
    "vide": Code.fichier_vide,
    "tronque": Code.fichier_tronque,
    "chiffre": Code.fichier_chiffre,
    "illisible": Code.fichier_illisible,
    "delai_depasse": Code.analyse_delai_depasse,
    "trop_complexe": Code.fichier_trop_complexe,
}
DECIDE_VERSION = "3"  # bump when the decisions change, so stored results are re-checked


@dataclass(frozen=True)
class DecideOptions:
    epreuve: str  # the code asked on the command line (a row without épreuve takes it)
    semaines_requises: float | None = None  # --semaines-requises: overrides the rules


# --- small French formatting helpers -----------------------------------------------------------------


def fr_date(d: date, *, year: bool = True) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]}" + (f" {d.year}" if year else "")


def fr_range(a: date, b: date) -> str:
    if a == b:
        return f"le {fr_date(a)}"
    return f"du {fr_date(a, year=a.year != b.year)} au {fr_date(b)}"


def fr_num(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def fr_weeks(x: float) -> str:
    return fr_num(x).removesuffix(",0")


def fr_datetime(dt: datetime) -> str:
    return f"{fr_date(dt.date())} à {dt:%H:%M}" + (f":{dt:%S}" if dt.second else "")


def _where(piece: str | None, page: int | None) -> str:
    if not piece:
        return ""
    return f"{piece} p.{page}" if page else piece


# --- deadline ------------------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$")


def deadline_of(debut: str, fin: str | None = None, horaires: Sequence[Any] = ()) -> datetime | None:
    """The last minute a dossier is on time: a time given is that minute; a date alone is the whole day.

    An event given as a window (debut → fin) closes at its end; a date with daily slots at the last
    slot's end.
    """
    m = _ISO.match((fin or debut or "").strip())
    if not m:
        return None
    day = date.fromisoformat(m.group(1))
    if m.group(2):
        return datetime.combine(day, time.fromisoformat(m.group(2)))
    ends = [h.fin for h in horaires if getattr(h, "fin", None)]
    if ends:
        return datetime.combine(day, time.fromisoformat(max(ends)))
    return datetime.combine(day, time(23, 59))


def resolve_epreuve(code: str, session: SessionData, rules: SpecialtyRules | None) -> str:
    """The session's code for an épreuve named in a manifest or on the command line.

    Codes were renumbered (SIO 2025: old E4 → E5, old E5 → E6), so "E5" is both an old and a new code: the
    dossier rule in force decides (E4 in 2026 finds the E5 rule; E5 in 2026 stays E5). Without a dossier rule,
    a code the session itself lists is kept, anything else goes through the correspondence table.
    """
    code = code.strip().upper()
    if rules is None:
        return code
    rule = rules.epreuve_dossier(code, session.examen.session)
    if rule is not None:
        return rule.code
    if any(e.code.upper() == code for e in session.epreuves):
        return code
    return rules.current_code(code, session.examen.session)


def _codes_to_try(code: str, current: str, rules: SpecialtyRules | None) -> list[str]:
    """Current code first, then the code as written, then the pre-reform code (old circulars)."""
    out = [current, code]
    if rules is not None:
        old = rules.reverse_correspondence().get(current)
        if old:
            out.append(old)
    return list(dict.fromkeys(out))


# --- the dossier, built once -------------------------------------------------------------------------


@dataclass(frozen=True)
class Dossier:
    """Everything the checks read, resolved once (OCRmyPDF's PageContext idea)."""

    row: CandidateRow
    facts: tuple[FileFacts, ...]
    session: SessionData
    rules: SpecialtyRules | None
    rule: EpreuveDossierRule | None
    options: DecideOptions
    code: str  # the épreuve as written in the manifest or on the command line
    current: str  # the session's code for it
    present: bool  # the candidate's folder exists
    listing: tuple[Anomalie, ...]  # what the folder listing refused (links, unreadable names)

    @property
    def attestations(self) -> list[FileFacts]:
        return [f for f in self.facts if f.type_piece == "attestation_stage"]

    @property
    def year(self) -> int | None:
        return self.session.examen.session


Check = Callable[[Dossier], Iterable[Finding]]


def check_rules(d: Dossier) -> Iterator[Finding]:
    """No layer (national, the specialty's file, the circular) names the épreuve's dossier: say what to write."""
    from pipeline.rules import shown_file

    sigle = d.session.examen.sigle
    path = shown_file(sigle or (d.rules.sigle if d.rules else None))
    init = f" (modèle : bts rules init {sigle})" if sigle else ""
    if d.rules is None:
        yield a_verifier(Code.regles_inconnues,
                         f"aucune règle de contrôle pour la spécialité « {sigle or d.session.examen.specialite} » : "
                         "ni la circulaire ni un fichier de règles ne donnent les épreuves à dossier ni la durée de "
                         f"stage ; pièces attendues et durée de stage non vérifiées — relancez avec "
                         f"--semaines-requises N, ou écrivez {path}{init}.")
    elif d.rule is None:
        yield a_verifier(Code.epreuve_sans_regle,
                         f"l'épreuve {d.code} n'a pas de règle de dossier pour la session {d.year} "
                         f"({d.rules.sigle}) : pièces attendues non vérifiées — la circulaire ne la soumet pas au "
                         f"contrôle de conformité ; ajoutez-la à {path}{init}.")
    elif not d.rule.pieces_attendues:  # named by the circular only: which pieces, nobody said
        yield a_verifier(Code.epreuve_sans_regle,
                         f"la circulaire soumet le dossier de l'épreuve {d.current} au contrôle de conformité, "
                         "mais ni elle (aucune durée de stage) ni un fichier de règles ne disent quelles pièces il "
                         f"contient : pièces non vérifiées — relancez avec --semaines-requises N, ou écrivez "
                         f"{path}{init}.")


def check_absence(d: Dossier) -> Iterator[Finding]:
    """absence_dossier only when the folder holds no file at all; files without a deposit date: à vérifier."""
    if not d.present:
        yield motif(Code.absence_dossier,
                    f"aucun dossier déposé : pas de dossier « {d.row.numero} » dans le dépôt.",
                    Preuve(extrait=f"dossier « {d.row.numero} » absent du dossier de dépôt"))
    elif not d.facts and not d.listing:
        yield motif(Code.absence_dossier, "dossier vide : aucun fichier déposé.",
                    Preuve(extrait=f"dossier « {d.row.numero} » présent, aucun fichier dedans"))
    elif d.row.depose_le is None and not d.row.depose_le_brut:
        if not any(a.code == Code.dossier_non_transmis for a in d.row.anomalies):
            yield a_verifier(Code.dossier_non_transmis,
                             f"aucune date de dépôt dans candidats.csv, mais {len(d.facts)} fichier(s) dans le "
                             "dossier : le dossier a-t-il été transmis ? À vérifier sur la plateforme.")


def deadline_event(d: Dossier) -> tuple[Any, bool]:
    """The session's deposit deadline for this épreuve, and whether it was inferred (no épreuve named)."""
    event = None
    for c in _codes_to_try(d.code, d.current, d.rules):
        event = d.session.deadline(c)
        if event is not None:
            return event, False
    # a circular may give one deadline without naming the épreuve ("Les dossiers seront déposés au plus
    # tard le …"): with a single such deadline, it is the one; the report says it was inferred
    uncoded = [e for e in d.session.evenements if e.type == "depot_dossier" and not e.epreuves]
    if len({(e.debut, e.fin) for e in uncoded}) == 1:
        return uncoded[0], True
    return None, False


def deadline_limit(d: Dossier) -> datetime | None:
    event, _ = deadline_event(d)
    return deadline_of(event.debut, event.fin, event.horaires) if event else None


def _delay(late_seconds: float) -> str:
    minutes = int(late_seconds // 60)
    if minutes < 1:
        return f"{int(late_seconds)} s"
    if minutes < 120:
        return f"{minutes} min"
    if minutes < 2880:
        return f"{minutes // 60} h {minutes % 60:02d}"
    return f"{minutes // 1440} jours"


def check_deadline(d: Dossier) -> Iterator[Finding]:
    if d.row.depose_le is None:
        return  # unreadable date: already an anomaly from the manifest
    event, inferred = deadline_event(d)
    if inferred:
        yield info(Code.date_limite_sans_epreuve,
                   f"la circulaire donne une seule date limite de dépôt sans nommer l'épreuve ({event.libelle}) : "
                   f"elle est appliquée à l'épreuve {d.current}.")
    limit = deadline_of(event.debut, event.fin, event.horaires) if event else None
    if event is None or limit is None:
        yield a_verifier(Code.date_limite_introuvable,
                         f"date limite introuvable : la session ne donne pas de date de dépôt pour l'épreuve "
                         f"{d.current}" + (f" (ni {d.code})" if d.code != d.current else "")
                         + " ; vérifiez l'heure de dépôt à la main.")
        return
    if d.row.depose_le > limit:
        source = event.source.extrait if event.source and event.source.extrait else event.libelle
        yield motif(Code.depot_hors_delai,
                    f"déposé le {fr_datetime(d.row.depose_le)}, après la date limite du {fr_datetime(limit)} "
                    f"({_delay((d.row.depose_le - limit).total_seconds())} de retard) — « {event.libelle} »"
                    + (f" ; {source}" if source != event.libelle else ""),
                    Preuve(piece="candidats.csv", extrait=f"depose_le {d.row.depose_le_brut or d.row.depose_le}"),
                    Preuve(extrait=source))


def check_files(d: Dossier) -> Iterator[Finding]:
    max_bytes = d.rules.depot.taille_max_octets if d.rules else None
    for f in d.facts:
        here = Preuve(piece=f.fichier)
        if f.erreur:
            message = f.erreur_message or f"fichier inutilisable ({f.erreur})"
            if not message.startswith(f.fichier):
                message = f"{f.fichier} : {message}"
            yield a_verifier(ERREUR_CODES.get(f.erreur, Code.fichier_illisible), message, here)
        allowed = {"pdf"} | EXTRA_FORMATS.get(f.type_piece, set())
        if f.format not in allowed and f.erreur not in {"vide", "tronque"}:
            yield a_verifier(Code.format_refuse,
                             f"{f.fichier} : format {f.format.upper()} (lu d'après le contenu du fichier), "
                             f"{' ou '.join(sorted(a.upper() for a in allowed))} attendu : demandez une version PDF.",
                             here)
        if max_bytes is not None and f.octets > max_bytes:
            yield a_verifier(Code.taille_excessive,
                             f"{f.fichier} : {fr_num(f.octets / 1048576)} Mo, au-delà de la limite de dépôt de "
                             f"{fr_num(max_bytes / 1048576)} Mo.", here)
        for note in f.avertissements:
            yield info(Code.avertissement_lecture, f"{f.fichier} : {note}", here)
        if f.pages_ocr:
            yield info(Code.lecture_ocr,
                       f"{f.fichier} : page(s) {', '.join(map(str, f.pages_ocr))} lue(s) par reconnaissance "
                       "de caractères (scan) : vérifiez les dates relevées.", here)


PIECE_LABELS = {
    "portfolio": "portfolio (dossier principal)",
    "attestation_stage": "attestation de stage",
    "tableau_synthese": "tableau de synthèse",
    "autre": "autre pièce",
}


def _none_of(kind: str) -> str:
    return ("aucune " if kind == "attestation_stage" else "aucun ") + PIECE_LABELS.get(kind, kind)


def _found(d: Dossier) -> str:
    return ", ".join(f"{f.fichier} : {PIECE_LABELS.get(f.type_piece, f.type_piece)}" for f in d.facts)


def missing_pieces(d: Dossier) -> list[str]:
    if d.rule is None:
        return []
    present = {f.type_piece for f in d.facts}
    return [k for k in d.rule.pieces_attendues if k not in present]


def penalties(d: Dossier) -> list[Penalite]:
    """Penalties of the grid for missing pieces (only when no unreadable file may be that piece)."""
    if d.rule is None or any(f.erreur and f.type_piece == "autre" for f in d.facts):
        return []
    missing = set(missing_pieces(d))
    return [Penalite.model_validate(dict(code=p.code, points=p.points, libelle=p.libelle))
            for p in d.rule.penalites if p.piece in missing]


def check_pieces(d: Dossier) -> Iterator[Finding]:
    """A missing piece is never a motif here: a portfolio in a file we could not classify is still a
    portfolio, and declaring a dossier absent is the commission's call."""
    if d.rule is None:
        return
    unread = [f.fichier for f in d.facts if f.erreur and f.type_piece == "autre"]
    penalised = {p.piece: p for p in d.rule.penalites}
    for kind in missing_pieces(d):
        label = PIECE_LABELS.get(kind, kind)
        none_of = _none_of(kind)
        if unread:  # an unreadable file may be the missing piece: a person must look
            yield a_verifier(Code.piece_non_reconnue,
                             f"{none_of} reconnu{'e' if kind == 'attestation_stage' else ''} ; le(s) fichier(s) "
                             f"illisible(s) {', '.join(unread)} pourrai(en)t l'être : à examiner.")
        elif kind in penalised:
            p = penalised[kind]
            yield info(p.code, f"{p.libelle} : {none_of} parmi les fichiers déposés ({_found(d)}) ; pénalité de "
                               f"{fr_weeks(p.points)} points sur la grille d'aide à l'évaluation.")
        elif kind == "attestation_stage":
            yield a_verifier(Code.attestation_absente,
                             f"aucune attestation de stage reconnue parmi les fichiers déposés ({_found(d)}) : "
                             "durée et signatures de stage non vérifiables, à examiner.")
        else:
            yield a_verifier(Code.piece_manquante,
                             f"pièce attendue non reconnue : {label} ({_found(d)}) ; si elle manque vraiment, "
                             "c'est à la commission de constater l'absence de dossier.")


# --- internship: measure, then judge -------------------------------------------------------------------


def measure_stage(d: Dossier) -> Stage:
    from extractors.periods import merge_periods, weeks

    stage = Stage()
    if d.options.semaines_requises is not None:
        stage.semaines_requises = d.options.semaines_requises
        stage.source_requises = "option --semaines-requises"
    elif d.rules is not None and d.rules.stage.semaines is not None:
        stage.semaines_requises = d.rules.stage.semaines
        stage.source_requises = d.rules.stage.source
    spans = []
    for f in d.attestations:
        for p in f.periodes:
            stage.periodes.append(Periode.model_validate(dict(
                debut=p.debut.isoformat(), fin=p.fin.isoformat(), piece=f.fichier, page=p.page, extrait=p.extrait,
                **({"derivation": p.derivation} if p.derivation else {}), **({"ocr": True} if p.ocr else {}),
                **({"preuve": p.preuve} if p.preuve else {}))))
            spans.append((p.debut, p.fin))
    if spans:
        stage.semaines = weeks(merge_periods(spans))
    return stage


def _period_detail(d: Dossier) -> str:
    from extractors.periods import merge_periods

    where: dict[tuple[date, date], str] = {}
    for f in d.attestations:
        for p in f.periodes:
            where.setdefault((p.debut, p.fin), _where(f.fichier, p.page))
    merged = merge_periods(where)
    return " ; ".join(fr_range(a, b) + (f" ({where[(a, b)]})" if (a, b) in where else "") for a, b in merged)


def check_stage(d: Dossier, stage: Stage) -> Iterator[Finding]:
    if not d.attestations:
        return
    incoherent = _incoherences(d)
    for f, s, own in incoherent:
        yield a_verifier(Code.duree_incoherente,
                         f"{_where(f.fichier, s.page)} : durée déclarée « {s.extrait} » ({fr_num(s.semaines)} "
                         f"semaines) mais les dates du document font {fr_num(own)} semaines : à vérifier.",
                         Preuve(f.fichier, s.page, s.extrait))
    for f in d.attestations:
        for p in f.periodes:
            if p.derivation:
                yield info(Code.periode_deduite, f"{_where(f.fichier, p.page)} : {p.derivation}.",
                           Preuve(f.fichier, p.page, p.extrait))
    without = [f for f in d.attestations if not f.periodes]
    unread = [f for f in without if f.erreur]
    silent = [f for f in without if not f.erreur]
    if stage.semaines is None:
        if silent:
            stated = [f"{_where(f.fichier, s.page)} « {s.extrait} »" for f in silent for s in f.durees_declarees]
            yield a_verifier(Code.periode_introuvable,
                             f"aucune période de stage (dates de début et de fin) lue dans "
                             f"{', '.join(f.fichier for f in silent)}"
                             + (f" ; seule une durée est déclarée : {'; '.join(stated)}" if stated else "")
                             + " : vérifiez la durée du stage à la main.")
        return
    found = f"{fr_num(stage.semaines)} semaines trouvées : {_period_detail(d)}"
    if stage.semaines_requises is None:
        from pipeline.rules import shown_file

        sigle = d.session.examen.sigle or "inconnue"
        yield a_verifier(Code.duree_stage_non_verifiee,
                         f"aucune durée de stage vérifiée pour la spécialité {sigle} : relancez avec "
                         f"--semaines-requises N, ou écrivez la durée (stage.semaines) dans "
                         f"{shown_file(d.session.examen.sigle)} ({found}).")
        return
    required = f"{fr_weeks(stage.semaines_requises)} requises ({stage.source_requises})"
    if stage.semaines >= stage.semaines_requises:
        if silent:
            yield info(Code.periode_introuvable,
                       f"aucune période lue dans {', '.join(f.fichier for f in silent)}, mais les autres "
                       f"attestations suffisent : {found} ; {required}.")
        yield info(Code.duree_stage, f"{found} ; {required}." + _pictures(d), *_period_evidence(d))
        return
    # below the requirement: a motif only if nothing could add weeks or correct a date
    doubts = []
    if silent:
        doubts.append(f"aucune période lue dans {', '.join(f.fichier for f in silent)}")
    if unread:
        doubts.append(f"attestation(s) illisible(s) : {', '.join(f.fichier for f in unread)}")
    unknown = [f.fichier for f in d.facts if f.type_piece == "autre"]
    if unknown:
        doubts.append(f"fichier(s) non reconnu(s) qui pourrai(en)t être une attestation : {', '.join(unknown)}")
    ocr_read = sorted({f.fichier for f in d.attestations for p in f.periodes if p.ocr})
    if ocr_read:
        doubts.append(f"dates lues par reconnaissance de caractères dans {', '.join(ocr_read)} (un chiffre peut "
                      "être mal lu)")
    if incoherent:
        doubts.append("une durée déclarée contredit les dates")
    floor = None
    if d.options.semaines_requises is None and d.rules is not None and d.rules.stage.semaines_positionnement:
        floor = d.rules.stage.semaines_positionnement
        if stage.semaines >= floor:
            doubts.append(f"suffisant avec une décision de positionnement ({fr_weeks(floor)} semaines, "
                          f"{d.rules.stage.source}) : vérifiez si le candidat en a une")
    if doubts:
        yield a_verifier(Code.periode_introuvable if silent else Code.duree_stage_douteuse,
                         f"{found} ; {required} — insuffisant d'après ce qui a été lu, mais : "
                         + " ; ".join(doubts) + "." + _pictures(d), *_period_evidence(d))
        return
    yield motif(Code.duree_stage_insuffisante, f"{found} ; {required}." + _pictures(d), *_period_evidence(d))


def _period_evidence(d: Dossier) -> list[Preuve]:
    return [Preuve(f.fichier, p.page, p.extrait, p.preuve) for f in d.attestations for p in f.periodes]


def _pictures(d: Dossier) -> str:
    """The French message names the pictures of the lines the periods were read from."""
    names = [p.preuve for f in d.attestations for p in f.periodes if p.preuve]
    return f" Images des lignes lues : {', '.join(names)}." if names else ""


def _incoherences(d: Dossier) -> list[tuple[FileFacts, Any, float]]:
    """(attestation, stated duration, weeks of its own dates) where the two disagree."""
    from extractors.periods import merge_periods, weeks

    out = []
    for f in d.attestations:
        if not f.periodes:
            continue
        own = weeks(merge_periods((p.debut, p.fin) for p in f.periodes))
        out += [(f, s, own) for s in f.durees_declarees if abs(s.semaines - own) >= STATED_TOLERANCE_WEEKS]
    return out


# --- signatures: each attestation reduces to one state, each state to a finding ----------------------

# state → (code, gravité) ; None: signed, nothing to say. The commission can read this table.
SIGNATURE_STATES: dict[str, tuple[Code, str] | None] = {
    "numerique": None,  # a digital signature, intact, nothing changed after signing
    "signee": None,  # a handwritten mark or stamp at the organisation's place
    "alteree": (Code.signature_alteree, "a_verifier"),  # digital signature, document changed since
    "non_reconnue": (Code.signature_non_reconnue, "a_verifier"),  # certificate not trusted
    "illisible": (Code.signature_illisible, "a_verifier"),  # digital signature the verifier cannot read
    "indecise": (Code.signature_indeterminee, "a_verifier"),  # a mark nobody owns, a noisy scan, no place
    "stagiaire_seule": (Code.signature_stagiaire_seule, "a_verifier"),  # only the student signed
    "non_signee": (Code.documents_non_signes, "motif"),  # examined whole: no mark, no digital signature
}


def signature_state(f: FileFacts) -> tuple[str, str]:
    """One state per attestation, with the French detail it rests on."""
    intact = [s for s in f.signatures_numeriques if s.intact and not s.modifie_apres]
    if any(s.confiance is not False for s in intact):
        s = next(s for s in intact if s.confiance is not False)
        return "numerique", s.detail
    exam = f.signature
    if exam is not None and exam.statut == "signee":
        return "signee", exam.raison
    altered = [s for s in f.signatures_numeriques if not (s.intact and not s.modifie_apres)]
    if altered:
        s = altered[0]
        what = " : le contenu signé a été modifié" if not s.intact else " : le document a été modifié après la signature"
        return "alteree", (f"signature numérique « {s.champ} »" + (f" de {s.signataire}" if s.signataire else "")
                           + f"{what} ({s.detail}) — ouvrez le fichier pour vérifier")
    if intact:
        return "non_reconnue", f"signature numérique intacte mais certificat non reconnu ({intact[0].detail})"
    if f.signature_numerique_erreur:
        return "illisible", f"{f.signature_numerique_erreur} ; ouvrez le fichier pour vérifier"
    if exam is None:
        return "indecise", "signature non examinée (format ou page sans examen possible) : regardez le document"
    if exam.statut == "vide":
        return "non_signee", f"attestation de stage non signée — aucune signature numérique ; {exam.raison}"
    if exam.statut == "stagiaire_seule":
        return "stagiaire_seule", exam.raison
    return "indecise", exam.raison


def check_signatures(d: Dossier) -> Iterator[Finding]:
    """Only attestations must be signed; an unreadable one is already à vérifier (a missing signature
    would be a guess)."""
    for f in d.attestations:
        if f.erreur:
            continue
        state, detail = signature_state(f)
        outcome = SIGNATURE_STATES[state]
        if outcome is None:
            continue
        code, gravite = outcome
        page = f.signature.page if f.signature else None
        image = f.signature.preuve if f.signature else None
        evidence = Preuve(f.fichier, page, detail, image)
        message = f"{_where(f.fichier, page)} : {detail}." + (f" Image de la page examinée : {image}." if image else "")
        if gravite == "motif":
            yield motif(code, message, evidence)
        else:
            yield a_verifier(code, message, evidence)


def signature_report(d: Dossier) -> list[Signature]:
    """Digital signatures of every file; handwritten ones of attestations when found or shown absent."""
    out: list[Signature] = []
    for f in d.facts:
        for s in f.signatures_numeriques:
            ok = s.intact and not s.modifie_apres
            detail = s.detail if ok and s.confiance is not None else (
                f"signé, non vérifié — {s.detail}" if ok else s.detail)
            out.append(Signature(piece=f.fichier, page=s.page, nature="numerique",
                                 valide=(s.confiance if ok else False), signataire=s.signataire, detail=detail))
        exam = f.signature
        if f.type_piece == "attestation_stage" and exam is not None and exam.statut in {"signee", "vide"}:
            out.append(Signature(piece=f.fichier, page=exam.page, nature="manuscrite",
                                 valide=exam.statut == "signee", detail=exam.raison, preuve=exam.preuve))
    return out


# --- the decision ---------------------------------------------------------------------------------------

CHECKS: tuple[Check, ...] = (check_deadline, check_files, check_pieces, check_signatures)


def decide(
    row: CandidateRow,
    facts: Sequence[FileFacts],
    session: SessionData,
    rules: SpecialtyRules | None,
    options: DecideOptions,
    *,
    dossier_present: bool = True,
    listing_anomalies: Iterable[Anomalie] = (),
) -> Resultat:
    """Verdict for one candidate; never raises for a bad dossier."""
    code = (row.epreuve or options.epreuve).upper()
    current = resolve_epreuve(code, session, rules)
    from pipeline.rules import layered  # national → specialty file → the circular's own statements

    rules = layered(rules, session, current, options.semaines_requises).rules
    rule = rules.epreuve_dossier(code, session.examen.session) if rules is not None else None
    d = Dossier(row, tuple(facts), session, rules, rule, options, code, current, dossier_present,
                tuple(listing_anomalies))
    result = Resultat(numero=row.numero, nom=row.nom, prenom=row.prenom, epreuve=current, statut="a_verifier")
    if current != code:
        result.epreuve_manifeste = code
    if row.depose_le is not None:
        result.depose_le = row.depose_le.isoformat(timespec="seconds" if row.depose_le.second else "minutes")
    result.pieces = [Piece(fichier=f.fichier, type=f.type_piece, octets=f.octets, pages=f.pages, sha256=f.sha256)
                     for f in facts]
    inherited = [_with_gravite(a) for a in (*row.anomalies, *d.listing)]
    if row.refused:
        return _finish(result, [], inherited)
    findings = [*check_rules(d), *check_absence(d)]
    if any(f.gravite == "motif" for f in findings):
        return _finish(result, findings, inherited)
    limit = deadline_limit(d)
    if limit is not None:
        result.date_limite = limit.strftime("%Y-%m-%dT%H:%M")
    result.stage = measure_stage(d)
    result.penalites = penalties(d)
    result.signatures = signature_report(d)
    for check in CHECKS:
        findings += check(d)
    findings += check_stage(d, result.stage)
    return _finish(result, findings, inherited)


def _with_gravite(a: Anomalie) -> Anomalie:
    if a.gravite:
        return a
    return a.model_copy(update={"gravite": "a_verifier"})


def anomalie_of(f: Finding) -> Anomalie:
    return Anomalie(code=str(f.code), message=f.message, piece=f.piece, page=f.page, gravite=f.gravite,
                    preuve=f.image)


def _finish(result: Resultat, findings: list[Finding], inherited: list[Anomalie]) -> Resultat:
    """Motifs and statut are derived from the findings, never set by hand."""
    result.anomalies = [*inherited, *(anomalie_of(f) for f in findings)]
    result.motifs = list(dict.fromkeys(str(f.code) for f in findings if f.gravite == "motif"))  # type: ignore[misc]
    if result.motifs:
        result.statut = "non_conforme"
    elif any(a.gravite == "a_verifier" for a in inherited):
        result.statut = "a_verifier"
    else:
        result.statut = statut_of(findings)  # type: ignore[assignment]
    return result
