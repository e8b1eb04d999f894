"""Guards against hostile files, run on the raw bytes before any parser library sees them.

Parsers (zipfile + lxml, pypdf, pdfium, pdfminer) read what a file declares: a zip that inflates to
gigabytes, a PDF stream that inflates to gigabytes, an XML part that declares entities. These checks look
at the bytes cheaply (zip central directory, capped streaming inflate, a scan for DTDs) and refuse with a
French BtsError, so the reader never asks a library to build something unbounded. Nothing in a document is
ever executed: PDF JavaScript and /Launch actions are plain dictionaries to every library we use.
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from core.errors import InputFileError, TooLargeError, TruncatedFileError

MAX_UNZIPPED = 200 * 1024 * 1024  # bytes, sum of a zip's declared member sizes
MAX_ZIP_RATIO = 100  # uncompressed / compressed, over the whole archive
RATIO_FLOOR = 1024 * 1024  # a tiny archive with a high ratio is harmless
MAX_MEMBERS = 5000  # a long Word document has a few hundred parts
LIE_SLACK = 16 * 1024 * 1024  # a member inflating this far past its declared size is a bomb, not damage
MAX_STREAM = 128 * 1024 * 1024  # decoded bytes of one PDF stream (a 600 dpi RGB A4 page is ~105 MB)
MAX_STREAMS_TOTAL = 512 * 1024 * 1024  # decoded bytes of all the Flate streams of a PDF

BOMB_HINT = "Ce fichier ressemble à une « bombe de décompression » : demandez le document d'origine."
_CHUNK = 1 << 20


# ---------------------------------------------------------------------------------------------- zip


def _eocd_entries(data: bytes) -> int | None:
    """Member count declared by the end-of-central-directory record (None if absent or zip64)."""
    pos = data.rfind(b"PK\x05\x06", max(0, len(data) - 65536 - 22))
    if pos < 0 or pos + 22 > len(data):
        return None
    total = struct.unpack_from("<H", data, pos + 10)[0]
    return None if total == 0xFFFF else total


def _suspect(path: Path, message: str) -> TooLargeError:
    return TooLargeError(f"archive suspecte : {message}, lecture refusée", path=path, hint=BOMB_HINT)


def open_zip_checked(path: Path, data: bytes) -> zipfile.ZipFile:
    """Open a zip and refuse archives that would inflate beyond reason, before any parser reads them.

    Refused: too many members (checked on the end record, before the central directory is parsed),
    declared sizes above MAX_UNZIPPED or an archive-wide ratio above MAX_ZIP_RATIO, duplicate member
    names, and members whose data overlap (the trick of non-recursive zip bombs). Members that are
    themselves archives are never opened. Members that lie about their size: see check_members.
    """
    declared = _eocd_entries(data)
    if declared is not None and declared > MAX_MEMBERS:
        raise _suspect(path, f"{declared} éléments dans l'archive (au plus {MAX_MEMBERS})")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error) as exc:
        raise TruncatedFileError(
            "archive (DOCX/ZIP) endommagée ou incomplète, impossible de l'ouvrir", path=path
        ) from exc
    if len(infos) > MAX_MEMBERS:
        raise _suspect(path, f"{len(infos)} éléments dans l'archive (au plus {MAX_MEMBERS})")
    _check_layout(path, data, infos)
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > MAX_UNZIPPED or (total > RATIO_FLOOR and total / packed > MAX_ZIP_RATIO):
        raise _suspect(
            path,
            f"{total // (1024 * 1024)} Mo une fois décompressée (taux de compression {total // packed}:1)",
        )
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise _suspect(path, "plusieurs éléments portent le même nom")
    return zf


def _check_layout(path: Path, data: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """Each member's local header + data must lie inside the file, and end before the next one starts.

    A member missing from its place or running past the end means a damaged archive (cut, bit flips);
    overlapping members are the construction of non-recursive zip bombs, or damage: refused either way.
    """
    spans = []
    for info in infos:
        offset = info.header_offset
        if offset < 0 or offset + 30 > len(data) or data[offset : offset + 4] != b"PK\x03\x04":
            raise TruncatedFileError(
                "archive (DOCX/ZIP) endommagée : un élément est introuvable à sa place", path=path
            )
        name_len, extra_len = struct.unpack_from("<HH", data, offset + 26)
        end = offset + 30 + name_len + extra_len + info.compress_size
        if end > len(data):
            raise TruncatedFileError(
                "archive (DOCX/ZIP) endommagée ou incomplète : un élément dépasse la fin du fichier",
                path=path,
            )
        spans.append((offset, end))
    spans.sort()
    for (_, end_prev), (start, _) in zip(spans, spans[1:], strict=False):
        if start < end_prev:
            raise InputFileError(
                "archive (DOCX/ZIP) invalide : des éléments de l'archive se chevauchent "
                "(fichier endommagé ou piégé), lecture refusée",
                path=path,
                hint="Demandez le document d'origine.",
            )


_DTD = (b"<!DOCTYPE", b"<!ENTITY")
_DTD16 = tuple(m.decode().encode(enc) for m in _DTD for enc in ("utf-16-le", "utf-16-be"))


def _shown(name: str) -> str:
    """A member name as it may appear in a one-line French message (hostile names included)."""
    name = " ".join(clean_text(name).split())
    return name if len(name) <= 80 else name[:77] + "..."


def _member_data(data: bytes, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's decoded bytes in pieces of at most 1 MiB, read from the raw archive (not zipfile,
    whose read() inflates a whole compressed member at once, whatever size the member declares)."""
    offset = info.header_offset
    name_len, extra_len = struct.unpack_from("<HH", data, offset + 26)
    start = offset + 30 + name_len + extra_len
    raw = data[start : start + info.compress_size]
    chunks = (raw[i : i + _CHUNK] for i in range(0, len(raw), _CHUNK))
    if info.compress_type == zipfile.ZIP_STORED:
        yield from chunks
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        yield from _inflate(chunks, wbits=-15)
    else:  # bzip2, lzma…: Office never writes them; zipfile reads them bounded by their declared size
        return


def check_members(path: Path, data: bytes, zf: zipfile.ZipFile) -> None:
    """Inflate every member once, capped: refuse one that inflates beyond its declared size (zipfile
    would inflate it whole in memory) and XML parts that declare a DTD or entities.

    Office XML parts never carry a DTD (Word itself rejects one): a DOCTYPE or an entity declaration is an
    attack (billion laughs, external entity reading a local file or an URL), refused before lxml parses.
    """
    for info in zf.infolist():
        if info.is_dir():
            continue
        is_xml = info.filename.lower().endswith((".xml", ".rels"))
        markers = _DTD + _DTD16
        produced = 0
        tail = b""
        shown = _shown(info.filename)
        for chunk in _member_data(data, info):
            produced += len(chunk)
            if produced > info.file_size + LIE_SLACK:
                raise _suspect(path, f"l'élément « {shown} » dépasse sa taille annoncée une fois décompressé")
            if is_xml:
                window = tail + chunk
                if any(m in window for m in markers):
                    raise InputFileError(
                        f"document suspect : la partie XML « {shown} » déclare une DTD ou des entités XML, "
                        "ce qu'un document Office ne fait jamais ; lecture refusée",
                        path=path,
                        hint="Enregistrez à nouveau le document avec Word ou LibreOffice puis recommencez.",
                    )
                tail = chunk[-32:]
        if produced > info.file_size:  # a little more than declared: bit flips, not a bomb
            raise TruncatedFileError(
                f"archive (DOCX/ZIP) endommagée : l'élément « {shown} » ne correspond pas à sa taille annoncée",
                path=path,
            )


# ---------------------------------------------------------------------------------------------- pdf

_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/<>\[\]()]+)")
_FLATE = (b"FlateDecode", b"Fl")


def _inflate(chunks: Iterable[bytes], wbits: int = zlib.MAX_WBITS) -> Iterator[bytes]:
    """Streaming zlib inflate, output in pieces of at most 1 MiB; a damaged stream just ends early."""
    d = zlib.decompressobj(wbits)
    try:
        for buf in chunks:
            while buf:
                out = d.decompress(buf, _CHUNK)
                buf = d.unconsumed_tail
                if out:
                    yield out
                if d.eof:
                    return
    except zlib.error:
        return


def decoded_size(raw: bytes, layers: int, cap: int) -> int:
    """Size of `raw` after `layers` chained Flate decodes, counted without holding it; stops past cap."""
    gen: Iterable[bytes] = (raw[i : i + _CHUNK] for i in range(0, len(raw), _CHUNK))
    for _ in range(layers):
        gen = _inflate(gen)
    total = 0
    for piece in gen:
        total += len(piece)
        if total > cap:
            break
    return total


def refuse_pdf_stream_bombs(path: Path, data: bytes) -> None:
    """Refuse a PDF whose Flate streams inflate beyond MAX_STREAM each or MAX_STREAMS_TOTAL in all.

    Parsers inflate a page's content stream whole in memory (pdfium needs ~2x the decoded size): a 1 KB
    PDF can hold a stream of gigabytes (FlateDecode applied twice to zeros). Streams are found in the raw
    bytes (streams are never inside object streams, and a damaged xref does not hide them) and their
    leading Flate filters are inflated here with a capped, streaming decoder.
    """
    total = 0
    for m in _STREAM.finditer(data):
        start = m.end()
        head = data[max(0, m.start() - 4096) : m.start()]
        obj = head.rfind(b"obj")
        head = head[obj:] if obj >= 0 else head
        f = _FILTER.search(head)
        if not f:
            continue
        names = re.findall(rb"/([^\s/<>\[\]()]+)", f.group(1))
        layers = 0
        for name in names:
            if name not in _FLATE:
                break
            layers += 1
        if not layers:
            continue
        end = data.find(b"endstream", start)
        raw = data[start : end if end >= 0 else len(data)]
        size = decoded_size(raw, layers, MAX_STREAM)
        total += size
        if size > MAX_STREAM or total > MAX_STREAMS_TOTAL:
            what = (
                f"un flux compressé dépasse {MAX_STREAM // (1024 * 1024)} Mo une fois décompressé"
                if size > MAX_STREAM
                else f"ses flux compressés dépassent {MAX_STREAMS_TOTAL >> 20} Mo une fois décompressés"
            )
            raise TooLargeError(
                f"PDF suspect : {what}, lecture refusée",
                path=path,
                hint=BOMB_HINT,
            )


# --------------------------------------------------------------------------------------------- text

# bidirectional embeddings/overrides/isolates: they reorder what a person sees in a report
_BIDI = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])


def clean_text(text: str) -> str:
    """Text safe for JSON files, terminals and reports: no control characters (tab and newline kept),
    no bidi overrides, no lone surrogates or noncharacters (they cannot be encoded in UTF-8)."""
    if text.isprintable() and text.isascii():
        return text
    text = text.translate(_BIDI)
    out = []
    for ch in text:
        if ch in "\t\n":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs") or (cat == "Cn" and (ord(ch) & 0xFFFE) == 0xFFFE):
            if cat == "Cc" and ch in "\r\x0b\x0c\x85":
                out.append(" ")
            continue
        out.append(ch)
    return "".join(out)
