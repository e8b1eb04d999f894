"""Document → SessionData: the heart of `bts ingest`.

Pure function of the Document the readers produce (TXT, PDF and DOCX give the same blocks): exam facts
(extractors.examen), épreuve codes (extractors.codes), places (extractors.centres), dated steps
(extractors.events). Nothing here knows a year, an académie or a specialty: vocabularies are data files
under pipeline/data, per-specialty code correspondences come from pipeline.rules.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from extractors.centres import extract_places
from extractors.codes import find_codes, nature_of, parent_code, sentence_case, title_candidates, upper_ratio
from extractors.dates import spelled_numbers
from extractors.document import Document
from extractors.events import (
    RawEvent,
    Unit,
    extract_events,
    heading_context,
    heading_lines,
    label,
    merge_events,
    place_texts,
    undated_reason,
    units_of,
)
from extractors.examen import examen_facts, written_sigle
from extractors.requirements import exigences_of, extract_requirements
from pipeline.models import (
    Centre,
    Epreuve,
    Evenement,
    EventSource,
    Examen,
    Exigences,
    Horaire,
    SessionData,
    Source,
)
from pipeline.rules import fold, load_rules


def _epreuves(units: list[Unit], sigle: str | None, session: int | None,
              lines: tuple[str, ...] = ()) -> list[Epreuve]:
    """Every code once, in order of first mention, with the title and nature the text gives most often."""
    order: list[str] = []
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    natures: dict[str, Counter[str]] = defaultdict(Counter)
    seen_texts: set[tuple[str, str]] = set()

    def record(m: Any, text: str) -> bool:
        """Note a code's first mention and the titles this text gives it; False if this text was seen."""
        parent = parent_code(m.code)
        if m.part and parent and parent not in order:  # "E5-A", "E5 – B": parts of the épreuve E5
            order.append(parent)
        if m.code not in order:
            order.append(m.code)
        if (m.code, text) in seen_texts:
            return False
        seen_texts.add((m.code, text))
        for t in title_candidates(text, m):
            titles[m.code][t] += 1
        return True

    for unit in units:
        own_row = 3 if unit.is_cell else 1  # the épreuve's own table row says most about it
        texts = [(unit.text, 2 * own_row)] + ([(unit.header, own_row)] if unit.is_cell else [])
        texts += [(h.text, own_row) for h in heading_context(unit.headings)]
        if unit.is_cell and unit.table_lead:  # "Calendrier des épreuves écrites" just above the table
            texts.append((unit.table_lead, own_row))
        found = [(m, unit.text) for m in find_codes(unit.text)]
        if unit.is_cell and len(found) == 1 and len(unit.text.strip()) <= 6 and unit.row_label.startswith(
                unit.text.strip()):  # « Code | Intitulé »: the code's cell alone, its title in the row's label
            found = [(m, unit.row_label) for m in find_codes(unit.row_label)[:1]]
        if unit.is_cell:  # a column headed by its épreuve ("E2 – Anglais mardi 11 mai 2027" over the hours)
            found += [(m, unit.header) for m in find_codes(unit.header)]
        for m, where in found:
            if not record(m, where):
                continue
            for text, weight in texts:
                nat = nature_of(text)
                if nat:
                    natures[m.code][nat] += weight
                    break
    for unit in units:  # headings that carry a code ("3. L'épreuve orale … (E4) :") are not units
        for h in unit.headings:
            for m in find_codes(h.text):
                if not record(m, h.text):
                    continue
                # the heading says it ("L'épreuve orale … (E5)"), else the part it belongs to ("ÉPREUVES ORALES")
                upto = unit.headings[:unit.headings.index(h) + 1]
                nat = next((n for n in map(nature_of, (g.text for g in heading_context(upto))) if n), None)
                if nat:
                    natures[m.code][nat] += 2
    for line in lines:  # a list of épreuves whose every line was read as a heading: no unit sits under some
        for m in find_codes(line):
            if record(m, line) and (nat := nature_of(line)):
                natures[m.code][nat] += 1
    for code in list(order):  # an épreuve named with its sub-épreuves (E5, E5A) takes the nature its parts share
        parent = parent_code(code)
        if parent and parent in order and not natures[parent] and len({n for c in order if parent_code(c) == parent
                                                   for n in natures[c].most_common(1)}) == 1:
            natures[parent].update(natures[code])  # its parts agree (all written, all oral)
    rules = load_rules(sigle) if sigle else None
    in_force = rules.correspondence(session) if rules and session is not None else {}
    every = rules.correspondence(None) if rules else {}
    reverse = rules.reverse_correspondence() if rules else {}
    out = []
    for code in order:
        title = _best_title(titles[code])
        if title is None:  # an épreuve written only through its parts (E5A, E5B) has their common title
            parts = {_best_title(titles[c]) for c in order if parent_code(c) == code}
            title = parts.pop() if len(parts) == 1 else None
        nature = natures[code].most_common(1)[0][0] if natures[code] else None
        parent = parent_code(code)
        ep = Epreuve(code=code, intitule=title, nature=nature, epreuve_parente=parent)  # type: ignore[arg-type]
        if in_force:  # after a reform the circular writes the new codes
            if code in reverse:
                ep.ancien_code = reverse[code]
        elif code in every:  # before it: the code it will become
            ep.nouveau_code = every[code]
        out.append(ep)
    return out


def _source(doc: Document) -> Source:
    """The contract knows pdf, docx, txt and md: an HTML page is text, an OpenDocument text a word processor
    file like DOCX, a photographed circular a scan like a PDF; their own format is kept beside."""
    fields: dict[str, object] = {"fichier": doc.fichier, "sha256": doc.sha256, "format": doc.format,
                                 "pages": doc.n_pages}
    if doc.format in ("html", "odt", "image", "xlsx", "ods", "csv", "eml", "mht", "zip", "pptx", "odp", "ics", "xps", "epub"):  # (a photo is a scan: paged
        # like a PDF; a workbook an office file like DOCX; a CSV export, a message, a web archive text)
        fields |= {"format": {"html": "txt", "odt": "docx", "xlsx": "docx", "ods": "docx", "csv": "txt", "eml": "txt",
                              "mht": "txt", "zip": "pdf", "pptx": "pdf", "odp": "pdf", "ics": "txt", "xps": "pdf", "epub": "txt"}.get(doc.format, "pdf"), "format_origine": doc.format}
    return Source.model_validate(fields)


def _best_title(counter: Counter[str]) -> str | None:
    """The title written most often (case and accents ignored, a shortened form counting for the full one:
    "SUPPORT ET MISE A DISPOSITION" for "Support et mise à disposition des services informatiques"),
    spelled as the text writes it best: not shouted, complete, with its accents."""
    if not counter:
        return None
    folded = {t: fold(t) for t in counter}

    def full_form(t: str) -> str:
        longer = [f for f in folded.values() if f.startswith(folded[t] + " ")]
        return max(longer, key=len) if longer else folded[t]

    groups: dict[str, list[str]] = defaultdict(list)
    for t in counter:
        groups[full_form(t)].append(t)
    best = max(groups.values(), key=lambda ts: (sum(counter[t] for t in ts), any(t[:1].isupper() for t in ts),
                                                max(len(t) for t in ts)))
    spelled = max(best, key=lambda t: (upper_ratio(t) <= 0.8, len(folded[t]), sum(ord(c) > 127 for c in t),
                                       counter[t]))
    return sentence_case(spelled)


def _without_week_titles(events: list[RawEvent]) -> list[RawEvent]:
    """"I – Épreuves écrites : semaine du 15 au 18 mai 2028" over the calendar of those days: the title of the
    week the dated épreuves fill, no step of its own (a span with no épreuve, holding two that have one)."""
    def inside(e: RawEvent, span: RawEvent) -> bool:
        return span.fin is not None and span.debut[:10] <= e.debut[:10] and (e.fin or e.debut)[:10] <= span.fin[:10]

    return [ev for ev in events if not (
        ev.type == "epreuve" and not ev.epreuves and ev.fin is not None and re.search(r"(?i)\bsemaine\b", ev.extrait)
        and sum(e is not ev and e.type == "epreuve" and bool(e.epreuves) and inside(e, ev) for e in events) >= 2)]


def _without_past_steps(events: list[RawEvent], signed: date | None) -> list[RawEvent]:
    """A span no word types that ended before the circular was signed is its history, not a step to come
    (« les inscriptions ont été reçues du 10 octobre au 15 novembre »); a typed step keeps its date (an
    erratum may recall a deposit already passed)."""
    if signed is None:
        return events
    return [ev for ev in events if not (ev.type == "autre" and (ev.fin or ev.debut)[:10] < signed.isoformat())]


_DOSSIER_STEPS = frozenset({"depot_dossier", "controle_conformite", "numerisation", "reunion", "concertation",
                            "correction", "transmission"})


def _with_parts(codes: list[str], kind: str, parts: dict[str, list[str]]) -> list[str]:
    """"Dépôt des dossiers E5" when E5 is made of E51 and E52: the step is that of each part's dossier (a
    candidate's E52 dossier finds its deadline), the parent kept. Exams keep their code: E4 on one day says
    nothing of E41 and E42 on others."""
    if kind not in _DOSSIER_STEPS:
        return codes
    out = list(codes)
    for c in codes:
        if c in parts and not set(parts[c]) & set(codes):
            out += [p for p in parts[c] if p not in out]
    return out


def extract_session(doc: Document) -> SessionData:
    """All the structured facts of one circular."""
    text = spelled_numbers(doc.text)  # "session deux mille vingt-six", "le vingt-six janvier deux mille vingt-six"
    facts = examen_facts(text)
    units = units_of(doc, facts.academie, [facts.sigle or "", facts.specialite or ""], facts.session)
    places = extract_places(place_texts(units, facts.session))
    warnings: list[str] = list(doc.warnings)
    raw_events = _without_past_steps(_without_week_titles(merge_events(extract_events(
        units, facts.session, places, facts.date_document, warnings, facts.academie))), facts.date_document)
    epreuves = _epreuves(units, facts.sigle, facts.session, heading_lines(doc, units))
    known = {e.code for e in epreuves}
    titles = {e.code: e.intitule for e in epreuves}
    dated = {c for ev in raw_events if ev.type == "epreuve" for c in ev.epreuves}
    for ep in epreuves:  # an épreuve the circular leaves without a date says why, no date is made up
        why = undated_reason(units, ep.code) if ep.code not in dated else None
        if why:
            ep.sans_date = why
            warnings.append(f"épreuve {ep.code} sans date dans la circulaire : " + (
                "calendrier laissé à l'initiative des recteurs" if why == "initiative_recteurs"
                else "évaluée en contrôle en cours de formation (CCF)"))
    parts: dict[str, list[str]] = defaultdict(list)
    for ep in epreuves:  # E5A of E5, and E51 of E5 when the circular names E5 too
        whole = ep.epreuve_parente or (ep.code[:-1] if re.fullmatch(r"(?:E|U)\d\d", ep.code) else None)
        if whole and whole in known:
            parts[whole].append(ep.code)
    evenements = []
    for ev in raw_events:
        ev.epreuves = _with_parts([c for c in ev.epreuves if c in known], ev.type, parts)
        evenements.append(Evenement(
            type=ev.type,  # type: ignore[arg-type]
            debut=ev.debut,
            fin=ev.fin,
            horaires=[Horaire(debut=a, fin=b) for a, b in ev.horaires],
            epreuves=ev.epreuves,
            centres=ev.centres,
            libelle=label(ev, titles),
            source=EventSource(page=ev.page, extrait=ev.extrait),
            **({"sources": [EventSource(page=pg, extrait=ex) for pg, ex in ev.sources]}
               if len(ev.sources) > 1 else {}),
            # a national calendar's hours in every territory (local time), the event's own being its académie's
            **({"horaires_territoires": {name: [Horaire(debut=a, fin=b) for a, b in slots]
                                         for name, slots in ev.territoires.items()}} if ev.territoires else {}),
        ))
    if facts.session is None:
        warnings.append("année de session introuvable : les dates sans année n'ont pas pu être datées")
    needs = extract_requirements(doc)  # internship duration, dossier épreuves, annexes (with sentences)
    if facts.sigle is None:
        facts.specialite = facts.specialite or needs.specialite
        facts.sigle = written_sigle(text, [facts.specialite]) if facts.specialite else None
        warnings.append("spécialité du BTS non reconnue dans la liste de référence"
                        + (f" (intitulé lu : « {facts.specialite} »)" if facts.specialite else ""))
    used = {c for ev in raw_events for c in ev.centres}
    # a rectorat is a place of the session when something happens there (the jury); named in a letterhead
    # or a signature it is the sender's address, not an exam centre
    centres = [Centre(id=p.id, nom=p.nom, adresse=p.adresse, code_postal=p.code_postal, ville=p.ville)
               for p in places.places if p.id in used or not ({"rectorat", "vice"} & p.words)]
    return SessionData(
        source=_source(doc),
        examen=Examen(diplome=facts.diplome, specialite=facts.specialite, sigle=facts.sigle,
                      session=facts.session, academie=facts.academie,
                      academies_rattachees=facts.academies_rattachees, portee=facts.portee),
        date_document=facts.date_document.isoformat() if facts.date_document else None,
        epreuves=epreuves,
        centres=centres,
        evenements=evenements,
        avertissements=warnings,
        exigences=Exigences.model_validate(exigences_of(needs)),
    )
