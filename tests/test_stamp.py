"""Stamped PDFs (`bts fill`): each template laid out once by LibreOffice, every candidate's values written
on its pages. Read back with pdftotext, compared pixel by pixel with LibreOffice's own rendering of the
same DOCX, and checked when it cannot be stamped (fallback to LibreOffice, said in report.notices).

The LibreOffice runs are module-scoped: one stamped run and one LibreOffice-only run of the same
candidates (BTS_STAMP=0), in a private layout cache.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tracemalloc
import zipfile
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

from generators import annexes
from generators.annexes import candidate_values, fill, formset_for, stamp_pdfs
from generators.layout import Field, leaves
from generators.stamp import stream_commission
from pipeline.evaluations import Candidat, Evaluation
from pipeline.models import Evenement, Examen, SessionData, Source

HAS_TOOLS = all(shutil.which(t) for t in ("pdftotext",)) and bool(shutil.which("soffice") or shutil.which("libreoffice"))
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not HAS_TOOLS, reason="LibreOffice / pdftotext absent")]

LEVELS = ["equipe", "patrimoine", "incidents", "presence_en_ligne", "projet", "mise_a_disposition",
          "developpement_professionnel"]
LONG = " ".join(f"Observation{i} détaillée sur la présentation et les échanges du candidat." for i in range(90))
MEDIUM = " ".join(f"Remarque{i} sur le parcours et la démarche." for i in range(30))
DPI = 100


def session() -> SessionData:
    return SessionData(
        source=Source(fichier="circulaire.pdf", sha256="b" * 64, format="pdf"),
        examen=Examen(sigle="SIO", session=2026),
        evenements=[Evenement(type="controle_conformite", debut="2026-05-06T14:00", epreuves=["E5"], libelle="c")],
    )


def people() -> tuple[list[Candidat], dict[str, Evaluation]]:
    rows = [("26SIO0101", "Œuvray", "Léa", "SLAM", "ccf", "Présentation claire.\nParcours complet & précis."),
            ("26SIO0102", "Lefèvre-Noël", "Maëlle", "SISR", "ponctuelle", "Très bien."),
            ("26SIO0103", "Dupont", "Jérôme", "SISR", "ponctuelle", ""),
            ("26SIO0104", "Müller", "Anaïs", "SLAM", "ponctuelle", MEDIUM),
            ("26SIO0105", "Benoît", "Élise", "SISR", "ccf", LONG)]
    cands, evals = [], {}
    for i, (numero, nom, prenom, option, forme, obs) in enumerate(rows):
        cands.append(Candidat(numero, nom, prenom, option, forme, "E5", commission="7",
                              statut="non_conforme", motifs=["documents_non_signes"]))
        evals[numero] = Evaluation(numero, i + 2, {c: 1 + (i + k) % 5 for k, c in enumerate(LEVELS)},
                                   Decimal(21 + 3 * i) / 2, obs, "Échanges riches.", f"Appréciation n° {i}.")
    return cands, evals


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory):
    """(formset, stamped report, LibreOffice-only report, layouts by produced form)."""
    cache = tmp_path_factory.mktemp("layouts")
    old = {k: os.environ.get(k) for k in ("BTS_LAYOUT_CACHE", "BTS_STAMP")}
    os.environ["BTS_LAYOUT_CACHE"] = str(cache)
    try:
        fs = formset_for(session(), date="2026-05-21", membres=["Zoé Lefèvre", "Marc Dupuis"])
        cands, evals = people()
        stamped = fill(fs, cands, evals, tmp_path_factory.mktemp("stamped"))
        os.environ["BTS_STAMP"] = "0"
        sample = cands[:3]  # values that fit their boxes: LibreOffice lays them out as the stamp does
        plain = fill(fs, sample, evals, tmp_path_factory.mktemp("libreoffice"))
        os.environ.pop("BTS_STAMP")
        again, jobs = stamp_pdfs(stamped, tmp_path_factory.mktemp("again"))  # layouts from the cache
        assert again is not None
        layouts = {(p.candidat.numero, p.kind): again.layouts[again.keys[str(jobs[id(p)].target)]]
                   for p in stamped.produced}
        yield fs, stamped, plain, layouts, (again, jobs)
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *pages, "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def form(report, numero: str, kind: str):
    return next(p for p in report.produced if p.candidat.numero == numero and p.kind == kind)


def test_every_form_is_stamped_and_docx_kept(runs) -> None:
    _, stamped, _, _, _ = runs
    assert stamped.stamped == len(stamped.produced) == 15 and not stamped.notices
    for p in stamped.produced:
        assert p.docx.is_file() and p.pdf is not None and p.pdf.is_file()
        assert p.pdf.stat().st_mode & 0o777 == 0o600
        with zipfile.ZipFile(p.docx) as z:  # the DOCX carries the same values
            assert p.candidat.numero in z.read("word/document.xml").decode()


def test_pdftotext_finds_every_value(runs) -> None:
    fs, stamped, _, _, _ = runs
    for p in stamped.produced:
        if p.candidat.numero == "26SIO0105":
            continue  # overflow: see test_too_long_observations_go_on_a_continuation_page
        body = flat(pdf_text(p.pdf))
        values = candidate_values(fs, p.kind, p.candidat, p.evaluation)
        used = annexes.compiled(annexes.template_path(fs.famille, p.kind)).names  # tags of this template
        values = {k: v for k, v in values.items() if k in used}
        for path, value in leaves(values).items():
            if value in (annexes.CHECKED, annexes.UNCHECKED) or not str(value).strip():
                continue
            assert flat(str(value)) in body or all(w in body for w in str(value).split()), (p.pdf.name, path)
        ticked = sum(1 for v in leaves(values).values() if v == annexes.CHECKED)
        assert body.count(annexes.CHECKED) == ticked, p.pdf.name
    oeuvray = flat(pdf_text(form(stamped, "26SIO0101", "fiche").pdf))
    assert "ŒUVRAY Léa" in oeuvray and "Parcours complet & précis." in oeuvray and "SESSION 2026" in oeuvray


def _raster(pdf: Path) -> list[np.ndarray]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [np.asarray(page.render(scale=DPI / 72).to_pil().convert("L"), dtype=np.int16) for page in doc]
    finally:
        doc.close()


def _mask(shape: tuple[int, int], height: float, fields: list[Field], pad: int = 3) -> np.ndarray:
    mask = np.zeros(shape, dtype=bool)
    k = DPI / 72
    for f in fields:
        top = f.baseline + f.size
        bottom = f.baseline - 0.35 * f.size - (f.lines - 1) * f.leading
        x0, x1 = (f.x, f.right) if f.box else (f.left, f.right)
        r0, r1 = int((height - top) * k) - pad, int((height - bottom) * k) + pad
        c0, c1 = int(x0 * k) - pad, int(x1 * k) + pad
        mask[max(r0, 0):r1, max(c0, 0):c1] = True
    return mask


def test_same_look_as_libreoffice_outside_the_stamped_fields(runs) -> None:
    _, stamped, plain, layouts, _ = runs
    compared = 0
    for lo in plain.produced:
        st = form(stamped, lo.candidat.numero, lo.kind)
        layout = layouts[(lo.candidat.numero, lo.kind)]
        a, b = _raster(st.pdf), _raster(lo.pdf)
        assert len(a) == len(b) == len(layout.pages)
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert x.shape == y.shape
            mask = _mask(x.shape, layout.pages[i][1], [f for f in layout.fields.values() if f.page == i])
            assert mask.mean() < 0.5  # most of the page is compared
            outside = np.abs(x - y)[~mask]
            strong = int((outside > 96).sum())
            assert strong <= outside.size * 0.0005, (st.pdf.name, i, strong)  # anti-aliasing only
            compared += 1
            # and the fields themselves were written: ink inside the mask
            assert (x[mask] < 128).sum() > 0
    assert compared == 3 * 4  # 3 candidates: VI-2 (1 page), VI-3 (2 pages), VI-4 (1 page)


def test_a_changed_page_is_seen_by_the_comparison(runs) -> None:
    """The comparison above can fail: a line drawn on the stamped page is a difference."""
    _, stamped, plain, layouts, _ = runs
    lo = plain.produced[0]
    st = form(stamped, lo.candidat.numero, lo.kind)
    layout = layouts[(lo.candidat.numero, lo.kind)]
    x, y = _raster(st.pdf)[0], _raster(lo.pdf)[0]
    x[400:404, 100:700] = 0
    mask = _mask(x.shape, layout.pages[0][1], [f for f in layout.fields.values() if f.page == 0])
    assert int((np.abs(x - y)[~mask] > 96).sum()) > x.size * 0.0005


def test_medium_observations_in_smaller_type_inside_their_box(runs) -> None:
    _, stamped, _, layouts, _ = runs
    p = form(stamped, "26SIO0104", "fiche")
    assert len(PdfReader(p.pdf).pages) == 1
    body = flat(pdf_text(p.pdf))
    assert "Remarque0 " in body and "Remarque29 sur le parcours et la démarche." in body
    assert "suite en annexe" not in body
    import pdfplumber

    with pdfplumber.open(p.pdf) as doc:
        words = doc.pages[0].extract_words(extra_attrs=["size"])
    small = {w["size"] for w in words if w["text"].startswith("Remarque")}
    normal = {w["size"] for w in words if w["text"] in ("Échanges", "riches.")}  # observations2, which fits
    assert small and normal and max(small) < min(normal)  # smaller type


def test_too_long_observations_go_on_a_continuation_page(runs) -> None:
    _, stamped, _, _, _ = runs
    p = form(stamped, "26SIO0105", "fiche")
    pages = len(PdfReader(p.pdf).pages)
    assert pages >= 2
    first = flat(pdf_text(p.pdf, 1))
    assert "(suite en annexe)" in first and "Observation89" not in first
    rest = flat(" ".join(pdf_text(p.pdf, n) for n in range(2, pages + 1)))
    assert "Annexe VI-4 — BENOÎT Élise (26SIO0105) — suite du cadre de texte n° 1" in rest
    assert "Observation0 détaillée" in rest and "Observation89 détaillée sur la présentation" in rest


def test_commission_pdf_streamed_fonts_embedded_once(runs) -> None:
    _, stamped, _, _, _ = runs
    merged = stamped.merged["7"]
    reader = PdfReader(merged)
    assert len(reader.pages) == sum(len(PdfReader(p.pdf).pages) for p in stamped.produced)
    assert "ŒUVRAY" in reader.pages[0].extract_text()
    assert len(reader.pages) == 4 * 5 + 1  # 5 candidates, 1 continuation page
    one = [form(stamped, "26SIO0101", k).pdf for k in ("controle", "grille", "fiche")]
    # the 5 candidates' file embeds no more font programs than the 3 forms of one candidate
    assert 0 < len(font_programs(merged)) <= sum(len(font_programs(f)) for f in one) - 2 * 3


def font_programs(pdf: Path) -> set[int]:
    reader = PdfReader(pdf)
    out = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)["/FontDescriptor"]
            out.add(desc.get_object().raw_get("/FontFile2").idnum)
    return out


def test_commission_memory_does_not_grow_with_forms(runs, tmp_path: Path) -> None:
    """Writing 40× more forms into one commission file keeps memory nearly flat (pages are not kept)."""
    _, stamped, _, _, (again, jobs) = runs
    items = [jobs[id(p)] for p in stamped.produced if p.candidat.numero != "26SIO0105"]

    def peak(copies: int) -> int:
        tracemalloc.start()
        stream_commission(again, items * copies, tmp_path / f"c{copies}.pdf")
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(5), peak(200)
    forms = len(items) * 195
    size = (tmp_path / "c200.pdf").stat().st_size
    assert size > 10 * (tmp_path / "c5.pdf").stat().st_size
    assert font_programs(tmp_path / "c200.pdf") == font_programs(tmp_path / "c5.pdf")
    assert large - small < forms * 200, (small, large)  # well under a page of PDF per form


def test_unlocatable_template_falls_back_to_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A tag followed by words on its line moves them when the value grows: not stampable, and said."""
    monkeypatch.setenv("BTS_LAYOUT_CACHE", str(tmp_path / "cache"))
    original = annexes.template_path(annexes.formset_for(session()).famille, "fiche")
    changed = tmp_path / original.name
    with zipfile.ZipFile(original) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in entries:
            if info.filename == "word/document.xml":
                data = re.sub(rb"\{\{ numero_candidat \}\}", b"{{ numero_candidat }} fin de ligne", data)
            z.writestr(info, data)
    changed.write_bytes(buf.getvalue())
    real = annexes.template_path
    monkeypatch.setattr(annexes, "template_path",
                        lambda famille, kind, d=annexes.TEMPLATES_DIR: changed if kind == "fiche" else real(famille, kind, d))
    fs = formset_for(session(), date="2026-05-21")
    cands, evals = people()
    report = fill(fs, cands[:1], evals, tmp_path / "out")
    fiche = form(report, "26SIO0101", "fiche")
    assert any(original.name in n and "LibreOffice" in n for n in report.notices), report.notices
    assert report.stamped == 2  # VI-2 and VI-3 stamped, VI-4 converted
    assert "26SIO0101 fin de ligne" in flat(pdf_text(fiche.pdf))
    assert len(PdfReader(report.merged["7"]).pages) == 4


def test_character_outside_the_font_goes_to_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BTS_LAYOUT_CACHE", str(tmp_path / "cache"))
    fs = formset_for(session(), date="2026-05-21")
    cands, evals = people()
    odd = Candidat("26SIO0199", "Nguyễn\u0800", "Văn", "SISR", "ccf", "E5", commission="7", statut="conforme")
    report = fill(fs, [cands[0], odd], evals, tmp_path / "out", wanted=("fiche",))
    assert report.stamped == 1 and len(report.produced) == 2
    assert any("26SIO0199" in n and "LibreOffice" in n for n in report.notices), report.notices
    assert "26SIO0199" in pdf_text(form(report, "26SIO0199", "fiche").pdf)


def test_second_run_uses_the_cached_layouts(runs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Layouts are cached by the hash of the template and shared values: LibreOffice is not started again."""
    from generators import pdf

    fs, _, _, _, _ = runs
    cached = sorted(Path(os.environ["BTS_LAYOUT_CACHE"]).glob("*.json"))  # the module's private cache
    assert len(cached) >= 3

    def no_soffice(files, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        assert not list(files), "LibreOffice appelé alors que la mise en page est en cache"
        return []

    monkeypatch.setattr(pdf, "convert_to_pdf", no_soffice)
    cands, evals = people()
    report = fill(fs, cands[:2], evals, tmp_path / "out")
    assert report.stamped == len(report.produced) == 6 and not report.notices


def test_cli_says_which_forms_went_to_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`bts fill` prints report.notices (templates or forms converted by LibreOffice) as « Note : » lines."""
    from typer.testing import CliRunner

    from cli import app

    def publish(report, out_dir, **kwargs):  # noqa: ANN001, ANN003, ANN202
        report.notices.append("sio_vi_fiche.docx : champs non localisés ; ses PDF sont produits par LibreOffice")
        return report

    monkeypatch.setattr(annexes, "publish_pdfs", publish)
    (tmp_path / "session.json").write_text(session().model_dump_json(), encoding="utf-8")
    (tmp_path / "candidats.csv").write_text("numero;nom;prenom;option;forme;epreuve\n26SIO0101;Œuvray;Léa;SLAM;ccf;E5\n",
                                            encoding="utf-8")
    result = CliRunner().invoke(app, ["fill", "--session", str(tmp_path / "session.json"), "--candidats",
                                      str(tmp_path / "candidats.csv"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Note : sio_vi_fiche.docx : champs non localisés ; ses PDF sont produits par LibreOffice" in \
        " ".join(result.output.split())
