"""The review in a real browser: Debian's chromium driven by selenium against `bts review` served by uvicorn on
127.0.0.1. Log in with the keyboard, filter, open a candidate, see the evidence image, decide with a comment;
then `bts check --force`, its JSON and XLSX, and the forms follow the decision. The screenshots of the README
(docs/revue_apercu.png, docs/revue_candidat.png) are taken here.

Skipped only when chromium or its driver is absent (scripts/install.sh installs them, so CI runs it).
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from review_support import (
    PASSWORD,
    full_dossier,
    make_attestation,
    make_evidence_png,
    sio_2026,
    write_depot,
)
from typer.testing import CliRunner

from pipeline.storage import ReviewStore, Store

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="chromium et chromium-driver absents : installez-les (scripts/install.sh, ou apt-get install chromium "
    "chromium-driver)",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def lot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """A real check of three dossiers; the à vérifier one gets an evidence image as the check writes them."""
    from pipeline.accounts import create_user
    from pipeline.check import lot_id, run_batch

    monkeypatch.setenv("BTS_DATABASE_URL", f"sqlite:///{tmp_path / 'db' / 'bts.sqlite'}")
    depot, preuves = tmp_path / "depot", tmp_path / "preuves"
    write_depot(depot, [
        "26SIO0201;Durand;Léa;SISR;ponctuelle;E5;2026-04-20 10:00;1",
        "26SIO0202;Martin;Hugo;SLAM;ponctuelle;E5;2026-04-21 09:00;1",
        "26SIO0203;Bernard;Zoé;SLAM;ponctuelle;E5;2026-04-23 08:00;2",
    ])
    full_dossier(depot / "26SIO0201")
    full_dossier(depot / "26SIO0202")
    make_attestation(depot / "26SIO0202" / "attestation.pdf", "pendant plusieurs semaines au printemps")
    full_dossier(depot / "26SIO0203")
    store = Store()
    session = sio_2026()
    report = run_batch(depot, session, "E5", store, workers=0)
    statuts = {r.numero: r.statut for r in report.resultats}
    assert statuts == {"26SIO0201": "conforme", "26SIO0202": "a_verifier", "26SIO0203": "non_conforme"}, [
        (r.numero, [a.code for a in r.anomalies]) for r in report.resultats]
    key = lot_id(depot, "E5")
    stored = store.get_resultat(key, "26SIO0202")
    assert stored is not None
    fp, data = stored
    target = next(a for a in data["anomalies"] if a.get("gravite") == "a_verifier")
    target["preuve"] = "26SIO0202/attestation_p1_z1.png"
    make_evidence_png(preuves / target["preuve"])
    store.save_resultat(key, "26SIO0202", fp, data)  # same fingerprint: a re-check keeps it
    create_user(ReviewStore(store), "M. Petit", "commission", PASSWORD, "1")
    session_file = tmp_path / "session.json"
    session_file.write_text(session.model_dump_json(), encoding="utf-8")
    return {"depot": depot, "preuves": preuves, "lot": key, "session": session_file, "store": store}


@pytest.fixture
def server(lot: dict[str, object]) -> Iterator[str]:
    import uvicorn

    from web.app import create_app

    port = free_port()
    app = create_app(preuves=[lot["preuves"]])  # type: ignore[list-item]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn n'a pas démarré"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=fr-FR", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def shot(driver: object, name: str, height: int | None = None) -> Path:
    """A PNG of the whole page into docs/ (for the README)."""
    d: object = driver
    full = height or d.execute_script("return Math.max(document.body.scrollHeight, 900)")  # type: ignore[attr-defined]
    d.set_window_size(1280, min(int(full) + 40, 4000))  # type: ignore[attr-defined]
    path = ROOT / "docs" / name
    path.parent.mkdir(exist_ok=True)
    d.save_screenshot(str(path))  # type: ignore[attr-defined]
    d.set_window_size(1280, 1000)  # type: ignore[attr-defined]
    return path


def test_review_in_a_real_browser(lot: dict[str, object], server: str, browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    d: object = browser
    finds = d.find_elements  # type: ignore[attr-defined]

    def find(by: str, value: str) -> Any:
        """The element once the page that holds it has loaded (a click returns before the next page)."""
        return WebDriverWait(d, 15).until(ec.presence_of_element_located((by, value)))

    def until_url(part: str) -> None:
        WebDriverWait(d, 15).until(ec.url_contains(part))

    # 1. every page needs a session: the overview sends to the login; log in with the keyboard only
    d.get(server + "/")  # type: ignore[attr-defined]
    assert "/connexion" in d.current_url  # type: ignore[attr-defined]
    assert "Martin" not in d.page_source  # type: ignore[attr-defined]
    find(By.ID, "nom").send_keys("M. Petit", Keys.TAB)
    d.switch_to.active_element.send_keys(PASSWORD, Keys.RETURN)  # type: ignore[attr-defined]
    until_url("/lots/")

    # 2. the overview: counts per statut, the à vérifier queue first, only commission 1's candidates
    assert find(By.TAG_NAME, "h1").text.startswith("Épreuve E5")
    rows = [r.text for r in finds(By.CSS_SELECTOR, "table.candidats tbody tr")]
    assert rows[0].startswith("26SIO0202") and len(rows) == 2, rows
    assert "26SIO0203" not in d.page_source  # type: ignore[attr-defined]
    assert "à vérifier : 1" in find(By.CSS_SELECTOR, "ul.comptes").text
    assert shot(d, "revue_apercu.png").stat().st_size > 10_000

    # 3. filter: à vérifier only, then search by name
    Select(find(By.ID, "statut")).select_by_value("a_verifier")
    find(By.CSS_SELECTOR, "form.filtres button[type=submit]").click()
    until_url("statut=a_verifier")
    rows = [r.text for r in finds(By.CSS_SELECTOR, "table.candidats tbody tr")]
    assert len(rows) == 1 and rows[0].startswith("26SIO0202")
    Select(find(By.ID, "statut")).select_by_value("")
    find(By.ID, "q").send_keys("durand", Keys.RETURN)
    until_url("q=durand")
    rows = [r.text for r in finds(By.CSS_SELECTOR, "table.candidats tbody tr")]
    assert len(rows) == 1 and rows[0].startswith("26SIO0201")
    find(By.LINK_TEXT, "Effacer les filtres").click()
    WebDriverWait(d, 15).until(lambda drv: "q=" not in drv.current_url)

    # 4. the candidate: verdict, anomaly with its evidence image (loaded), the files inline
    find(By.LINK_TEXT, "26SIO0202").click()
    until_url("/candidats/26SIO0202")
    assert "MARTIN Hugo" in find(By.TAG_NAME, "h1").text
    assert find(By.ID, "statut-final").text == "à vérifier"
    img = find(By.CSS_SELECTOR, "img.preuve")
    deadline = time.monotonic() + 10
    while not d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img):  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, "image de preuve non chargée"
        time.sleep(0.1)
    assert d.execute_script("return arguments[0].naturalWidth", img) == 420  # type: ignore[attr-defined]
    assert "période de stage introuvable" in d.page_source  # type: ignore[attr-defined]
    assert finds(By.CSS_SELECTOR, "details.fichier iframe"), "le PDF s'affiche dans la page"
    assert shot(d, "revue_candidat.png").stat().st_size > 20_000

    # 5. decide: non conforme without a motif is refused in French, then with a motif and a comment
    find(By.ID, "statut-non_conforme").click()
    find(By.ID, "commentaire").send_keys("L'attestation ne donne aucune date : 4 semaines selon le tuteur joint.")
    find(By.ID, "enregistrer").click()
    assert "au moins un motif officiel" in find(By.ID, "erreurs").text
    find(By.ID, "motif-duree_stage_insuffisante").click()
    find(By.ID, "enregistrer").click()
    assert "Décision enregistrée" in find(By.CSS_SELECTOR, "p.succes").text
    assert find(By.ID, "statut-final").text == "non conforme"
    history = find(By.ID, "historique").text
    assert "M. Petit" in history and "aucune date" in history and "durée de stage insuffisante" in history

    # 6. results, report and forms follow the decision, even after bts check --force
    from cli import app
    from generators.fill import run_fill

    out, rapport = tmp_path / "resultats.json", tmp_path / "rapport.xlsx"
    r = CliRunner().invoke(app, ["check", str(lot["depot"]), "-s", str(lot["session"]), "-e", "E5", "--out",
                                 str(out), "--report", str(rapport), "--workers", "0", "--force"])
    assert r.exit_code == 0, r.output
    results = {x["numero"]: x for x in json.loads(out.read_text(encoding="utf-8"))["resultats"]}
    assert results["26SIO0202"]["statut"] == "non_conforme"
    assert results["26SIO0202"]["motifs"] == ["duree_stage_insuffisante"]
    assert results["26SIO0202"]["decision"]["par"] == "M. Petit"
    assert results["26SIO0202"]["decision"]["statut_machine"] == "a_verifier"
    ws = load_workbook(rapport).worksheets[0]
    header = [c.value for c in ws[1]]
    line = next(line for line in ws.iter_rows(min_row=2) if line[0].value == "26SIO0202")
    row = {h: c.value for h, c in zip(header, line, strict=False)}
    assert row["Statut"] == "non conforme" and "M. Petit" in row["Décision de la commission"]
    assert line[header.index("Revue")].hyperlink.target.endswith("/candidats/26SIO0202")
    forms = run_fill(lot["session"], tmp_path / "annexes", controle=out, pdf=False)  # type: ignore[arg-type]
    names = {p.docx.name for p in forms.produced}
    assert "26SIO0202_MARTIN_VI-2.docx" in names  # fiche de contrôle de conformité
    assert not any(n.startswith("26SIO0202") and ("VI-3" in n or "VI-4" in n) for n in names)  # not interrogated
