"""What changed between two sessions' data (usually two years of the same specialty).

Events are matched on (type, épreuve codes) after translating the old codes through the correspondence
data, so "E4 deadline 2024" meets "E5 deadline 2026" when the arrêté renumbered E4 as E5. Dates of
different years are compared at equal year (same day and month) so "moved 3 days earlier" means
something to an exam office.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pipeline.models import Evenement, SessionData
from pipeline.rules import fold, load_rules

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _fr(value: str | None) -> str:
    if not value:
        return "—"
    d = date.fromisoformat(value[:10])
    text = f"{JOURS[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year}"
    return text + (f" {value[11:16]}" if len(value) > 10 else "")


def _shift_days(old: str, new: str) -> int | None:
    """Days between new and old at equal year (None when the day does not exist that year)."""
    o, n = date.fromisoformat(old[:10]), date.fromisoformat(new[:10])
    try:
        return (n - o.replace(year=n.year)).days
    except ValueError:
        return None


def _key(ev: Evenement, mapping: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    return ev.type, tuple(sorted({mapping.get(c, c) for c in ev.epreuves}))


def _group(events: list[Evenement], mapping: dict[str, str]) -> dict[tuple[str, tuple[str, ...]], list[Evenement]]:
    out: dict[tuple[str, tuple[str, ...]], list[Evenement]] = {}
    for ev in sorted(events, key=lambda e: e.debut):
        out.setdefault(_key(ev, mapping), []).append(ev)
    return out


def _centre_key(c: Any) -> str:
    return f"{fold(c.nom)}|{fold(c.ville)}"


def diff_sessions(old: SessionData, new: SessionData) -> list[dict[str, Any]]:
    """Rows {categorie, element, ancien, nouveau, commentaire}, French, ordered for reading."""
    rules = load_rules(new.examen.sigle or "") if new.examen.sigle else None
    mapping = rules.correspondence(new.examen.session) if rules else {}
    if old.examen.session is not None and new.examen.session is not None and rules:
        # only translate when the reform lies between the two sessions
        mapping = {k: v for k, v in mapping.items() if k not in rules.correspondence(old.examen.session)}
    rows: list[dict[str, Any]] = []

    # épreuve codes
    old_codes = {e.code: e for e in old.epreuves}
    new_codes = {e.code: e for e in new.epreuves}
    renamed = {c: mapping[c] for c in old_codes if c in mapping and mapping[c] in new_codes and mapping[c] != c}
    for before, after in sorted(renamed.items()):
        rows.append(dict(categorie="épreuve renumérotée", element=after, ancien=before, nouveau=after,
                         commentaire=f"{before} devient {after} (table de correspondance)"))
    for code in sorted(set(new_codes) - set(old_codes) - set(renamed.values())):
        rows.append(dict(categorie="épreuve nouvelle", element=code, ancien="—", nouveau=code,
                         commentaire=new_codes[code].intitule or ""))
    for code in sorted(set(old_codes) - set(new_codes) - set(renamed)):
        rows.append(dict(categorie="épreuve disparue", element=code, ancien=code, nouveau="—",
                         commentaire=old_codes[code].intitule or ""))

    # events
    og, ng = _group(old.evenements, mapping), _group(new.evenements, {})
    for key in sorted(set(og) | set(ng), key=lambda k: (k[0], k[1])):
        typ, codes = key
        label = f"{typ.replace('_', ' ')} {' '.join(codes)}".strip()
        olds, news = og.get(key, []), ng.get(key, [])
        for i in range(max(len(olds), len(news))):
            o = olds[i] if i < len(olds) else None
            n = news[i] if i < len(news) else None
            if o and n:
                shift = _shift_days(o.debut, n.debut)
                same_time = o.debut[10:] == n.debut[10:] and (o.fin or "")[10:] == (n.fin or "")[10:]
                if shift == 0 and same_time:
                    continue
                if shift is None or shift == 0:
                    comment = "horaire modifié" if not same_time else ""
                else:
                    sens = "plus tard" if shift > 0 else "plus tôt"
                    comment = f"{abs(shift)} jour{'s' if abs(shift) > 1 else ''} {sens} (à année égale)"
                    if typ == "depot_dossier":
                        comment = ("date limite reculée : " if shift > 0 else "date limite avancée : ") + comment
                rows.append(dict(categorie="date déplacée", element=label,
                                 ancien=_fr(o.debut) + (f" → {_fr(o.fin)}" if o.fin else ""),
                                 nouveau=_fr(n.debut) + (f" → {_fr(n.fin)}" if n.fin else ""),
                                 commentaire=comment))
            elif n:
                rows.append(dict(categorie="date nouvelle", element=label, ancien="—",
                                 nouveau=_fr(n.debut) + (f" → {_fr(n.fin)}" if n.fin else ""),
                                 commentaire=n.libelle))
            elif o:
                rows.append(dict(categorie="date disparue", element=label,
                                 ancien=_fr(o.debut) + (f" → {_fr(o.fin)}" if o.fin else ""), nouveau="—",
                                 commentaire=o.libelle))

    # centres
    oc = {_centre_key(c): c for c in old.centres}
    nc = {_centre_key(c): c for c in new.centres}
    for k in sorted(set(nc) - set(oc)):
        c = nc[k]
        rows.append(dict(categorie="centre ajouté", element=c.nom, ancien="—", nouveau=f"{c.nom} ({c.ville or '?'})",
                         commentaire=", ".join(x for x in (c.adresse, c.code_postal) if x)))
    for k in sorted(set(oc) - set(nc)):
        c = oc[k]
        rows.append(dict(categorie="centre retiré", element=c.nom, ancien=f"{c.nom} ({c.ville or '?'})", nouveau="—",
                         commentaire=""))
    return rows


def diff_payload(old: SessionData, new: SessionData) -> dict[str, Any]:
    return {
        "ancien": {"fichier": old.source.fichier, "sha256": old.source.sha256, "session": old.examen.session},
        "nouveau": {"fichier": new.source.fichier, "sha256": new.source.sha256, "session": new.examen.session},
        "changements": diff_sessions(old, new),
    }
