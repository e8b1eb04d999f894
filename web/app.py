"""The review pages: batches, a batch's overview (à vérifier first), a candidate's page (verdict, anomalies
with their evidence, files, decision form, history), procès-verbal and report downloads.

Every page but the login needs a session; every POST a CSRF token; pages with personal data are sent with
`Cache-Control: no-store`. A commission member sees only the candidates of its commission when the batch's
candidats.csv has a commission column. Files and evidence images are served by id, looked up among the
candidate's stored pieces and anomalies, never from a path given by the browser.

Settings (environment, read by `create_app()` when not given): BTS_DATABASE_URL, BTS_PREUVES_DIR (folders the
anomalies' `preuve` paths are relative to, separated by « : »), BTS_REVIEW_HTTPS=1 (Secure cookies even when
the TLS proxy does not say so).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from core.errors import BtsError
from core.text import fold
from generators.report_xlsx import NATURE_LABELS, PIECE_LABELS, signature_state
from pipeline.accounts import ROLES, User, authenticate
from pipeline.codes import GRAVITE_LABELS, MOTIFS, STATUT_LABELS, label
from pipeline.decisions import (
    DECISION_STATUTS,
    apply_decision,
    commissions,
    decision_errors,
    final_resultats,
    fr_moment,
    history,
    lot_key,
    needs_review,
    record_decision,
    review_path,
    split_lot,
)
from pipeline.manifest import numero_problem
from pipeline.models import Resultat
from pipeline.storage import ReviewStore, Store
from web.security import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    SESSION_HOURS,
    LoginLimiter,
    close_session,
    new_token,
    open_session,
    same,
    session_of,
)

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 200
MAX_FORM_BYTES = 64 * 1024
CSP = ("default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; frame-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
SNIFF = ((b"%PDF-", "application/pdf", "pdf"), (b"\x89PNG\r\n\x1a\n", "image/png", "image"),
         (b"\xff\xd8\xff", "image/jpeg", "image"))
Handler = Callable[[Request], Awaitable[Response]]


@dataclass
class Review:
    """What the pages share: the database, the evidence folders, the login limiter, the templates."""

    store: Store
    review: ReviewStore
    preuves: list[Path]
    https: bool
    limiter: LoginLimiter
    env: Environment
    _lots: dict[str, str] = field(default_factory=dict)

    def lot(self, key: str) -> str | None:
        if key not in self._lots:
            self._lots = {lot_key(row["lot"]): row["lot"] for row in self.review.lots()}
        return self._lots.get(key)


# --- small helpers -------------------------------------------------------------------------------------------------


def _fr_datetime(value: str | None) -> str:
    if not value:
        return ""
    try:
        dt = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if dt.tzinfo is not None:
        return fr_moment(dt)
    return f"{dt:%d/%m/%Y} à {dt:%H:%M}" if (dt.hour or dt.minute) else f"{dt:%d/%m/%Y}"


def _fr_date(value: str | None) -> str:
    try:
        return date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return str(value or "")


def _moment(value: datetime | None) -> str:
    """A database time (UTC; naive from SQLite) in Europe/Paris."""
    if value is None:
        return ""
    return fr_moment(value.replace(tzinfo=UTC) if value.tzinfo is None else value)


def _number(x: float | None) -> str:
    return "" if x is None else f"{x:g}".replace(".", ",")


def _file_id(lot: str, numero: str, piece: dict[str, Any]) -> str:
    raw = f"{lot}\0{numero}\0{piece.get('fichier')}\0{piece.get('sha256') or piece.get('octets')}"
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()[:20]


def _preuve_id(lot: str, numero: str, index: int, preuve: str) -> str:
    raw = f"{lot}\0{numero}\0{index}\0{preuve}"
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()[:20]


def _sniff(path: Path) -> tuple[str, str]:
    """(content type, how to show it) from the first bytes, never from the name."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return "application/octet-stream", "other"
    for magic, ctype, kind in SNIFF:
        if head.startswith(magic):
            return ctype, kind
    return "application/octet-stream", "other"


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


async def _form(request: Request) -> dict[str, list[str]] | None:
    """An urlencoded form (the only kind our pages send), at most 64 KiB; None when it is anything else."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return None
    try:
        return parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50)
    except (UnicodeDecodeError, ValueError):
        return None


def _first(form: dict[str, list[str]], name: str) -> str:
    values = form.get(name) or [""]
    return values[0]


# --- responses -------------------------------------------------------------------------------------------------------


def _render(request: Request, name: str, ctx: dict[str, Any], status: int = 200) -> HTMLResponse:
    review: Review = request.app.state.review
    auth = getattr(request.state, "auth", None)
    base = {
        "request": request,
        "user": auth[0] if auth else None,
        "csrf": auth[1] if auth else "",
        "roles": ROLES,
        "statuts": STATUT_LABELS,
    }
    html = review.env.get_template(name).render({**base, **ctx})
    return HTMLResponse(html, status_code=status)


def _error(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "erreur.html", {"status": status, "message": message}, status)


def _login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.method == "POST":  # after the login, back to the page that held the form
        target = request.url.path.removesuffix("/decision").removesuffix("/deconnexion") or "/"
    return RedirectResponse(f"/connexion?{urlencode({'suite': target})}", status_code=303)


def _safe_next(value: str) -> str:
    """Only a local path: never « //hôte » nor « https://… » (open redirect)."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def page(handler: Handler) -> Handler:
    """A page that needs a session (redirect to the login otherwise); a POST also needs its CSRF token."""

    async def endpoint(request: Request) -> Response:
        review: Review = request.app.state.review
        auth = session_of(review.review, request.cookies.get(SESSION_COOKIE))
        if auth is None:
            return _login_redirect(request)
        request.state.auth = auth
        if request.method == "POST":
            form = await _form(request)
            if form is None or not same(_first(form, "csrf"), auth[1]):
                return _error(request, 403, "Jeton de sécurité (CSRF) manquant ou périmé : rechargez la page "
                                            "puis recommencez.")
            request.state.form = form
        return await handler(request)

    return endpoint


# --- who sees what -----------------------------------------------------------------------------------------------------


def _commission_map(user: User, lot: str) -> dict[str, str] | None:
    """numero → commission for a commission member's filter; None: no commission column, everything visible.

    An unreadable candidats.csv hides everything from a commission member (never everything shown)."""
    if user.sees_everything:
        return None
    try:
        return commissions(lot)
    except OSError:
        return {}


def _visible(user: User, resultat: dict[str, Any], mapping: dict[str, str] | None) -> bool:
    if user.sees_everything:
        return True
    own = resultat.get("commission")
    if own is None and mapping is None:
        return True
    if own is None:
        own = mapping.get(str(resultat.get("numero"))) if mapping is not None else None
    return own is not None and user.commission is not None and str(own).strip() == user.commission


def _rows(review: Review, user: User, lot: str) -> list[dict[str, Any]]:
    mapping = _commission_map(user, lot)
    return [r for r in final_resultats(review.store, lot) if _visible(user, r, mapping)]


def _queue_key(r: dict[str, Any]) -> tuple[int, str]:
    order = 0 if needs_review(r) else 1 if r.get("statut") == "non_conforme" else 2
    return order, str(r.get("numero"))


def _candidate(request: Request) -> tuple[str, dict[str, Any]] | Response:
    """(lot, final result) of the page's candidate, or the error page (unknown: 404, not yours: 403)."""
    review: Review = request.app.state.review
    user: User = request.state.auth[0]
    lot = review.lot(request.path_params["cle"])
    if lot is None:
        return _error(request, 404, "Lot inconnu.")
    numero = request.path_params["numero"]
    stored = review.store.get_resultat(lot, numero)
    if stored is None:
        return _error(request, 404, "Candidat inconnu dans ce lot.")
    if not _visible(user, stored[1], _commission_map(user, lot)):
        return _error(request, 403, "Ce candidat relève d'une autre commission : accès refusé.")
    latest = review.review.decisions(lot, numero)
    return lot, apply_decision(stored[1], latest[-1] if latest else None)


# --- pages -----------------------------------------------------------------------------------------------------------


async def login_form(request: Request) -> Response:
    review: Review = request.app.state.review
    if session_of(review.review, request.cookies.get(SESSION_COOKIE)):
        return RedirectResponse(_safe_next(request.query_params.get("suite", "/")), status_code=303)
    return _login_page(request, "", 200)


def _login_page(request: Request, message: str, status: int, nom: str = "") -> Response:
    review: Review = request.app.state.review
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or new_token()
    response = _render(request, "connexion.html", {
        "login_csrf": token, "message": message, "nom": nom,
        "suite": _safe_next(request.query_params.get("suite", "/")),
    }, status)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=3600, httponly=True, samesite="strict",
                        secure=_secure(request, review), path="/connexion")
    return response


def _secure(request: Request, review: Review) -> bool:
    return review.https or request.url.scheme == "https"


async def login(request: Request) -> Response:
    review: Review = request.app.state.review
    form = await _form(request)
    if form is None or not same(_first(form, "csrf"), request.cookies.get(LOGIN_CSRF_COOKIE)):
        return _login_page(request, "Jeton de sécurité manquant ou périmé : recommencez.", 403)
    nom, password = _first(form, "nom").strip(), _first(form, "mot_de_passe")
    ip = _client(request)
    wait = review.limiter.wait(nom, ip)
    if wait > 0:
        minutes = max(1, round(wait / 60))
        return _login_page(request, f"Trop de tentatives de connexion : réessayez dans {minutes} minute(s).",
                           429, nom)
    user = authenticate(review.review, nom, password) if nom and password else None
    if user is None:
        review.limiter.failure(nom, ip)
        return _login_page(request, "Nom ou mot de passe incorrect.", 401, nom)
    review.limiter.success(nom)
    close_session(review.review, request.cookies.get(SESSION_COOKIE))
    token = open_session(review.review, user)
    response = RedirectResponse(_safe_next(_first(form, "suite") or "/"), status_code=303)
    response.set_cookie(SESSION_COOKIE, token, max_age=SESSION_HOURS * 3600, httponly=True, samesite="strict",
                        secure=_secure(request, review), path="/")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/connexion")
    return response


@page
async def logout(request: Request) -> Response:
    review: Review = request.app.state.review
    close_session(review.review, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/connexion", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@page
async def index(request: Request) -> Response:
    review: Review = request.app.state.review
    user: User = request.state.auth[0]
    lots = []
    for row in review.review.lots():
        lot = row["lot"]
        count = row["candidats"]
        if not user.sees_everything:
            mapping = _commission_map(user, lot)
            if mapping is not None:
                count = sum(1 for n in review.store.fingerprints(lot) if _visible(user, {"numero": n}, mapping))
            if count == 0:
                continue
        depot, code = split_lot(lot)
        lots.append({"cle": lot_key(lot), "depot": depot.name or str(depot), "chemin": str(depot),
                     "epreuve": code, "candidats": count, "maj_le": _moment(row["maj_le"])})
    if len(lots) == 1:
        return RedirectResponse(f"/lots/{lots[0]['cle']}", status_code=303)
    return _render(request, "lots.html", {"lots": lots})


def _filters(request: Request) -> dict[str, str]:
    q = request.query_params
    return {k: q.get(k, "").strip() for k in ("statut", "motif", "anomalie", "decide", "q")}


def _matches(r: dict[str, Any], f: dict[str, str]) -> bool:
    if f["statut"] == "a_verifier" and not needs_review(r):
        return False
    if f["statut"] in ("conforme", "non_conforme") and (r.get("statut") != f["statut"] or needs_review(r)):
        return False
    if f["motif"] and f["motif"] not in (r.get("motifs") or []):
        return False
    if f["anomalie"] and f["anomalie"] not in {a.get("code") for a in r.get("anomalies") or []}:
        return False
    if f["decide"] == "oui" and not r.get("decision"):
        return False
    if f["decide"] == "non" and r.get("decision"):
        return False
    if f["q"]:
        needle = fold(f["q"])
        hay = fold(" ".join(str(r.get(k) or "") for k in ("numero", "nom", "prenom")))
        if needle not in hay:
            return False
    return True


@page
async def lot_page(request: Request) -> Response:
    review: Review = request.app.state.review
    user: User = request.state.auth[0]
    lot = review.lot(request.path_params["cle"])
    if lot is None:
        return _error(request, 404, "Lot inconnu.")
    rows = sorted(_rows(review, user, lot), key=_queue_key)
    counts = Counter("a_verifier" if needs_review(r) else str(r.get("statut")) for r in rows)
    decided = sum(1 for r in rows if r.get("decision"))
    f = _filters(request)
    shown = [r for r in rows if _matches(r, f)]
    try:
        page_no = max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        page_no = 1
    pages = max(1, (len(shown) + PAGE_SIZE - 1) // PAGE_SIZE)
    page_no = min(page_no, pages)
    anomaly_codes = sorted({a.get("code") for r in rows for a in r.get("anomalies") or []
                            if a.get("gravite") != "info"} - {None}, key=lambda c: label(str(c)))
    depot, code = split_lot(lot)
    return _render(request, "lot.html", {
        "cle": request.path_params["cle"], "depot": depot.name, "epreuve": code,
        "rows": [_row_view(lot, r) for r in shown[(page_no - 1) * PAGE_SIZE: page_no * PAGE_SIZE]],
        "total": len(rows), "shown": len(shown), "counts": counts, "decided": decided,
        "filters": f, "motifs": [(m.value, label(m.value)) for m in MOTIFS],
        "anomalies": [(c, label(str(c))) for c in anomaly_codes],
        "page": page_no, "pages": pages,
        "page_url": lambda n: f"?{urlencode({**{k: v for k, v in f.items() if v}, 'page': n})}",
    })


def _row_view(lot: str, r: dict[str, Any]) -> dict[str, Any]:
    statut = "a_verifier" if needs_review(r) else str(r.get("statut"))
    reasons = list(dict.fromkeys(label(str(a.get("code"))) for a in r.get("anomalies") or []
                                 if a.get("gravite") == "a_verifier"))
    return {
        "numero": r.get("numero"), "nom": r.get("nom") or "", "prenom": r.get("prenom") or "",
        "url": review_path(lot, str(r.get("numero"))), "statut": statut, "statut_label": STATUT_LABELS.get(statut),
        "motifs": [label(m) for m in r.get("motifs") or []], "raisons": reasons, "decision": r.get("decision"),
    }


@page
async def candidate_page(request: Request) -> Response:
    found = _candidate(request)
    if isinstance(found, Response):
        return found
    lot, r = found
    return _candidate_view(request, lot, r)


def _candidate_view(request: Request, lot: str, r: dict[str, Any], *, errors: Sequence[str] = (),
                    values: dict[str, Any] | None = None, status: int = 200) -> Response:
    review: Review = request.app.state.review
    numero = str(r.get("numero"))
    base = review_path(lot, numero)
    model = Resultat.model_validate(r)
    anomalies = []
    for i, a in enumerate(r.get("anomalies") or []):
        preuve = a.get("preuve")
        anomalies.append({
            **a, "label": label(str(a.get("code"))), "gravite_label": GRAVITE_LABELS.get(a.get("gravite") or "", ""),
            "preuve_url": (f"{base}/preuves/{_preuve_id(lot, numero, i, preuve)}"
                           if isinstance(preuve, str) and _evidence_path(review, preuve) else None),
            "preuve_absente": isinstance(preuve, str) and not _evidence_path(review, preuve),
        })
    order = {"motif": 0, "a_verifier": 1, "info": 2}
    anomalies.sort(key=lambda a: order.get(a.get("gravite") or "a_verifier", 1))
    files = []
    for p in r.get("pieces") or []:
        path = _piece_path(lot, numero, p)
        kind = _sniff(path)[1] if path else "absent"
        files.append({"fichier": p.get("fichier"), "type": PIECE_LABELS.get(p.get("type"), p.get("type")),
                      "pages": p.get("pages"), "octets": p.get("octets"), "kind": kind,
                      "url": f"{base}/fichiers/{_file_id(lot, numero, p)}" if path else None})
    signatures = [{"piece": s.piece, "page": s.page, "nature": NATURE_LABELS.get(s.nature, s.nature),
                   "etat": signature_state(s), "signataire": s.signataire, "detail": s.detail}
                  for s in model.signatures]
    machine = r.get("verdict_machine") or {"statut": r.get("statut"), "motifs": r.get("motifs") or []}
    decision = r.get("decision")
    default = values or {
        "statut": decision["statut"] if decision else ("non_conforme" if machine.get("statut") == "non_conforme"
                                                       else ""),
        "motifs": (decision or machine).get("motifs") or [],
        "commentaire": "",
    }
    return _render(request, "candidat.html", {
        "cle": request.path_params["cle"], "lot_url": f"/lots/{request.path_params['cle']}",
        "action": f"{base}/decision", "r": r, "statut_label": STATUT_LABELS.get(str(r.get("statut"))),
        "machine": machine, "machine_label": STATUT_LABELS.get(str(machine.get("statut"))),
        "machine_motifs": [label(m) for m in machine.get("motifs") or []],
        "decision": decision, "a_revoir": bool(decision and decision.get("a_revoir")),
        "decision_le": _fr_datetime(decision.get("le")) if decision else "",
        "anomalies": anomalies, "files": files, "signatures": signatures,
        "stage": r.get("stage"), "penalites": r.get("penalites") or [],
        "depose_le": _fr_datetime(r.get("depose_le")), "date_limite": _fr_datetime(r.get("date_limite")),
        "motifs": [(m.value, label(m.value)) for m in MOTIFS], "decision_statuts": DECISION_STATUTS,
        "history": [{"le": fr_moment(d.le), "par": d.par, "statut": DECISION_STATUTS[d.statut],
                     "motifs": [label(m) for m in d.motifs], "commentaire": d.commentaire,
                     "machine": STATUT_LABELS.get(d.statut_machine, d.statut_machine)}
                    for d in reversed(history(review.review, lot, numero))],
        "errors": list(errors), "values": default, "saved": request.query_params.get("enregistre") == "1",
        "fr_date": _fr_date, "number": _number,
    }, status)


@page
async def decide(request: Request) -> Response:
    review: Review = request.app.state.review
    user: User = request.state.auth[0]
    found = _candidate(request)
    if isinstance(found, Response):
        return found
    lot, r = found
    form: dict[str, list[str]] = request.state.form
    statut, motifs, commentaire = _first(form, "statut"), form.get("motif", []), _first(form, "commentaire")
    errors, _ = decision_errors(statut, motifs, commentaire, user.nom)
    if not errors:
        try:
            record_decision(review.review, lot, str(r["numero"]), statut=statut, motifs=motifs,
                            commentaire=commentaire, par=user.nom)
        except BtsError as exc:
            errors = [exc.message]
    if errors:
        values = {"statut": statut, "motifs": motifs, "commentaire": commentaire}
        return _candidate_view(request, lot, r, errors=errors, values=values, status=400)
    return RedirectResponse(f"{review_path(lot, str(r['numero']))}?enregistre=1", status_code=303)


@page
async def next_to_check(request: Request) -> Response:
    """The next candidate of the « à vérifier » queue after `apres` (or the first one)."""
    review: Review = request.app.state.review
    user: User = request.state.auth[0]
    lot = review.lot(request.path_params["cle"])
    if lot is None:
        return _error(request, 404, "Lot inconnu.")
    after = request.query_params.get("apres", "")
    queue = sorted((r for r in _rows(review, user, lot) if needs_review(r)), key=_queue_key)
    nxt = next((r for r in queue if str(r.get("numero")) > after), None) or (queue[0] if queue else None)
    if nxt is None or str(nxt.get("numero")) == after:
        return RedirectResponse(f"/lots/{request.path_params['cle']}", status_code=303)
    return RedirectResponse(review_path(lot, str(nxt.get("numero"))), status_code=303)


# --- files and evidence, by id ---------------------------------------------------------------------------------------


def _piece_path(lot: str, numero: str, piece: dict[str, Any]) -> Path | None:
    """The deposited file of a stored piece, only if it is a regular file inside DEPOT/numero."""
    if numero_problem(numero):
        return None
    depot = split_lot(lot)[0]
    try:
        folder = (depot / numero).resolve()
        path = (folder / str(piece.get("fichier") or "")).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if not _inside(folder, depot.resolve()) or not _inside(path, folder) or path == folder:
        return None
    return path if path.is_file() else None


def _evidence_path(review: Review, preuve: str) -> Path | None:
    """An evidence PNG under one of the evidence folders (relative path; nothing outside them)."""
    if not preuve or Path(preuve).is_absolute() or "\0" in preuve:
        return None
    for root in review.preuves:
        try:
            base = root.resolve()
            path = (base / preuve).resolve()
        except (OSError, RuntimeError, ValueError):
            continue
        if _inside(path, base) and path.is_file() and _sniff(path)[0] == "image/png":
            return path
    return None


def _file_response(path: Path, name: str) -> Response:
    ctype, kind = _sniff(path)
    disposition = "inline" if kind in ("pdf", "image") else "attachment"
    response = FileResponse(path, media_type=ctype, content_disposition_type=disposition, filename=name)
    if kind != "pdf":  # Chrome's PDF viewer does not run in a sandboxed document
        response.headers["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    return response


@page
async def file_by_id(request: Request) -> Response:
    found = _candidate(request)
    if isinstance(found, Response):
        return found
    lot, r = found
    numero, fid = str(r.get("numero")), request.path_params["fid"]
    for p in r.get("pieces") or []:
        if _file_id(lot, numero, p) == fid:
            path = _piece_path(lot, numero, p)
            if path is None:
                return _error(request, 404, "Fichier absent du dépôt.")
            return _file_response(path, Path(str(p.get("fichier"))).name)
    return _error(request, 404, "Fichier inconnu.")


@page
async def evidence_by_id(request: Request) -> Response:
    review: Review = request.app.state.review
    found = _candidate(request)
    if isinstance(found, Response):
        return found
    lot, r = found
    numero, pid = str(r.get("numero")), request.path_params["pid"]
    for i, a in enumerate(r.get("anomalies") or []):
        preuve = a.get("preuve")
        if isinstance(preuve, str) and _preuve_id(lot, numero, i, preuve) == pid:
            path = _evidence_path(review, preuve)
            if path is None:
                return _error(request, 404, "Image de preuve absente.")
            return _file_response(path, path.name)
    return _error(request, 404, "Image de preuve inconnue.")


# --- downloads ----------------------------------------------------------------------------------------------------------


def _download(data: bytes, name: str, ctype: str) -> Response:
    return Response(data, media_type=ctype,
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


@page
async def report(request: Request) -> Response:
    from generators.report_xlsx import report_bytes

    review: Review = request.app.state.review
    user: User = request.state.auth[0]
    lot = review.lot(request.path_params["cle"])
    if lot is None:
        return _error(request, 404, "Lot inconnu.")
    code = split_lot(lot)[1]
    rows = [Resultat.model_validate(r) for r in _rows(review, user, lot)]
    base = f"{request.url.scheme}://{request.url.netloc}"
    data = report_bytes(rows, title=f"Contrôle {code}", lot=lot, base_url=base)
    return _download(data, f"rapport_{code}.xlsx",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@page
async def proces_verbal(request: Request) -> Response:
    from generators.proces_verbal import build_pv, pv_pdf, pv_xlsx

    review: Review = request.app.state.review
    user: User = request.state.auth[0]
    lot = review.lot(request.path_params["cle"])
    if lot is None:
        return _error(request, 404, "Lot inconnu.")
    if request.path_params["format"] not in ("pdf", "xlsx"):
        return _error(request, 404, "Format inconnu : pdf ou xlsx.")
    code = split_lot(lot)[1]
    rows = sorted((Resultat.model_validate(r) for r in _rows(review, user, lot)), key=lambda r: r.numero)
    members = [u["nom"] for u in review.review.list_users()
               if u["actif"] and u["role"] == "commission"
               and (user.sees_everything or u["commission"] == user.commission)]
    pv = build_pv(rows, epreuve=code, commission=user.commission, date=date.today().isoformat(),
                  membres=members if not user.sees_everything else [])
    if request.path_params["format"] == "pdf":
        return _download(pv_pdf(pv), f"{pv.stem()}.pdf", "application/pdf")
    return _download(pv_xlsx(pv), f"{pv.stem()}.xlsx",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


# --- the application ----------------------------------------------------------------------------------------------------


class SecurityHeaders:
    """no-store on everything but the style sheet; CSP, no framing by others, no referrer, no sniffing."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope.get("path", "").startswith("/static/")

        async def wrapped(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in (b"cache-control",) or static]
                names = {k.lower() for k, _ in headers}
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                    headers.append((b"pragma", b"no-cache"))
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers += [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"SAMEORIGIN"),
                            (b"referrer-policy", b"no-referrer"),
                            (b"cross-origin-opener-policy", b"same-origin")]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, wrapped)


def _env_paths() -> list[Path]:
    raw = os.environ.get("BTS_PREUVES_DIR", "")
    paths = [Path(p).expanduser() for p in raw.split(os.pathsep) if p.strip()]
    if not paths:
        from pipeline.settings import home

        paths = [home() / "preuves"]
    return paths


def create_app(
    *,
    database_url: str | None = None,
    preuves: Sequence[Path | str] | None = None,
    https: bool | None = None,
    limiter: LoginLimiter | None = None,
) -> Any:
    """The ASGI application (also uvicorn's factory: `web.app:create_app`, settings from the environment)."""
    store = Store(database_url)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(label=label, fr_datetime=_fr_datetime)
    review = Review(
        store=store,
        review=ReviewStore(store),
        preuves=[Path(p) for p in preuves] if preuves is not None else _env_paths(),
        https=https if https is not None else os.environ.get("BTS_REVIEW_HTTPS", "") in ("1", "oui", "true"),
        limiter=limiter or LoginLimiter(),
        env=env,
    )
    cand = "/lots/{cle}/candidats/{numero:path}"
    routes = [
        Route("/connexion", login_form, methods=["GET"]),
        Route("/connexion", login, methods=["POST"]),
        Route("/deconnexion", logout, methods=["POST"]),
        Route("/", index, methods=["GET"]),
        Route("/lots/{cle}", lot_page, methods=["GET"]),
        Route("/lots/{cle}/suivant", next_to_check, methods=["GET"]),
        Route("/lots/{cle}/rapport.xlsx", report, methods=["GET"]),
        Route("/lots/{cle}/proces-verbal.{format:str}", proces_verbal, methods=["GET"]),
        Route(cand + "/fichiers/{fid}", file_by_id, methods=["GET"]),
        Route(cand + "/preuves/{pid}", evidence_by_id, methods=["GET"]),
        Route(cand + "/decision", decide, methods=["POST"]),
        Route(cand, candidate_page, methods=["GET"]),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes)
    app.state.review = review
    return SecurityHeaders(app)
