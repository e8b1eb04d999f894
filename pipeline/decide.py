"""The verdict on one candidate's dossier: facts + session + rules → Resultat (pure, no I/O).

Every motif and anomaly carries a French message naming the file, page, text or measure it rests on, and a
`gravite`: "motif" (an official ground of non-conformity), "a_verifier" (the machine cannot decide: a
person must look) or "info" (worth knowing, changes nothing, e.g. a penalty). The statut follows:
non_conforme if any motif, else a_verifier if any a_verifier anomaly, else conforme.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from pipeline.models import Anomalie, Penalite, Periode, Piece, Resultat, SessionData, Signature, Stage

if TYPE_CHECKING:  # the facts module is imported lazily: decide must load without it
    from extractors.dossier import FileFacts
    from pipeline.manifest import CandidateRow
    from pipeline.rules import EpreuveDossierRule, SpecialtyRules

MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
STATED_TOLERANCE_WEEKS = 0.5
# Formats accepted besides PDF, per piece type (the tableau de synthèse is a spreadsheet).
EXTRA_FORMATS = {"tableau_synthese": {"xlsx"}}
ERREUR_CODES = {
    "vide": "fichier_vide",
    "tronque": "fichier_tronque",
    "chiffre": "fichier_chiffre",
    "illisible": "fichier_illisible",
    "delai_depasse": "analyse_delai_depasse",
}
DECIDE_VERSION = "1"  # bump when the decisions change, so stored results are re-checked


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


def fr_datetime(dt: datetime) -> str:
    return f"{fr_date(dt.date())} à {dt:%H:%M}"


def _where(piece: str | None, page: int | None) -> str:
    if not piece:
        return ""
    return f"{piece} p.{page}" if page else piece


def _anomalie(
    code: str, message: str, gravite: str, piece: str | None = None, page: int | None = None
) -> Anomalie:
    return Anomalie.model_validate(dict(code=code, message=message, piece=piece, page=page, gravite=gravite))


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


# --- the decision ---------------------------------------------------------------------------------------


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
    anomalies: list[Anomalie] = [
        a if getattr(a, "gravite", None) else _with_gravite(a) for a in row.anomalies
    ]
    anomalies += [_with_gravite(a) for a in listing_anomalies]
    motifs: list[str] = []
    year = session.examen.session
    code = (row.epreuve or options.epreuve).upper()
    current = resolve_epreuve(code, session, rules)
    extra: dict[str, Any] = {}
    if current != code:
        extra["epreuve_manifeste"] = code
    if row.depose_le is not None:
        extra["depose_le"] = row.depose_le.strftime("%Y-%m-%dT%H:%M")

    result = Resultat(
        numero=row.numero, nom=row.nom, prenom=row.prenom, epreuve=current, statut="a_verifier", **extra
    )
    result.pieces = [
        Piece(fichier=f.fichier, type=f.type_piece, octets=f.octets, pages=f.pages, sha256=f.sha256)
        for f in facts
    ]
    if row.refused:
        return _finish(result, motifs, anomalies)

    rule: EpreuveDossierRule | None = None
    if rules is None:
        anomalies.append(
            _anomalie(
                "regles_inconnues",
                f"aucune règle de contrôle pour la spécialité « {session.examen.sigle} » : "
                "pièces attendues et durée de stage non vérifiées.",
                "a_verifier",
            )
        )
    else:
        rule = rules.epreuve_dossier(code, year)
        if rule is None:
            anomalies.append(
                _anomalie(
                    "epreuve_sans_regle",
                    f"l'épreuve {code} n'a pas de règle de dossier pour la session {year} "
                    f"({rules.sigle}) : pièces attendues non vérifiées.",
                    "a_verifier",
                )
            )

    # Nothing deposited: no folder, no file, or no deposit date.
    if not dossier_present or not facts or row.depose_le is None and not row.depose_le_brut:
        why = (
            f"aucun dossier déposé : pas de dossier « {row.numero} » dans le dépôt"
            if not dossier_present
            else "dossier vide : aucun fichier déposé"
            if not facts
            else "aucune date de dépôt dans candidats.csv (dossier non transmis)"
        )
        if facts and row.depose_le is None:
            why += f" ; {len(facts)} fichier(s) présent(s) dans le dossier à examiner"
        motifs.append("absence_dossier")
        anomalies.append(_anomalie("absence_dossier", why, "motif"))
        return _finish(result, motifs, anomalies)

    _check_deadline(row, code, current, session, rules, motifs, anomalies, extra)
    for key, value in extra.items():
        setattr(result, key, value)
    _check_files(facts, rules, anomalies)
    if rule is not None:
        _check_pieces(facts, rule, motifs, anomalies, result)
    attestations = [f for f in facts if f.type_piece == "attestation_stage"]
    result.stage = _check_stage(attestations, session, rules, options, motifs, anomalies)
    result.signatures = _check_signatures(facts, attestations, motifs, anomalies)
    return _finish(result, motifs, anomalies)


def _with_gravite(a: Anomalie) -> Anomalie:
    data = a.model_dump()
    data.setdefault("gravite", "a_verifier")
    if data.get("gravite") is None:
        data["gravite"] = "a_verifier"
    return Anomalie(**data)


def _finish(result: Resultat, motifs: list[str], anomalies: list[Anomalie]) -> Resultat:
    result.motifs = list(dict.fromkeys(motifs))  # type: ignore[arg-type]
    result.anomalies = anomalies
    if result.motifs:
        result.statut = "non_conforme"
    elif any(getattr(a, "gravite", "a_verifier") == "a_verifier" for a in anomalies):
        result.statut = "a_verifier"
    else:
        result.statut = "conforme"
    return result


def _check_deadline(
    row: CandidateRow,
    code: str,
    current: str,
    session: SessionData,
    rules: SpecialtyRules | None,
    motifs: list[str],
    anomalies: list[Anomalie],
    extra: dict[str, Any],
) -> None:
    if row.depose_le is None:
        return  # unreadable date: already an anomaly from the manifest
    event = None
    for c in _codes_to_try(code, current, rules):
        event = session.deadline(c)
        if event is not None:
            break
    if event is None:
        # a circular may give one deadline without naming the épreuve ("Les dossiers seront déposés au plus
        # tard le …"): with a single such deadline, it is the one; the report says it was inferred
        uncoded = {(e.debut, e.fin) for e in session.evenements if e.type == "depot_dossier" and not e.epreuves}
        if len(uncoded) == 1:
            event = next(e for e in session.evenements if e.type == "depot_dossier" and not e.epreuves)
            anomalies.append(_anomalie(
                "date_limite_sans_epreuve",
                f"la circulaire donne une seule date limite de dépôt sans nommer l'épreuve ({event.libelle}) : "
                f"elle est appliquée à l'épreuve {current}.",
                "info",
            ))
    limit = deadline_of(event.debut, event.fin, event.horaires) if event else None
    if event is None or limit is None:
        anomalies.append(
            _anomalie(
                "date_limite_introuvable",
                f"date limite introuvable : la session ne donne pas de date de dépôt pour l'épreuve {current}"
                + (f" (ni {code})" if code != current else "")
                + " ; vérifiez l'heure de dépôt à la main.",
                "a_verifier",
            )
        )
        return
    extra["date_limite"] = limit.strftime("%Y-%m-%dT%H:%M")
    if row.depose_le > limit:
        late = row.depose_le - limit
        minutes = int(late.total_seconds() // 60)
        delay = (
            f"{minutes} min"
            if minutes < 120
            else f"{minutes // 60} h {minutes % 60:02d}"
            if minutes < 2880
            else f"{minutes // 1440} jours"
        )
        src = f" ; {event.source.extrait}" if event and event.source and event.source.extrait else ""
        motifs.append("depot_hors_delai")
        anomalies.append(
            _anomalie(
                "depot_hors_delai",
                f"déposé le {fr_datetime(row.depose_le)}, après la date limite du {fr_datetime(limit)} "
                f"({delay} de retard) — « {event.libelle} »{src}",
                "motif",
            )
        )


def _check_files(facts: Sequence[FileFacts], rules: SpecialtyRules | None, anomalies: list[Anomalie]) -> None:
    max_bytes = rules.depot.taille_max_octets if rules else None
    for f in facts:
        if f.erreur:
            message = f.erreur_message or f"fichier inutilisable ({f.erreur})"
            if not message.startswith(f.fichier):
                message = f"{f.fichier} : {message}"
            anomalies.append(
                _anomalie(
                    ERREUR_CODES.get(f.erreur, f"fichier_{f.erreur}"), message, "a_verifier", piece=f.fichier
                )
            )
        allowed = {"pdf"} | EXTRA_FORMATS.get(f.type_piece, set())
        if f.format not in allowed and f.erreur not in {"vide", "tronque"}:
            anomalies.append(
                _anomalie(
                    "format_refuse",
                    f"{f.fichier} : format {f.format.upper()} (lu d'après le contenu du fichier), "
                    f"{' ou '.join(sorted(a.upper() for a in allowed))} attendu : demandez une version PDF.",
                    "a_verifier",
                    piece=f.fichier,
                )
            )
        if max_bytes is not None and f.octets > max_bytes:
            anomalies.append(
                _anomalie(
                    "taille_excessive",
                    f"{f.fichier} : {fr_num(f.octets / 1048576)} Mo, au-delà de la limite de dépôt de "
                    f"{fr_num(max_bytes / 1048576)} Mo.",
                    "a_verifier",
                    piece=f.fichier,
                )
            )
        for note in getattr(f, "avertissements", None) or []:
            anomalies.append(
                _anomalie("avertissement_lecture", f"{f.fichier} : {note}", "info", piece=f.fichier)
            )
        if f.pages_ocr:
            anomalies.append(
                _anomalie(
                    "lecture_ocr",
                    f"{f.fichier} : page(s) {', '.join(map(str, f.pages_ocr))} lue(s) par reconnaissance "
                    "de caractères (scan) : vérifiez les dates relevées.",
                    "info",
                    piece=f.fichier,
                )
            )


PIECE_LABELS = {
    "portfolio": "portfolio (dossier principal)",
    "attestation_stage": "attestation de stage",
    "tableau_synthese": "tableau de synthèse",
    "autre": "autre pièce",
}


def _check_pieces(
    facts: Sequence[FileFacts],
    rule: EpreuveDossierRule,
    motifs: list[str],
    anomalies: list[Anomalie],
    result: Resultat,
) -> None:
    present = {f.type_piece for f in facts}
    found = ", ".join(f"{f.fichier} : {PIECE_LABELS.get(f.type_piece, f.type_piece)}" for f in facts)
    for kind in rule.pieces_attendues:
        if kind in present:
            continue
        penalties = [p for p in rule.penalites if p.piece == kind]
        label = PIECE_LABELS.get(kind, kind)
        none_of = ("aucune " if kind == "attestation_stage" else "aucun ") + label
        unread = [f.fichier for f in facts if f.erreur and f.type_piece == "autre"]
        if unread:  # an unreadable file may be the missing piece: a person must look
            anomalies.append(
                _anomalie(
                    "piece_non_reconnue",
                    f"{none_of} reconnu{'e' if kind == 'attestation_stage' else ''} ; "
                    "le(s) fichier(s) illisible(s) "
                    f"{', '.join(unread)} pourrai(en)t l'être : à examiner.",
                    "a_verifier",
                )
            )
        elif kind == "portfolio":
            motifs.append("absence_dossier")
            anomalies.append(
                _anomalie(
                    "absence_dossier",
                    f"{none_of} parmi les fichiers déposés ({found}) : le dossier de "
                    f"l'épreuve {rule.code} est absent.",
                    "motif",
                )
            )
        elif penalties:
            for p in penalties:
                result.penalites.append(
                    Penalite.model_validate(dict(code=p.code, points=p.points, libelle=p.libelle))
                )
                anomalies.append(
                    _anomalie(
                        p.code,
                        f"{p.libelle} : {none_of} parmi les fichiers déposés ({found}) ; pénalité de "
                        f"{fr_num(p.points).removesuffix(',0')} points sur la grille d'aide à l'évaluation.",
                        "info",
                    )
                )
        elif kind == "attestation_stage":
            anomalies.append(
                _anomalie(
                    "attestation_absente",
                    f"aucune attestation de stage reconnue parmi les fichiers déposés ({found}) : "
                    "durée et signatures de stage non vérifiables, à examiner.",
                    "a_verifier",
                )
            )
        else:
            anomalies.append(
                _anomalie("piece_manquante", f"pièce attendue absente : {label} ({found}).", "a_verifier")
            )


def _check_stage(
    attestations: Sequence[FileFacts],
    session: SessionData,
    rules: SpecialtyRules | None,
    options: DecideOptions,
    motifs: list[str],
    anomalies: list[Anomalie],
) -> Stage | None:
    from extractors.periods import merge_periods, weeks

    stage = Stage()
    if options.semaines_requises is not None:
        stage.semaines_requises = options.semaines_requises
        stage.source_requises = "option --semaines-requises"
    elif rules is not None and rules.stage.semaines is not None:
        stage.semaines_requises = rules.stage.semaines
        stage.source_requises = rules.stage.source
    if not attestations:
        return stage
    spans: list[tuple[date, date]] = []
    where_of: dict[tuple[date, date], str] = {}
    for f in attestations:
        for p in f.periodes:
            stage.periodes.append(
                Periode.model_validate(
                    dict(
                        debut=p.debut.isoformat(),
                        fin=p.fin.isoformat(),
                        piece=f.fichier,
                        page=p.page,
                        extrait=p.extrait,
                    )
                )
            )
            spans.append((p.debut, p.fin))
            where_of.setdefault((p.debut, p.fin), _where(f.fichier, p.page))
        own = weeks(merge_periods((p.debut, p.fin) for p in f.periodes)) if f.periodes else None
        for d in f.durees_declarees:
            if own is not None and abs(d.semaines - own) >= STATED_TOLERANCE_WEEKS:
                anomalies.append(
                    _anomalie(
                        "duree_incoherente",
                        f"{_where(f.fichier, d.page)} : durée déclarée « {d.extrait} » "
                        f"({fr_num(d.semaines)} semaines) "
                        f"mais les dates du document font {fr_num(own)} semaines : à vérifier.",
                        "a_verifier",
                        piece=f.fichier,
                        page=d.page,
                    )
                )
    readable = [f for f in attestations if not f.erreur]
    if not spans:
        if readable:
            stated = [
                f"{_where(f.fichier, d.page)} « {d.extrait} »"
                for f in attestations
                for d in f.durees_declarees
            ]
            names = ", ".join(f.fichier for f in attestations)
            anomalies.append(
                _anomalie(
                    "periode_introuvable",
                    f"aucune période de stage (dates de début et de fin) lue dans {names}"
                    + (f" ; seule une durée est déclarée : {'; '.join(stated)}" if stated else "")
                    + " : vérifiez la durée du stage à la main.",
                    "a_verifier",
                )
            )
        return stage
    merged = merge_periods(spans)
    stage.semaines = weeks(merged)
    detail = " ; ".join(
        f"{fr_range(a, b)}" + (f" ({where_of[(a, b)]})" if (a, b) in where_of else "") for a, b in merged
    )
    found = f"{fr_num(stage.semaines)} semaines trouvées : {detail}"
    if stage.semaines_requises is None:
        sigle = session.examen.sigle or "inconnue"
        anomalies.append(
            _anomalie(
                "duree_stage_non_verifiee",
                f"aucune durée de stage vérifiée pour la spécialité {sigle} : "
                "relancez avec --semaines-requises N "
                f"({found}).",
                "a_verifier",
            )
        )
        return stage
    required = f"{fr_num(stage.semaines_requises).removesuffix(',0')} requises ({stage.source_requises})"
    if stage.semaines < stage.semaines_requises:
        positioning = ""
        if (
            options.semaines_requises is None
            and rules is not None
            and rules.stage.semaines_positionnement
            and stage.semaines >= rules.stage.semaines_positionnement
        ):
            positioning = (
                f" ; suffisant seulement avec une décision de positionnement "
                f"({fr_num(rules.stage.semaines_positionnement).removesuffix(',0')} semaines)"
            )
        motifs.append("duree_stage_insuffisante")
        anomalies.append(
            _anomalie("duree_stage_insuffisante", f"{found} ; {required}{positioning}.", "motif")
        )
    else:
        anomalies.append(_anomalie("duree_stage", f"{found} ; {required}.", "info"))
    return stage


def _check_signatures(
    facts: Sequence[FileFacts],
    attestations: Sequence[FileFacts],
    motifs: list[str],
    anomalies: list[Anomalie],
) -> list[Signature]:
    """Digital signatures of every file are listed; only attestations must be signed.

    A digital signature changed after signing is `a_verifier`, not `documents_non_signes`: pyHanko flags
    any later revision, some of which are harmless (a form field filled, a second signature), so a person
    must open the file. Likewise a zone whose ink cannot be judged.
    """
    out: list[Signature] = []
    for f in facts:
        for s in f.signatures_numeriques:
            ok = s.intact and not s.modifie_apres
            out.append(
                Signature(
                    piece=f.fichier,
                    page=s.page,
                    nature="numerique",
                    valide=(s.confiance if ok else False),
                    signataire=s.signataire,
                    detail=s.detail
                    if ok and s.confiance is not None
                    else (f"signé, non vérifié — {s.detail}" if ok else s.detail),
                )
            )
            if not ok:
                anomalies.append(
                    _anomalie(
                        "signature_alteree",
                        f"{_where(f.fichier, s.page)} : signature numérique « {s.champ} »"
                        + (f" de {s.signataire}" if s.signataire else "")
                        + (
                            " : le contenu signé a été modifié"
                            if not s.intact
                            else " : le document a été modifié après la signature"
                        )
                        + f" ({s.detail}) — ouvrez le fichier pour vérifier.",
                        "a_verifier",
                        piece=f.fichier,
                        page=s.page,
                    )
                )
            elif s.confiance is False:
                anomalies.append(
                    _anomalie(
                        "signature_non_reconnue",
                        f"{_where(f.fichier, s.page)} : signature numérique intacte mais certificat "
                        f"non reconnu ({s.detail}).",
                        "a_verifier",
                        piece=f.fichier,
                        page=s.page,
                    )
                )
        for z in f.zones_signature:
            if z.statut == "signee":
                out.append(
                    Signature(
                        piece=f.fichier,
                        page=z.page,
                        nature="manuscrite",
                        valide=True,
                        detail=f"« {z.label} » : signée ({z.mesure})",
                    )
                )
    for f in attestations:
        if f.erreur:
            continue  # unreadable: already a_verifier, a missing signature would be a guess
        digital_ok = any(
            s.intact and not s.modifie_apres and s.confiance is not False for s in f.signatures_numeriques
        )
        signed_zone = any(z.statut == "signee" for z in f.zones_signature)
        if digital_ok or signed_zone:
            continue
        altered = [s for s in f.signatures_numeriques if not (s.intact and not s.modifie_apres)]
        unsure = [z for z in f.zones_signature if z.statut == "indeterminee"]
        unread = [n for n in getattr(f, "avertissements", None) or [] if "signature" in n.lower()]
        if unread and not altered and not unsure:
            anomalies.append(
                _anomalie(
                    "signature_illisible",
                    f"{f.fichier} : {unread[0]} ; aucune autre signature repérée — ouvrez le "
                    "fichier pour vérifier.",
                    "a_verifier",
                    piece=f.fichier,
                )
            )
            continue
        for z in unsure:
            anomalies.append(
                _anomalie(
                    "signature_indeterminee",
                    f"{_where(f.fichier, z.page)} : zone « {z.label} » : "
                    "présence d'une signature indécidable "
                    f"({z.mesure}) — regardez la page.",
                    "a_verifier",
                    piece=f.fichier,
                    page=z.page,
                )
            )
        if altered or unsure or any(s.confiance is False for s in f.signatures_numeriques):
            continue
        empty = "; ".join(f"zone « {z.label} » p.{z.page} vide ({z.mesure})" for z in f.zones_signature)
        motifs.append("documents_non_signes")
        anomalies.append(
            _anomalie(
                "documents_non_signes",
                f"{f.fichier} : attestation de stage non signée — aucune signature numérique"
                + (f", {empty}" if empty else ", aucune zone de signature repérée")
                + ".",
                "motif",
                piece=f.fichier,
                page=f.zones_signature[0].page if f.zones_signature else None,
            )
        )
    return out
