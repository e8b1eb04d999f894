"""Document readers: file on disk → Document. Dispatch by magic bytes, never by extension.

(Only the TXT/MD reader exists so far; PDF and DOCX readers to come.)
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from extractors.document import Block, Document, Page
from pipeline.errors import EmptyFileError, InputFileError

_TAG = re.compile(r"</?(?:i|b|em|strong|u|span|br|sup|sub)\b[^>]*>", re.I)
_PARA_TAG = re.compile(r"</?p\b[^>]*>", re.I)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _clean_inline(text: str) -> str:
    text = _PARA_TAG.sub(" ", text)
    text = _TAG.sub("", text)
    text = text.replace("**", "").replace("^{", "").replace("}", "")
    return " ".join(text.split())


def read_text(path: Path, data: bytes, sha: str) -> Document:
    """TXT/MD: tab-separated consecutive lines become a table; blank lines separate paragraphs."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
    blocks: list[Block] = []
    para: list[str] = []
    rows: list[list[str]] = []

    def flush_para() -> None:
        if para:
            blocks.append(Block("text", _clean_inline(" ".join(para))))
            para.clear()

    def flush_rows() -> None:
        if rows:
            blocks.append(Block("table", rows=[r[:] for r in rows]))
            rows.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        cells = [c.strip() for c in line.split("\t")]
        if "\t" in line.strip() and sum(1 for c in cells if c) >= 2:
            flush_para()
            rows.append([_clean_inline(c) for c in cells])
            continue
        flush_rows()
        if not line.strip():
            flush_para()
        else:
            # a line is a paragraph of its own in these dumps (one line per paragraph or list item)
            flush_para()
            para.append(line.strip())
    flush_para()
    flush_rows()
    return Document(fichier=path.name, format=fmt, sha256=sha, pages=[Page(1, blocks)], octets=len(data))


def read_document(path: str | Path) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"fichier illisible ({exc.strerror})", path=path) from exc
    if not data.strip():
        raise EmptyFileError("le fichier est vide", path=path)
    sha = hashlib.sha256(data).hexdigest()
    return read_text(path, data, sha)
