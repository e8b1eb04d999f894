"""DOCX → PDF with LibreOffice headless, in batches, and merging per commission (qpdf, else pypdf).

LibreOffice's start-up (a second or more) is the cost, so one soffice process converts many files per
call (`--convert-to pdf a.docx b.docx …`). Each call gets a private user profile
(-env:UserInstallation) so two runs at the same time, or a desktop LibreOffice, never clash. Fonts are
embedded by LibreOffice's PDF export; the page size is the one of the DOCX (A4 in our templates).
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from core.errors import BadArgumentError, DocumentTimeoutError, ExternalToolError

BATCH_SIZE = 200
INSTALL_HINT = (
    "Installez LibreOffice sans interface graphique (sudo apt-get install libreoffice-writer-nogui) ou "
    "indiquez son chemin dans BTS_SOFFICE, puis relancez ; ou utilisez --no-pdf."
)


def find_soffice() -> str:
    """Path of the LibreOffice binary: BTS_SOFFICE, else soffice / libreoffice on PATH."""
    configured = os.environ.get("BTS_SOFFICE")
    if configured:
        found = shutil.which(configured)
        if found:
            return found
        raise ExternalToolError(f"LibreOffice introuvable à l'emplacement indiqué par BTS_SOFFICE ({configured}) : "
                                "les DOCX sont écrits mais pas les PDF", hint=INSTALL_HINT)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise ExternalToolError("LibreOffice (soffice) est introuvable : les DOCX sont écrits mais pas les PDF",
                            hint=INSTALL_HINT)


def _batches(items: Sequence[Path], size: int) -> list[list[Path]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def _run_soffice(soffice: str, files: list[Path], out_dir: Path, profile: Path, timeout: float) -> None:
    cmd = [
        soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck",
        "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out_dir), *[str(f) for f in files],
    ]
    env = dict(os.environ, SAL_USE_VCLPLUGIN="svp")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise DocumentTimeoutError(
            f"LibreOffice n'a pas fini de convertir {len(files)} fichier(s) en {timeout:.0f} s",
            hint="Relancez la commande (les fichiers déjà convertis sont gardés) ou réduisez la taille des lots.",
        ) from None
    if proc.returncode != 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise ExternalToolError(f"LibreOffice a échoué (code {proc.returncode}) {detail[0]}".strip(),
                                hint="Vérifiez l'installation de LibreOffice (soffice --headless --version).")


def _convert_batch(soffice: str, files: list[Path], out_dir: Path, timeout_per_file: float) -> list[Path]:
    """One soffice call: convert into a private folder, then rename each PDF into place (owner-only)."""
    profile = Path(tempfile.mkdtemp(prefix="bts-soffice-profile-"))
    work = Path(tempfile.mkdtemp(prefix=".bts-pdf-", dir=out_dir))
    try:
        _run_soffice(soffice, files, work, profile, timeout=30 + timeout_per_file * len(files))
        done = []
        missing = []
        for f in files:
            produced = work / f"{f.stem}.pdf"
            if not produced.exists() or produced.stat().st_size == 0:
                missing.append(f.name)
                continue
            os.chmod(produced, 0o600)
            target = out_dir / produced.name
            os.replace(produced, target)
            done.append(target)
        if missing:
            raise ExternalToolError(f"LibreOffice n'a pas produit le PDF de : {', '.join(missing[:5])}"
                                    + (" …" if len(missing) > 5 else ""),
                                    hint="Ouvrez ce DOCX pour vérifier qu'il n'est pas endommagé, puis relancez.")
        return done
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


def convert_to_pdf(docx_files: Sequence[Path], out_dir: Path, *, batch_size: int = BATCH_SIZE,
                   workers: int = 1, timeout_per_file: float = 10.0) -> list[Path]:
    """Convert DOCX files to PDF in `out_dir`, `batch_size` files per LibreOffice process (at most
    `workers` processes at once). Returns the PDF paths in the order of `docx_files`."""
    files = [Path(f) for f in docx_files]
    if not files:
        return []
    stems = [f.stem for f in files]
    if len(set(stems)) != len(stems):
        dup = sorted({s for s in stems if stems.count(s) > 1})
        raise BadArgumentError(f"deux formulaires porteraient le même nom de PDF : {', '.join(dup[:3])}",
                               hint="Vérifiez les numéros de candidat en double.")
    soffice = find_soffice()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    batches = _batches(files, max(1, batch_size))
    if workers <= 1 or len(batches) == 1:
        for batch in batches:
            _convert_batch(soffice, batch, out_dir, timeout_per_file)
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for _ in pool.map(lambda b: _convert_batch(soffice, b, out_dir, timeout_per_file), batches):
                pass
    return [out_dir / f"{s}.pdf" for s in stems]


def merge_pdfs(pdfs: Sequence[Path], target: Path) -> int:
    """Concatenate PDFs in the given order into `target` (owner-only, atomic); returns the page count.

    qpdf (a Debian package the product installs) copies the pages in its own process: this one's memory stays
    flat whatever the commission's size. pypdf, which holds every page in memory, is the fallback."""
    qpdf = shutil.which("qpdf")
    if qpdf and pdfs:
        pages = _merge_with_qpdf(qpdf, pdfs, Path(target))
        if pages is not None:
            return pages
    return _merge_with_pypdf(pdfs, target)


def _merge_with_qpdf(qpdf: str, pdfs: Sequence[Path], target: Path) -> int | None:
    """None when qpdf failed (the caller falls back to pypdf); exit 3 is qpdf's « done, with warnings »."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        done = subprocess.run([qpdf, "--empty", "--pages", *map(str, pdfs), "--", str(tmp)],
                              capture_output=True, timeout=600, check=False)
        if done.returncode not in (0, 3):
            return None
        count = subprocess.run([qpdf, "--show-npages", str(tmp)], capture_output=True, text=True,
                               timeout=60, check=False)
        if count.returncode not in (0, 3):
            return None
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        return int(count.stdout.strip())
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return None
    finally:
        tmp.unlink(missing_ok=True)


def _merge_with_pypdf(pdfs: Sequence[Path], target: Path) -> int:
    from pypdf import PdfWriter

    from core.files import write_atomic

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(str(pdf))
    pages = len(writer.pages)
    buf = io.BytesIO()
    writer.write(buf)
    writer.close()
    write_atomic(Path(target), buf.getvalue())
    return pages
