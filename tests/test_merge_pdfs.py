"""Commission files merged from LibreOffice-converted forms: qpdf copies the pages in its own process, pypdf
is the fallback; both give every page, in order, owner-only."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from generators import pdf as pdf_mod


def _forms(tmp: Path, n: int) -> list[Path]:
    out = []
    for i in range(n):
        path = tmp / f"form{i}.pdf"
        c = canvas.Canvas(str(path))
        for page in range(2):
            c.drawString(72, 720, f"Formulaire {i} page {page} Œuvray")
            c.showPage()
        c.save()
        out.append(path)
    return out


@pytest.mark.parametrize("tool", ["qpdf", "pypdf"])
def test_merge_keeps_every_page_in_order(tool: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if tool == "qpdf" and not shutil.which("qpdf"):
        pytest.skip("qpdf absent (installé par scripts/install.sh)")
    if tool == "pypdf":
        monkeypatch.setattr(pdf_mod.shutil, "which", lambda name: None)
    forms = _forms(tmp_path, 5)
    target = tmp_path / "commission_1.pdf"
    assert pdf_mod.merge_pdfs(forms, target) == 10
    assert target.stat().st_mode & 0o777 == 0o600
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    seen = [line.strip() for line in text.splitlines() if line.strip().startswith("Formulaire")]
    assert seen == [f"Formulaire {i} page {p} Œuvray" for i in range(5) for p in range(2)]
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_broken_form_falls_back_and_still_fails_clearly(tmp_path: Path) -> None:
    forms = _forms(tmp_path, 2)
    broken = tmp_path / "tronque.pdf"
    broken.write_bytes(forms[0].read_bytes()[:200])
    with pytest.raises(Exception):  # noqa: B017, PT011 - pypdf's own error: fill() says it in French
        pdf_mod.merge_pdfs([forms[0], broken, forms[1]], tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
