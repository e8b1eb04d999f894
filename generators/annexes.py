"""Fill the official annexes of one candidate (fiche de contrôle, grille d'évaluation, fiche
d'appréciation) from the Word templates built by generators.build_templates.

Which family of templates, which annexe numbers and which épreuve code: from the rules data of the
specialty for the session (pipeline.rules: annexe(year), epreuve_dossier(code, year)), never from a year
test here. Everything that reaches the document goes through docxtpl with autoescape on, so a name with
« & » or « < » is text, not XML.
"""

from __future__ import annotations

import copy
import errno
import io
import math
import os
import re
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from core.errors import BadArgumentError, BtsError, RulesError
from core.files import remove_stale_temps, write_atomic
from generators.layout import CHECKED, UNCHECKED, Lines, Request
from pipeline.evaluations import Candidat, Evaluation
from pipeline.models import SessionData
from pipeline.rules import AnnexeRule, SpecialtyRules, load_rules

TEMPLATES_DIR = Path(__file__).parent / "templates"
FormKind = Literal["controle", "grille", "fiche"]
FORM_KINDS: tuple[FormKind, ...] = ("controle", "grille", "fiche")
DOTS_DATE = "...... / ...... /............"


# --- form content data ---------------------------------------------------------------------------

def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


@cache
def _load_family(famille: str, templates_dir: Path) -> dict[str, Any]:
    path = templates_dir / f"{famille}.yaml"
    if not path.exists():
        raise RulesError(f"famille d'annexes « {famille} » inconnue (fichier {path.name} absent)", path=path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"contenu des annexes illisible ({exc})", path=path) from exc
    parent = data.pop("herite", None)
    if parent:
        data = _merge(_load_family(parent, templates_dir), data)
    for key in ("famille", "diplome", "entete", "controle", "grille", "fiche"):
        if key not in data:
            raise RulesError(f"clé « {key} » absente du contenu des annexes", path=path)
    return data


def load_family(famille: str, templates_dir: Path = TEMPLATES_DIR) -> dict[str, Any]:
    """The content of one family of forms (wording, competences, levels, penalty lines), inheritance resolved."""
    return copy.deepcopy(_load_family(famille, templates_dir))


def families(templates_dir: Path = TEMPLATES_DIR) -> list[str]:
    return sorted(p.stem for p in templates_dir.glob("*.yaml"))


def template_path(famille: str, kind: FormKind, templates_dir: Path = TEMPLATES_DIR) -> Path:
    return templates_dir / f"{famille}_{kind}.docx"


@lru_cache(maxsize=32)
def _template_bytes(path: Path) -> bytes:
    if not path.exists():
        raise RulesError(f"modèle Word absent : {path.name}", path=path,
                         hint="Reconstruisez les modèles : python -m generators.build_templates.")
    return path.read_bytes()


# --- inputs of one form --------------------------------------------------------------------------

@dataclass
class FormSet:
    """What is common to every form of a run: session, rules, family, commission, date."""

    sigle: str
    annee: int | None
    rules: SpecialtyRules
    annexe: AnnexeRule
    family: dict[str, Any]
    date: str | None = None  # ISO date given with --date
    membres: list[str] = field(default_factory=list)
    commission: str | None = None
    date_controle: dict[str, str] = field(default_factory=dict)  # épreuve code → ISO date of the contrôle

    @property
    def famille(self) -> str:
        return self.annexe.famille


def formset_for(session: SessionData, *, date: str | None = None, membres: list[str] | None = None,
                commission: str | None = None) -> FormSet:
    """Resolve the family and annexe numbers of the session from the rules data."""
    sigle = (session.examen.sigle or "").upper()
    if not sigle:
        raise BadArgumentError("la session n'indique pas la spécialité (examen.sigle)",
                               hint="Relancez bts ingest ou complétez examen.sigle dans le JSON de session.")
    rules = load_rules(sigle)
    if rules is None:
        raise BadArgumentError(f"aucune règle connue pour la spécialité {sigle}",
                               hint=f"Écrivez pipeline/data/rules/{sigle.lower()}.yaml (« bts rules init {sigle} »).")
    annee = session.examen.session
    annexe = rules.annexe(annee)
    if annexe is None:
        raise BadArgumentError(f"aucun modèle d'annexes pour {sigle} session {annee}",
                               hint="Ajoutez la numérotation des annexes de cette session dans les règles.")
    dates: dict[str, str] = {}
    for ev in sorted(session.evenements, key=lambda e: e.debut):
        if ev.type == "controle_conformite":
            for code in ev.epreuves:
                rule = rules.epreuve_dossier(code.upper(), annee)
                if rule is not None:
                    dates.setdefault(rule.code, ev.debut[:10])
    return FormSet(sigle=sigle, annee=annee, rules=rules, annexe=annexe, family=load_family(annexe.famille),
                   date=date, membres=list(membres or []), commission=commission, date_controle=dates)


# --- pure decisions ------------------------------------------------------------------------------

def note_finale(note: Decimal | float | int | None, penalites: float | Decimal = 0) -> int | None:
    """Proposed note minus penalties, never below 0, rounded up to the whole point (« arrondie au point
    supérieur »). Decimal arithmetic so 12.3 − 2 is 10.3, not 10.300000000000001 → 11 is still right and
    14 − 0 never becomes 15."""
    if note is None:
        return None
    value = Decimal(str(note)) - Decimal(str(penalites))
    return max(0, math.ceil(value))


def penalty_lines(fs: FormSet) -> list[dict[str, Any]]:
    return list(fs.family["grille"]["penalites"]["lignes"])


def penalties_for(fs: FormSet, cand: Candidat, ev: Evaluation | None) -> tuple[set[str], Decimal]:
    """Codes ticked on the grille (seen by the check or by the commission) and their total points."""
    known = {line["code"]: Decimal(str(line["points"])) for line in penalty_lines(fs)}
    codes = {c for c in cand.penalites if c in known}
    if ev is not None:
        codes |= {c for c in ev.penalites if c in known}
    return codes, sum((known[c] for c in codes), Decimal(0))


def interrogeable(fs: FormSet, cand: Candidat) -> bool:
    """False when a ground that cannot be regularised was found (the « NV » line of the fiche)."""
    definitive = set(fs.family["controle"]["conclusion"]["motifs"])
    return not (cand.statut == "non_conforme" and definitive & set(cand.motifs))


def forms_for(fs: FormSet, cand: Candidat, wanted: tuple[FormKind, ...] = FORM_KINDS) -> list[FormKind]:
    """Fiche de contrôle only for a non-conforming dossier; grille and fiche for whoever can be examined."""
    out: list[FormKind] = []
    if "controle" in wanted and cand.statut == "non_conforme":
        out.append("controle")
    if interrogeable(fs, cand):
        out.extend(k for k in ("grille", "fiche") if k in wanted)
    return out


def format_note(note: Decimal | None) -> str:
    if note is None:
        return ""
    text = format(note.normalize(), "f")
    return text.replace(".", ",")


def format_date(iso: str | None) -> str:
    if not iso:
        return DOTS_DATE
    y, m, d = iso[:10].split("-")
    return f"{d} / {m} / {y}"


def _box(flag: bool) -> str:
    return CHECKED if flag else UNCHECKED


_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _multiline(text: str) -> Any:
    """Escaped text whose line breaks become Word line breaks (<w:br/>) inside the run."""
    from markupsafe import Markup, escape

    lines = [escape(line) for line in (text or "").split("\n")]
    return Markup('</w:t><w:br/><w:t xml:space="preserve">').join(lines)


def nfc(text: str | None) -> str:
    """NFC, trimmed, without the control characters XML cannot hold (a hostile CSV cell)."""
    clean = _XML_FORBIDDEN.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", clean.strip())


def epreuve_of(fs: FormSet, cand: Candidat) -> tuple[str, str]:
    """Code in force and title of the candidate's épreuve (or the only dossier épreuve of the session)."""
    code = cand.epreuve
    if code:
        rule = fs.rules.epreuve_dossier(code, fs.annee)
    else:
        rules = [r for r in fs.rules.epreuves_dossier if r.applies(fs.annee)]
        rule = rules[0] if len(rules) == 1 else None
    if rule is None:
        raise BadArgumentError(
            f"candidat {cand.numero} : l'épreuve « {code or '?'} » n'a pas d'annexes d'évaluation de dossier "
            f"pour {fs.sigle} session {fs.annee}",
            hint="Indiquez l'épreuve dans la colonne epreuve ou filtrez les candidats de l'épreuve à dossier.",
        )
    return rule.code, rule.intitule


def _forme(value: str | None) -> str:
    """"ponctuelle" or "ccf" from the ways a manifest writes it ("Épreuve ponctuelle", "CCF", "contrôle en
    cours de formation"); anything else (a candidate's status such as "scolaire") ticks neither box."""
    from core.text import fold

    text = fold(value)
    if "ponctuel" in text:
        return "ponctuelle"
    if text == "ccf" or "cours de formation" in text or text.startswith("ccf"):
        return "ccf"
    return ""


def shared_context(fs: FormSet, kind: FormKind, code: str, intitule: str) -> dict[str, Any]:
    """The tags that are the same for every candidate of one épreuve in a run (session, annexe numbers,
    épreuve, date, members): laid out once per template by LibreOffice on the stamping path."""
    membres = [nfc(m) for m in fs.membres if nfc(m)]
    ctx: dict[str, Any] = {
        "session": fs.annee or "",
        "numero": fs.annexe.numeros[kind],
        "numeros": dict(fs.annexe.numeros),
        "epreuve_code": code,
        "epreuve_intitule": intitule,
        "date": format_date(fs.date),
        "membre1": membres[0] if membres else "." * 60,
        "membre2": " ; ".join(membres[1:]) if len(membres) > 1 else "." * 60,
    }
    if kind == "controle":
        ctx["date_controle"] = format_date(fs.date or fs.date_controle.get(code))
    return ctx


def candidate_values(fs: FormSet, kind: FormKind, cand: Candidat, ev: Evaluation | None) -> dict[str, Any]:
    """The tags proper to one candidate (identity, boxes, notes, observations as `Lines`): what a stamped
    PDF writes on the page laid out once."""
    fam = fs.family
    forme = _forme(cand.forme)
    option = (cand.option or "").upper()
    ctx: dict[str, Any] = {
        "nom_prenom": " ".join(x for x in (nfc(cand.nom).upper(), nfc(cand.prenom)) if x),
        "numero_candidat": cand.numero,
        "commission": cand.commission or fs.commission or "",
        "cases": {
            "ponctuelle": _box(forme == "ponctuelle"),
            "ccf": _box(forme == "ccf"),
            "sisr": _box(option == "SISR"),
            "slam": _box(option == "SLAM"),
        },
    }
    if kind == "controle":
        found = set(cand.motifs)
        ctx["motifs"] = {m["motif"]: _box(m["motif"] in found) for m in fam["controle"]["motifs"]}
        ctx["conclusion"] = _box(not interrogeable(fs, cand))
        return ctx
    codes, points = penalties_for(fs, cand, ev)
    finale = note_finale(ev.note, points) if ev is not None else None
    ctx["note"] = format_note(ev.note) if ev is not None else ""
    ctx["note_finale"] = "" if finale is None else str(finale)
    if kind == "grille":
        ctx["penalites"] = {line["code"]: _box(line["code"] in codes) for line in penalty_lines(fs)}
        levels = ev.niveaux if ev is not None else {}
        ctx["niveaux"] = {
            comp["id"]: [_box(levels.get(comp["id"]) == n) for n in range(1, 6)]
            for comp in fam["grille"]["competences"]
        }
    else:
        ctx["observations1"] = Lines(nfc(ev.observations1) if ev else "")
        ctx["observations2"] = Lines(nfc(ev.observations2) if ev else "")
        ctx["appreciation"] = Lines(nfc(ev.appreciation) if ev else "")
    return ctx


def docx_values(values: dict[str, Any]) -> dict[str, Any]:
    """Candidate values as docxtpl tags: `Lines` become escaped text with Word line breaks."""
    return {k: _multiline(v) if isinstance(v, Lines) else v for k, v in values.items()}


def context(fs: FormSet, kind: FormKind, cand: Candidat, ev: Evaluation | None) -> dict[str, Any]:
    """Every tag of the templates, for one candidate and one form."""
    code, intitule = epreuve_of(fs, cand)
    return {**shared_context(fs, kind, code, intitule), **docx_values(candidate_values(fs, kind, cand, ev))}


# --- rendering -----------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[\\/:*?\"<>|\x00-\x1f\x7f]+")
_NUMERO_UNSAFE = re.compile(r"[^0-9A-Za-z_-]+")
MAX_STEM_BYTES = 120  # file systems allow 255 bytes per name; the PDF, temp and merged names add to it
MAX_NOM_BYTES = 60


def _cut(text: str, max_bytes: int) -> str:
    """At most `max_bytes` of UTF-8, cut on a character boundary."""
    raw = text.encode("utf-8")
    if len(raw) <= max_bytes:
        return text
    return raw[:max_bytes].decode("utf-8", "ignore")


def _safe_part(text: str, pattern: re.Pattern[str], fallback: str, max_bytes: int) -> str:
    """One part of a file name: no separator, no control character, never hidden ('.' first), bounded."""
    part = "-".join(pattern.sub("-", text).split())
    part = re.sub(r"-{2,}", "-", part).strip(".-_ ")
    return _cut(part, max_bytes).strip(".-_ ") or fallback


def output_stem(cand: Candidat, numero_annexe: str, suffix: str = "") -> str:
    """NUMERO_NOM_ANNEXE, e.g. 26SIO0002_BERNARD_VI-2: NFC, name upper case with its accents, the numero
    in letters, digits and dashes, nothing a file system refuses or hides, at most MAX_STEM_BYTES bytes.
    `suffix` (a short hash) tells apart two candidates whose numeros read the same once cleaned."""
    numero = _safe_part(nfc(cand.numero), _NUMERO_UNSAFE, "SANS-NUMERO", 40)
    nom = _safe_part(nfc(cand.nom).upper(), _UNSAFE, "SANS-NOM", MAX_NOM_BYTES)
    tail = f"_{suffix}" if suffix else ""
    room = MAX_STEM_BYTES - len(f"{numero}_{tail}_{numero_annexe}".encode())
    nom = _cut(nom, max(8, room)).strip(".-_ ") or "SANS-NOM"
    return unicodedata.normalize("NFC", f"{numero}_{nom}{tail}_{numero_annexe}")


def short_hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:6]


class CompiledTemplate:
    """A template prepared once: docxtpl's tag clean-up (patch_xml) and the Jinja compilation of
    word/document.xml are done at load, so a form costs one Jinja render and one zip write (docxtpl's
    DocxTemplate.render redoes both and re-parses the package for every form: ~10× slower). Our
    templates have no headers, footers, images or loops over table cells, which is what the rest of
    DocxTemplate.render handles."""

    PART = "word/document.xml"

    def __init__(self, raw: bytes):
        import jinja2
        import jinja2.meta
        from docxtpl import DocxTemplate

        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            self.entries = [(info, z.read(info.filename)) for info in z.infolist()]
        xml = dict((i.filename, d) for i, d in self.entries)[self.PART].decode("utf-8")
        patched = DocxTemplate(io.BytesIO(raw)).patch_xml(xml)
        patched = re.sub(r"<w:p([ >])", r"\n<w:p\1", patched)  # as docxtpl: keeps Jinja line numbers useful
        env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
        self.template = env.from_string(patched)
        self.names = frozenset(jinja2.meta.find_undeclared_variables(env.parse(patched)))  # tags it uses

        self.packed = [_Packed.of(info.filename, info.date_time, data) if info.filename != self.PART else None
                       for info, data in self.entries]  # the other parts compressed once, not per form

    def render(self, ctx: dict[str, Any]) -> bytes:
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", self.template.render(ctx))
        parts = [p or _Packed.of(self.PART, info.date_time, xml.encode("utf-8"))
                 for p, (info, _) in zip(self.packed, self.entries, strict=True)]
        return _Packed.archive(parts)


@dataclass(frozen=True)
class _Packed:
    """One deflated zip member, and a zip archive written from such members (what zipfile.writestr writes,
    without compressing again the parts that do not change from one form to the next)."""

    name: bytes
    dos_time: int
    dos_date: int
    crc: int
    size: int
    data: bytes

    @classmethod
    def of(cls, name: str, date_time: tuple[int, ...], raw: bytes) -> _Packed:
        packer = zlib.compressobj(1, zlib.DEFLATED, -15)
        data = packer.compress(raw) + packer.flush()
        y, mo, d, h, mi, sec = date_time
        return cls(name.encode("utf-8"), h << 11 | mi << 5 | sec // 2, (y - 1980) << 9 | mo << 5 | d,
                   zlib.crc32(raw), len(raw), data)

    @staticmethod
    def archive(parts: list[_Packed]) -> bytes:
        out = io.BytesIO()
        central = []
        for p in parts:
            flags = 0x800 if any(b > 127 for b in p.name) else 0
            offset = out.tell()
            out.write(struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, flags, 8, p.dos_time, p.dos_date, p.crc,
                                  len(p.data), p.size, len(p.name), 0) + p.name + p.data)
            central.append(struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, flags, 8, p.dos_time,
                                       p.dos_date, p.crc, len(p.data), p.size, len(p.name), 0, 0, 0, 0,
                                       0o600 << 16, offset) + p.name)
        start = out.tell()
        directory = b"".join(central)
        out.write(directory)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(directory), start, 0))
        return out.getvalue()


@lru_cache(maxsize=32)
def compiled(path: Path) -> CompiledTemplate:
    return CompiledTemplate(_template_bytes(path))


def layout_request(fs: FormSet, kind: FormKind, code: str, intitule: str, sample: dict[str, Any]) -> Request:
    """What generators.layout needs to lay out the template of `kind` for the épreuve `code` once: the
    shared values, one candidate's values (names and kinds of the fields) and how to render a DOCX."""
    path = template_path(fs.famille, kind)
    template = compiled(path)
    shared = shared_context(fs, kind, code, intitule)
    return Request(path, shared, sample, render=lambda values: template.render({**shared, **docx_values(values)}),
                   names=template.names)


def render_docx(fs: FormSet, kind: FormKind, cand: Candidat, ev: Evaluation | None) -> bytes:
    """One filled form as DOCX bytes."""
    return compiled(template_path(fs.famille, kind)).render(context(fs, kind, cand, ev))


@dataclass
class Produced:
    candidat: Candidat
    kind: FormKind
    annexe: str
    docx: Path
    pdf: Path | None = None
    evaluation: Evaluation | None = None  # with formset: what a stamped PDF writes
    formset: FormSet | None = None


def render_candidate(fs: FormSet, cand: Candidat, ev: Evaluation | None, out_dir: Path,
                     wanted: tuple[FormKind, ...] = FORM_KINDS, suffix: str = "") -> list[Produced]:
    """Write the DOCX forms of one candidate (owner-only, temp file + rename); returns them in order.

    All the forms are rendered before any is written: a candidate whose data break a template gets none."""
    rendered = []
    for kind in forms_for(fs, cand, wanted):
        numero = fs.annexe.numeros[kind]
        path = Path(out_dir) / f"{output_stem(cand, numero, suffix)}.docx"
        rendered.append((Produced(cand, kind, numero, path, evaluation=ev, formset=fs),
                         render_docx(fs, kind, cand, ev)))
    out = []
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for produced, data in rendered:
        write_atomic(produced.docx, data, durable=False)
        out.append(produced)
    return out


# --- a whole run ---------------------------------------------------------------------------------

@dataclass
class FillReport:
    produced: list[Produced] = field(default_factory=list)
    merged: dict[str, Path] = field(default_factory=dict)  # commission → merged PDF
    skipped: list[str] = field(default_factory=list)  # French, one line per candidate left out
    notices: list[str] = field(default_factory=list)  # French: templates or forms converted by LibreOffice
    stamped: int = 0  # PDF written on a page laid out once (the others: LibreOffice)
    docx_seconds: float = 0.0
    pdf_seconds: float = 0.0


def merged_name(commission: str, annexes: list[str]) -> str:
    """commission_3_VI-3+VI-4.pdf: the annexes in the name so that the run of the day before the contrôle
    (VI-2) and the one before the interrogations (VI-3, VI-4) never overwrite each other."""
    label = _safe_part(nfc(commission), _UNSAFE, "sans-numero", 40)
    return f"commission_{label}_{'+'.join(annexes)}.pdf"


def _shown_numero(numero: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in numero)[:60]


def fill(fs: FormSet, candidats: list[Candidat], evaluations: dict[str, Evaluation], out_dir: Path, *,
         wanted: tuple[FormKind, ...] = FORM_KINDS, epreuve: str | None = None, pdf: bool = True,
         batch_size: int = 200, workers: int = 1, refused: dict[str, str] | None = None) -> FillReport:
    """Render every form of every candidate (in passing order) as DOCX under out/docx, then, with `pdf`,
    convert them in batches under out/pdf and merge one PDF per commission at the root of out.

    One candidate never stops the run: a row refused by `bts check` (`refused`: numero → why) or whose
    numero cannot name a file gets no form, a form that cannot be rendered or written is left out, and
    each is one French line in `report.skipped`. Two candidates never share a file: when their names
    read the same once cleaned, a short hash of the numero tells them apart."""
    import time

    from pipeline.manifest import numero_problem

    out_dir = Path(out_dir)
    report = FillReport()
    wanted_rule = fs.rules.epreuve_dossier(epreuve.upper(), fs.annee) if epreuve else None
    wanted_code = wanted_rule.code if wanted_rule else (epreuve.upper() if epreuve else None)
    taken: dict[str, str] = {}  # casefolded stem (without annexe) → numero that owns it
    t0 = time.perf_counter()
    remove_stale_temps(out_dir / "docx")
    for cand in candidats:
        shown = _shown_numero(cand.numero)
        why = (refused or {}).get(cand.numero) or numero_problem(cand.numero)
        if why:
            report.skipped.append(f"candidat « {shown} » : aucun formulaire, ligne refusée par le contrôle ({why})")
            continue
        try:
            code, _ = epreuve_of(fs, cand)
        except BadArgumentError as exc:
            report.skipped.append(exc.message)
            continue
        if wanted_code and code != wanted_code:
            continue
        ev = evaluations.get(cand.numero)
        if ev is not None and not interrogeable(fs, cand):
            report.skipped.append(f"évaluation du candidat {cand.numero} (ligne {ev.ligne}) non reportée : "
                                  "dossier non conforme, le candidat ne peut pas être interrogé (NV)")
        base = output_stem(cand, "").casefold()
        suffix = short_hash(cand.numero) if taken.setdefault(base, cand.numero) != cand.numero else ""
        try:
            report.produced.extend(render_candidate(fs, cand, ev, out_dir / "docx", wanted, suffix))
        except OSError as exc:
            if not report.produced and exc.errno in (errno.EROFS, errno.ENOSPC, errno.EACCES, errno.EDQUOT):
                raise  # the output folder itself is unusable: the CLI says so once (exit 3)
            report.skipped.append(f"candidat {shown} : formulaires non écrits ({exc.strerror or exc})")
        except (BtsError, ValueError, TypeError, LookupError, jinja2_errors()) as exc:
            report.skipped.append(f"candidat {shown} : formulaires non produits ({type(exc).__name__}: "
                                  f"{str(exc)[:120]})")
    unknown = sorted(set(evaluations) - {c.numero for c in candidats})
    if unknown:
        report.skipped.append("évaluations sans candidat correspondant (ignorées) : " + ", ".join(unknown[:10]))
    report.docx_seconds = time.perf_counter() - t0
    if pdf and report.produced:
        publish_pdfs(report, out_dir, commission=fs.commission, batch_size=batch_size, workers=workers)
    return report


def jinja2_errors() -> type[Exception]:
    import jinja2

    return jinja2.TemplateError


def publish_pdfs(report: FillReport, out_dir: Path, *, commission: str | None = None, batch_size: int = 200,
                 workers: int = 1) -> FillReport:
    """Write the PDF of every form of a report under out/pdf, then one PDF per commission (forms in passing
    order) at the root of out for printing.

    A form is stamped on its template's page laid out once by LibreOffice (generators.stamp); a template
    whose fields cannot all be located, or a form whose values do not fit, is converted by LibreOffice in
    batches as before, and `report.notices` says so. A commission whose forms are all stamped is written
    page by page; one with a converted form is merged from the files."""
    import time

    from generators.pdf import convert_to_pdf, merge_pdfs
    from generators.stamp import stream_commission

    out_dir = Path(out_dir)
    t0 = time.perf_counter()
    stamped: Any = None
    jobs: dict[int, Any] = {}
    if os.environ.get("BTS_STAMP") != "0":  # BTS_STAMP=0: every PDF by LibreOffice, as before stamping
        try:
            stamped, jobs = stamp_pdfs(report, out_dir / "pdf")
        except (ValueError, LookupError, TypeError, ArithmeticError) as exc:  # a page we cannot rewrite
            report.notices.append(f"PDF non tamponnés ({type(exc).__name__}: {str(exc)[:120]}) ; "
                                  "produits par LibreOffice")
            stamped = None
            for produced in report.produced:
                produced.pdf = None
    report.stamped = sum(1 for p in report.produced if p.pdf is not None)
    rest = [p for p in report.produced if p.pdf is None]
    pdfs = convert_to_pdf([p.docx for p in rest], out_dir / "pdf", batch_size=batch_size, workers=workers)
    for produced, path in zip(rest, pdfs, strict=True):
        if path.is_file():
            produced.pdf = path
        else:
            report.skipped.append(f"{produced.docx.name} : PDF non produit par LibreOffice (le DOCX est écrit)")
    groups: dict[str, list[Produced]] = {}
    for produced in report.produced:
        if produced.pdf is None:
            continue
        key = produced.candidat.commission or commission or ""
        groups.setdefault(key, []).append(produced)
    order = {k: i for i, k in enumerate(FORM_KINDS)}
    for key, items in groups.items():
        kinds = sorted({p.kind for p in items}, key=order.__getitem__)
        annexes = [next(p.annexe for p in items if p.kind == k) for k in kinds]
        target = out_dir / merged_name(key, annexes)
        if stamped is not None and all(id(p) in jobs and stamped.has(jobs[id(p)]) for p in items):
            stream_commission(stamped, [jobs[id(p)] for p in items], target)
        else:
            try:
                merge_pdfs([path_of(p) for p in items], target)
            except Exception as exc:  # noqa: BLE001 - a damaged form PDF: its own file stays, the run goes on
                report.skipped.append(f"{target.name} : PDF de commission non produit ({type(exc).__name__}) ; "
                                      "les PDF de chaque formulaire sont écrits, rassemblez-les à la main")
                continue
        report.merged[key] = target
    report.pdf_seconds = time.perf_counter() - t0
    return report


def stamp_pdfs(report: FillReport, pdf_dir: Path) -> tuple[Any, dict[int, Any]]:
    """Stamp the PDF of every form of the report that can be (sets `.pdf`); returns the generators.stamp
    Stamped (None when nothing was) and the job of each form (by id of its Produced)."""
    from generators.stamp import Job, stamp_jobs

    requests: dict[tuple[str, str, int], Request] = {}
    jobs: dict[int, Job] = {}
    for p in report.produced:
        fs = p.formset
        if fs is None:
            continue
        code, intitule = epreuve_of(fs, p.candidat)
        group = (p.kind, code, id(fs))
        if group not in requests:
            requests[group] = layout_request(fs, p.kind, code, intitule, candidate_values(fs, p.kind, p.candidat,
                                                                                           p.evaluation))
        jobs[id(p)] = Job(p.docx.name, pdf_dir / f"{p.docx.stem}.pdf", requests[group],
                          _values_of(p), _heading(p))
    stamped = stamp_jobs(list(jobs.values()), report.notices) if jobs else None
    for p in report.produced:
        if stamped is not None and id(p) in jobs and stamped.has(jobs[id(p)]):
            p.pdf = jobs[id(p)].target
    return stamped, jobs


def _values_of(p: Produced) -> Any:
    fs = p.formset
    assert fs is not None
    return lambda: candidate_values(fs, p.kind, p.candidat, p.evaluation)


def _heading(p: Produced) -> str:
    """The title of a continuation page: annexe, name and numero of the candidate."""
    cand = p.candidat
    name = " ".join(x for x in (nfc(cand.nom).upper(), nfc(cand.prenom)) if x)
    return f"Annexe {p.annexe} — {name} ({cand.numero})"


def path_of(produced: Produced) -> Path:
    if produced.pdf is None:
        raise ValueError(f"PDF absent pour {produced.docx.name}")
    return produced.pdf
