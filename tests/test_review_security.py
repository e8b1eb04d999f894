"""The review pages seen by an HTTP client: sessions, CSRF, rate limits, who sees what, files by id only."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from urllib.parse import urlencode

import pytest
from review_support import PASSWORD, add_accounts, synthetic_lot

from pipeline.decisions import final_resultats, lot_key, review_path
from pipeline.storage import ReviewStore, Store
from web.security import LoginLimiter

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
PERSONAL = ("Durand", "DURAND", "Léa", "26SIO0001", "Bernard", "26SIO0003")


class Env:
    def __init__(self, tmp_path: Path, **kwargs: object):
        self.url = f"sqlite:///{tmp_path / 'db' / 'review.sqlite'}"
        self.store = Store(self.url)
        self.review = ReviewStore(self.store)
        self.lot, self.depot, self.preuves = synthetic_lot(tmp_path, self.store)
        add_accounts(self.review)
        from web.app import create_app

        self.app = create_app(database_url=self.url, preuves=[self.preuves], **kwargs)  # type: ignore[arg-type]

    def client(self, base_url: str = "http://testserver") -> TestClient:
        return TestClient(self.app, base_url=base_url, follow_redirects=False)

    def login(self, nom: str, client: TestClient | None = None) -> TestClient:
        c = client or self.client()
        page = c.get("/connexion")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token, page.text
        r = c.post("/connexion", data={"csrf": token.group(1), "nom": nom, "mot_de_passe": PASSWORD, "suite": "/"})
        assert r.status_code == 303, r.text
        return c

    def cand(self, numero: str) -> str:
        return review_path(self.lot, numero)


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m
    return m.group(1)


@pytest.fixture
def env(tmp_path: Path) -> Env:
    return Env(tmp_path)


def test_no_session_redirects_to_login_without_personal_data(env: Env) -> None:
    c = env.client()
    page = env.cand("26SIO0001")
    html = c.get(page).text
    urls = ["/", f"/lots/{lot_key(env.lot)}", page, f"{page}/fichiers/0123", f"{page}/preuves/0123",
            f"/lots/{lot_key(env.lot)}/rapport.xlsx", f"/lots/{lot_key(env.lot)}/proces-verbal.pdf",
            f"/lots/{lot_key(env.lot)}/suivant"]
    for url in urls:
        r = c.get(url)
        assert r.status_code == 303 and r.headers["location"].startswith("/connexion?suite="), url
        assert not any(p in r.text for p in PERSONAL), url
    r = c.post(f"{page}/decision", data={"statut": "conforme", "commentaire": "x"})
    assert r.status_code == 303 and r.headers["location"] == "/connexion?" + urlencode({"suite": page})
    login = c.get("/connexion")
    assert login.status_code == 200 and not any(p in login.text for p in PERSONAL)
    assert "no-store" in login.headers["cache-control"]
    assert not any(p in html for p in PERSONAL)
    assert env.review.decisions(env.lot) == []


def test_session_cookie_flags_and_secure_behind_https(env: Env) -> None:
    c = env.client()
    token = csrf_of(c.get("/connexion").text)
    r = c.post("/connexion", data={"csrf": token, "nom": "M. Petit", "mot_de_passe": PASSWORD})
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("bts_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie
    s = env.client("https://testserver")
    token = csrf_of(s.get("/connexion").text)
    r = s.post("/connexion", data={"csrf": token, "nom": "M. Petit", "mot_de_passe": PASSWORD})
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("bts_session="))
    assert "Secure" in cookie and "HttpOnly" in cookie
    # the database holds a hash of the session token, never the token itself
    value = cookie.split(";")[0].split("=", 1)[1]
    from sqlalchemy import select

    from pipeline.storage import review_sessions

    with env.store.engine.connect() as conn:
        stored = [row.jeton for row in conn.execute(select(review_sessions))]
    assert value not in stored and len(stored) == 2


def test_login_needs_csrf_and_wrong_password_is_refused(env: Env) -> None:
    c = env.client()
    c.get("/connexion")
    r = c.post("/connexion", data={"nom": "M. Petit", "mot_de_passe": PASSWORD})
    assert r.status_code == 403 and "bts_session" not in r.headers.get("set-cookie", "")
    token = csrf_of(c.get("/connexion").text)
    r = c.post("/connexion", data={"csrf": token, "nom": "M. Petit", "mot_de_passe": "mauvais-mot-de-passe"})
    assert r.status_code == 401 and "Nom ou mot de passe incorrect" in r.text
    r = c.post("/connexion", data={"csrf": token, "nom": "Inconnu", "mot_de_passe": PASSWORD})
    assert r.status_code == 401


def test_login_attempts_are_rate_limited(tmp_path: Path) -> None:
    now = [1000.0]
    env = Env(tmp_path, limiter=LoginLimiter(per_name=3, per_address=10, window=600, clock=lambda: now[0]))
    c = env.client()
    token = csrf_of(c.get("/connexion").text)
    for _ in range(3):
        r = c.post("/connexion", data={"csrf": token, "nom": "M. Petit", "mot_de_passe": "faux-mot-de-passe"})
        assert r.status_code == 401
    r = c.post("/connexion", data={"csrf": token, "nom": "M. Petit", "mot_de_passe": PASSWORD})
    assert r.status_code == 429 and "Trop de tentatives" in r.text and "10 minute" in r.text
    now[0] += 601
    r = c.post("/connexion", data={"csrf": token, "nom": "M. Petit", "mot_de_passe": PASSWORD})
    assert r.status_code == 303


def test_post_without_csrf_is_refused(env: Env) -> None:
    c = env.login("M. Petit")
    page = env.cand("26SIO0001")
    assert c.get(page).status_code == 200
    form = {"statut": "conforme", "commentaire": "signature vue sur l'original"}
    assert c.post(f"{page}/decision", data=form).status_code == 403
    assert c.post(f"{page}/decision", data={**form, "csrf": "faux"}).status_code == 403
    assert c.post(f"{page}/decision", content=b'{"statut": "conforme"}',
                  headers={"content-type": "application/json"}).status_code == 403
    assert c.post("/deconnexion").status_code == 403
    assert env.review.decisions(env.lot) == []
    token = csrf_of(c.get(page).text)
    r = c.post(f"{page}/decision", data={**form, "csrf": token})
    assert r.status_code == 303
    assert [d["par"] for d in env.review.decisions(env.lot)] == ["M. Petit"]


def test_other_commission_candidate_refused(env: Env) -> None:
    c = env.login("M. Petit")  # commission 1: 26SIO0001 and 26SIO0002; 26SIO0003 is commission 2
    other = env.cand("26SIO0003")
    r = c.get(other)
    assert r.status_code == 403 and "autre commission" in r.text and "Bernard" not in r.text
    token = csrf_of(c.get(env.cand("26SIO0001")).text)
    r = c.post(f"{other}/decision", data={"csrf": token, "statut": "conforme", "commentaire": "vu"})
    assert r.status_code == 403 and env.review.decisions(env.lot) == []
    stored = env.store.get_resultat(env.lot, "26SIO0003")
    assert stored is not None
    from web.app import _file_id

    fid = _file_id(env.lot, "26SIO0003", stored[1]["pieces"][0])
    assert c.get(f"{other}/fichiers/{fid}").status_code == 403
    overview = c.get(f"/lots/{lot_key(env.lot)}").text
    assert "26SIO0001" in overview and "26SIO0003" not in overview and "Bernard" not in overview
    assert "26SIO0003" not in c.get(f"/lots/{lot_key(env.lot)}?q=Bernard").text
    report = c.get(f"/lots/{lot_key(env.lot)}/rapport.xlsx")
    assert report.status_code == 200 and b"26SIO0003" not in report.content
    # the DEC sees every commission
    d = env.login("Mme Durand", env.client())
    assert d.get(other).status_code == 200
    assert "26SIO0003" in d.get(f"/lots/{lot_key(env.lot)}").text


def test_commission_filter_follows_the_manifest(env: Env) -> None:
    c = env.login("M. Petit")
    csv = env.depot / "candidats.csv"
    text = csv.read_text(encoding="utf-8")
    csv.write_text("\n".join(";".join(line.split(";")[:7]) for line in text.splitlines()) + "\n", encoding="utf-8")
    assert c.get(env.cand("26SIO0003")).status_code == 200  # no commission column: everyone sees everything
    csv.unlink()
    assert c.get(env.cand("26SIO0001")).status_code == 403  # unreadable manifest: nothing, never everything


def test_files_only_by_known_id(env: Env) -> None:
    c = env.login("M. Petit")
    page = env.cand("26SIO0001")
    html = c.get(page).text
    files = re.findall(r'href="([^"]+/fichiers/[0-9a-f]+)"', html)
    assert len(set(files)) == 3
    pdf = c.get(files[0])
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF") and pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["cache-control"] == "no-store" and pdf.headers["x-content-type-options"] == "nosniff"
    xlsx = c.get(files[2])
    assert xlsx.headers["content-type"] == "application/octet-stream"
    assert xlsx.headers["content-disposition"].startswith("attachment")
    for bad in ("0" * 20, "..%2F..%2Fcandidats.csv", "portfolio.pdf", "%2Fetc%2Fpasswd"):
        r = c.get(f"{page}/fichiers/{bad}")
        assert r.status_code == 404, bad
        assert b"%PDF" not in r.content
    assert c.get(f"{page}/preuves/{'f' * 20}").status_code == 404
    img = re.findall(r'src="([^"]+/preuves/[0-9a-f]+)"', html)
    assert len(img) == 1  # the second anomaly's image is absent: the page says so instead
    assert "Image de preuve introuvable" in html
    r = c.get(img[0])
    assert r.status_code == 200 and r.content.startswith(b"\x89PNG") and r.headers["content-type"] == "image/png"
    # an anomaly whose `preuve` climbs out of the evidence folder is never served
    stored = env.store.get_resultat(env.lot, "26SIO0001")
    assert stored is not None
    data = stored[1]
    data["anomalies"][0]["preuve"] = "../depot/26SIO0001/attestation.pdf"
    env.store.save_resultat(env.lot, "26SIO0001", stored[0], data)
    assert "/preuves/" not in c.get(page).text.split("Constats", 1)[1].split("Fichiers déposés", 1)[0]
    assert c.get(f"/lots/{lot_key(env.lot)}/candidats/..%2Fdepot").status_code == 404
    assert c.get("/lots/0000000000000000").status_code == 404


def test_no_store_on_personal_pages_and_static_cached(env: Env) -> None:
    c = env.login("Mme Durand")
    for url in (f"/lots/{lot_key(env.lot)}", env.cand("26SIO0001")):
        r = c.get(url)
        assert r.headers["cache-control"] == "no-store" and "default-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["referrer-policy"] == "no-referrer"
    assert "no-store" not in c.get("/static/style.css").headers.get("cache-control", "")


def test_decision_form_validation_and_history(env: Env) -> None:
    c = env.login("M. Petit")
    page = env.cand("26SIO0001")
    token = csrf_of(c.get(page).text)
    r = c.post(f"{page}/decision", data={"csrf": token, "statut": "non_conforme", "commentaire": "  "})
    assert r.status_code == 400
    assert "au moins un motif officiel" in r.text and "commentaire obligatoire" in r.text
    r = c.post(f"{page}/decision", data={"csrf": token, "statut": "non_conforme", "motif": "plagiat",
                                         "commentaire": "x"})
    assert r.status_code == 400 and "motif « plagiat » inconnu" in r.text
    r = c.post(f"{page}/decision", data={"csrf": token, "statut": "non_conforme", "motif": "documents_non_signes",
                                         "commentaire": "attestation sans signature du tuteur"})
    assert r.status_code == 303
    r = c.post(f"{page}/decision", data={"csrf": token, "statut": "conforme",
                                         "commentaire": "original signé présenté le jour du contrôle"})
    html = c.get(r.headers["location"]).text
    assert "Décision enregistrée" in html and 'id="statut-final">conforme<' in html
    history = html.split('id="historique"', 1)[1]
    assert history.index("original signé") < history.index("sans signature du tuteur")  # newest first
    final = {r["numero"]: r for r in final_resultats(env.store, env.lot)}
    assert final["26SIO0001"]["statut"] == "conforme"
    assert final["26SIO0001"]["decision"]["par"] == "M. Petit"
    assert final["26SIO0001"]["decision"]["statut_machine"] == "a_verifier"
    overview = c.get(f"/lots/{lot_key(env.lot)}?decide=oui").text
    assert "26SIO0001" in overview and "26SIO0002" not in overview


def test_disabled_account_loses_its_session(env: Env) -> None:
    from pipeline.accounts import set_active

    c = env.login("M. Petit")
    assert c.get("/lots/" + lot_key(env.lot)).status_code == 200
    set_active(env.review, "M. Petit", False)
    assert c.get("/lots/" + lot_key(env.lot)).status_code == 303
    token = csrf_of(c.get("/connexion").text)
    r = c.post("/connexion", data={"csrf": token, "nom": "M. Petit", "mot_de_passe": PASSWORD})
    assert r.status_code == 401


def test_logout_ends_the_session(env: Env) -> None:
    c = env.login("M. Petit")
    token = csrf_of(c.get("/lots/" + lot_key(env.lot)).text)
    cookie = c.cookies.get("bts_session")
    assert c.post("/deconnexion", data={"csrf": token}).status_code == 303
    again = env.client()
    again.cookies.set("bts_session", cookie or "")
    assert again.get("/lots/" + lot_key(env.lot)).status_code == 303


def test_open_redirect_refused(env: Env) -> None:
    c = env.client()
    token = csrf_of(c.get("/connexion").text)
    r = c.post("/connexion", data={"csrf": token, "nom": "M. Petit", "mot_de_passe": PASSWORD,
                                   "suite": "//evil.example/x"})
    assert r.status_code == 303 and r.headers["location"] == "/"
