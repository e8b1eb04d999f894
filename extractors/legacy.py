"""Word 97-2003 (.doc), Rich Text (.rtf) and Excel 97-2003 (.xls) circulars, converted by LibreOffice.

Exam offices still receive these. No Python library reads the binary Word format well; LibreOffice does, and
the product already installs it to fill the annexes. The file is converted to DOCX or XLSX in a private
temporary directory with a private profile, headless, with a time limit (a hostile file that hangs the
converter is killed with its process group), then read by the DOCX or spreadsheet reader. Macros are not run:
LibreOffice headless does not run document macros unless told to.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

CONVERT_TIMEOUT = 90  # seconds: a 50-page .doc converts in 3 to 5


class ConversionError(Exception):
    """LibreOffice is missing, failed, or took too long; the message says which, in French."""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


# Calc set to compute every formula on load (0 = always): a workbook written by a program (openpyxl) holds
# formulas without their values, which only a recalculation gives
_RECALC = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def convert(data: bytes, suffix: str, target: str, recalc: bool = False) -> bytes:
    """The document converted to `target` (« docx », « xlsx »), its bytes; `recalc`: every formula of a
    workbook computed on load."""
    exe = soffice()
    if exe is None:
        raise ConversionError("LibreOffice n'est pas installé sur ce poste")
    with tempfile.TemporaryDirectory(prefix="bts-legacy-") as tmp:
        src = Path(tmp) / f"document{suffix}"
        src.write_bytes(data)
        profile = Path(tmp) / "profil"
        if recalc:
            (profile / "user").mkdir(parents=True)
            (profile / "user" / "registrymodifications.xcu").write_text(_RECALC, encoding="utf-8")
        cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nologo",
               "--convert-to", target, "--outdir", tmp, str(src)]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                                env={**os.environ, "HOME": tmp})
        try:
            proc.wait(timeout=CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise ConversionError(f"la conversion par LibreOffice a dépassé {CONVERT_TIMEOUT} s") from exc
        out = Path(tmp) / f"document.{target}"
        if not out.exists() or out.stat().st_size == 0:
            raise ConversionError("LibreOffice n'a pas pu convertir le fichier (endommagé, ou module absent)")
        return out.read_bytes()


def ole_kind(data: bytes, suffix: str) -> str | None:
    """« doc » or « xls » for an OLE compound file (Office 97-2003), from its stream names or its extension."""
    head = data[:1 << 20]
    if "W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t".encode("latin-1") in head or suffix == ".doc":
        return "doc"
    if "W\x00o\x00r\x00k\x00b\x00o\x00o\x00k".encode("latin-1") in head or suffix == ".xls":
        return "xls"
    return None
