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
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from core import faults
from core.errors import InputFileError, TooLargeError, TruncatedFileError
from extractors.charsets import SYMBOL_TABLE, unmangled

MAX_UNZIPPED = 200 * 1024 * 1024  # bytes, sum of a zip's declared member sizes
MAX_ZIP_RATIO = 100  # uncompressed / compressed, over the whole archive
RATIO_FLOOR = 1024 * 1024  # a tiny archive with a high ratio is harmless
MAX_MEMBERS = 5000  # a long Word document has a few hundred parts
LIE_SLACK = 16 * 1024 * 1024  # a member inflating this far past its declared size is a bomb, not damage
MAX_STREAM = 128 * 1024 * 1024  # decoded bytes of one PDF stream (a 600 dpi RGB A4 page is ~105 MB)
MAX_STREAMS_TOTAL = 512 * 1024 * 1024  # decoded bytes of all the Flate streams of a PDF

# Rendering: pixels of one page image (grey, 1 byte each) before Tesseract, which needs several times that.
MAX_RENDER_PIXELS = 40_000_000  # A2 at 250 dpi; an A4 scan at 250 dpi is 5.8 Mpx
OCR_DPI = 250
MIN_RENDER_DPI = 50  # below, body text is 2–3 pixels high: nothing left to read

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
_OBJ_TAIL = re.compile(rb"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+$")  # "n g " just before an `obj` keyword
_ABBREV = {
    b"Fl": b"FlateDecode",
    b"AHx": b"ASCIIHexDecode",
    b"A85": b"ASCII85Decode",
    b"LZW": b"LZWDecode",
    b"RL": b"RunLengthDecode",
}
_DICT_WINDOW = 65536  # bytes searched back from `stream` for the object header of its dictionary


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


def _ahx(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """ASCIIHexDecode, streaming: hex digits two by two, whitespace skipped, '>' ends the data."""
    carry = b""
    for chunk in chunks:
        end = chunk.find(b">")
        part = carry + (chunk if end < 0 else chunk[:end])
        part = re.sub(rb"[^0-9A-Fa-f]", b"", part)
        even = len(part) - len(part) % 2
        carry = part[even:]
        if even:
            yield bytes.fromhex(part[:even].decode("ascii"))
        if end >= 0:
            break
    if carry:
        yield bytes.fromhex((carry + b"0").decode("ascii"))


def _a85(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """ASCII85Decode, streaming and vectorised (for measuring: a damaged group ends the data)."""
    import numpy as np

    carry = b""
    for chunk in chunks:
        end = chunk.find(b"~>")
        part = chunk if end < 0 else chunk[:end]
        part = carry + re.sub(rb"\s+", b"", part).removeprefix(b"<~").replace(b"z", b"!!!!!")
        whole = len(part) - len(part) % 5
        carry = part[whole:]
        if whole:
            digits = np.frombuffer(part[:whole], dtype=np.uint8).astype(np.uint64) - 33
            if digits.max(initial=0) > 84:
                return
            groups = digits.reshape(-1, 5)
            values = (((groups[:, 0] * 85 + groups[:, 1]) * 85 + groups[:, 2]) * 85 + groups[:, 3]) * 85
            values += groups[:, 4]
            yield (values & 0xFFFFFFFF).astype(">u4").tobytes()
        if end >= 0:
            break


def _lzw(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """LZWDecode (EarlyChange 1), streaming; output per code is bounded by the 4096-entry table."""
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, prev, bits, nbits = 9, b"", 0, 0
    out = bytearray()
    for chunk in chunks:
        for byte in chunk:
            bits = (bits << 8) | byte
            nbits += 8
            while nbits >= width:
                nbits -= width
                code = (bits >> nbits) & ((1 << width) - 1)
                if code == 256:
                    table, width, prev = table[:258], 9, b""
                    continue
                if code == 257:
                    if out:
                        yield bytes(out)
                    return
                if code < len(table):
                    entry = table[code]
                elif code == len(table) and prev:
                    entry = prev + prev[:1]
                else:
                    return
                out += entry
                if prev and len(table) < 4096:
                    table.append(prev + entry[:1])
                prev = entry
                width = 12 if len(table) >= 2047 else 11 if len(table) >= 1023 else 10 if len(table) >= 511 else 9
            bits &= (1 << nbits) - 1
        if len(out) >= _CHUNK:
            yield bytes(out)
            out.clear()
    if out:
        yield bytes(out)


def _runlength(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """RunLengthDecode, streaming."""
    data = b"".join(chunks)  # at most the raw stream, already in memory
    i, out = 0, bytearray()
    while i < len(data):
        n = data[i]
        if n == 128:
            break
        if n < 128:
            out += data[i + 1 : i + 2 + n]
            i += n + 2
        else:
            out += data[i + 1 : i + 2] * (257 - n)
            i += 2
        if len(out) >= _CHUNK:
            yield bytes(out)
            out.clear()
    if out:
        yield bytes(out)


def _is_zlib(head: bytes) -> bool:
    return len(head) >= 2 and head[0] & 0x0F == 8 and head[0] >> 4 <= 7 and (head[0] << 8 | head[1]) % 31 == 0


def _looks_hex(head: bytes) -> bool:
    digits = re.sub(rb"\s+", b"", head[:256])
    digits = digits[: digits.find(b">")] if b">" in digits else digits
    return len(digits) >= 2 and re.fullmatch(rb"[0-9A-Fa-f]+", digits) is not None


def _looks_a85(head: bytes, tail: bytes) -> bool:
    body = re.sub(rb"\s+", b"", head[:256])
    if not (body.startswith(b"<~") or b"~>" in tail):
        return False
    body = body.removeprefix(b"<~")
    return len(body) >= 5 and all(33 <= c <= 117 or c == 122 for c in body[:64])


Decoder = Callable[[Iterable[bytes]], Iterator[bytes]]


def _decoder(name: bytes | None, head: bytes, tail: bytes) -> Decoder | None:
    """The decoder of the next layer. The content decides first: a zlib stream is inflated whatever the
    dictionary says, and hex or ASCII85 text whose decoded start is a zlib stream is decoded; then the
    declared filter. Anything else (images, plain content) is the last layer."""
    if _is_zlib(head):
        return _inflate
    if name == b"FlateDecode":
        return lambda chunks: _inflate(chunks, wbits=-15)  # no header: raw deflate, as pypdf tries
    if name == b"LZWDecode":
        return _lzw
    if name == b"RunLengthDecode":
        return _runlength
    if name == b"ASCIIHexDecode" or (_looks_hex(head) and _is_zlib(b"".join(_ahx([head[:64]]))[:2])):
        return _ahx
    if name == b"ASCII85Decode" or (_looks_a85(head, tail) and _is_zlib(_a85_head(head))):
        return _a85
    return None


def _a85_head(head: bytes) -> bytes:
    body = re.sub(rb"\s+", b"", head[:64]).removeprefix(b"<~")
    return b"".join(_a85([body[:10]]))[:2]


class _Over(Exception):
    def __init__(self, produced: int):
        self.produced = produced


def _counted(gen: Iterable[bytes], cap: int, sizes: list[int]) -> Iterator[bytes]:
    """Pass the pieces through, counting them in sizes[-1]; raise _Over past `cap`."""
    sizes.append(0)
    slot = len(sizes) - 1
    for piece in gen:
        sizes[slot] += len(piece)
        if sizes[slot] > cap:
            raise _Over(sizes[slot])
        yield piece


def _peek(gen: Iterator[bytes]) -> tuple[bytes, Iterator[bytes]]:
    import itertools

    for first in gen:
        return first, itertools.chain([first], gen)
    return b"", iter(())


def decode_measure(raw: bytes, declared: list[bytes] | None, cap: int, max_layers: int = 8) -> int:
    """Bytes a reader would hold after decoding `raw`, counted without keeping them; stops past `cap`.

    Every layer is counted and capped (pdfium holds each intermediate buffer whole), as a stream: the
    guard itself holds about 1 MiB per layer. The layers come from the content as much as from the
    dictionary: a zlib stream is inflated even when the dictionary hides its filter behind an indirect
    reference, an array, or a string that looks like syntax."""
    gen: Iterator[bytes] = iter([raw[i : i + _CHUNK] for i in range(0, len(raw), _CHUNK)])
    names = list(declared or [])
    sizes = [len(raw)]
    layers = 0
    for layer in range(max_layers):
        try:
            head, gen = _peek(gen)
        except _Over as over:
            return over.produced
        if not head:
            break
        name = names[layer] if layer < len(names) else None
        fn = _decoder(name, head[:512], raw[-16:] if layer == 0 else b"")
        if fn is None:
            break
        gen = _counted(fn(gen), cap, sizes)
        layers += 1
    try:
        for _piece in gen:
            pass
    except _Over as over:
        return over.produced
    return max(sizes)


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


# A small PDF object parser, only for the dictionary in front of each stream: enough to read /Filter and
# /Length whatever their form (name, array, indirect reference), with strings and comments skipped
# properly so that `/Note (obj)` or `(/Filter /None)` cannot stand for syntax.

_DELIM = b"()<>[]{}/%"
_WS = b" \t\r\n\x0c\x00"


class _Ref(tuple):  # (number, generation)
    pass


class _Lexer:
    def __init__(self, data: bytes, pos: int, end: int):
        self.data, self.pos, self.end = data, pos, end

    def _skip(self) -> None:
        d = self.data
        while self.pos < self.end:
            c = d[self.pos]
            if c in _WS:
                self.pos += 1
            elif c == 0x25:  # % comment
                nl = re.compile(rb"[\r\n]").search(d, self.pos, self.end)
                self.pos = nl.end() if nl else self.end
            else:
                return

    def token(self) -> bytes | None:
        self._skip()
        d, i = self.data, self.pos
        if i >= self.end:
            return None
        c = d[i : i + 1]
        if d[i : i + 2] in (b"<<", b">>"):
            self.pos = i + 2
            return d[i : i + 2]
        if c in b"[]{}":
            self.pos = i + 1
            return c
        if c == b"(":
            depth, j = 0, i
            while j < self.end:
                ch = d[j]
                if ch == 0x5C:  # backslash escapes the next byte
                    j += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            self.pos = j + 1
            return b"(string)"
        if c == b"<":
            j = d.find(b">", i, self.end)
            self.pos = self.end if j < 0 else j + 1
            return b"<hex>"
        j = i + 1
        while j < self.end and d[j] not in _WS and d[j] not in _DELIM:
            j += 1
        self.pos = j
        return d[i:j]


def _parse_value(lx: _Lexer, depth: int = 0) -> Any:
    """One PDF object from the lexer: dict, list, _Ref, name (bytes starting with /), int, or a token."""
    if depth > 32:
        raise ValueError("nesting")
    tok = lx.token()
    if tok is None:
        raise ValueError("end")
    if tok == b"<<":
        out: dict[bytes, Any] = {}
        while True:
            save = lx.pos
            key = lx.token()
            if key == b">>":
                return out
            if key is None or not key.startswith(b"/"):
                if key is None:
                    raise ValueError("end")
                lx.pos = save
                _parse_value(lx, depth + 1)  # a stray value: skip it
                continue
            out[key] = _parse_value(lx, depth + 1)
    if tok == b"[":
        items: list[Any] = []
        while True:
            save = lx.pos
            if lx.token() == b"]":
                return items
            lx.pos = save
            items.append(_parse_value(lx, depth + 1))
    if tok.isdigit():  # maybe "n g R"
        save = lx.pos
        gen_tok, r_tok = lx.token(), lx.token()
        if gen_tok is not None and gen_tok.isdigit() and r_tok == b"R":
            return _Ref((int(tok), int(gen_tok)))
        lx.pos = save
        return int(tok)
    return tok


def _headers(data: bytes, lo: int, hi: int) -> Iterator[tuple[int, int, int]]:
    """(number, generation, offset after `obj`) of the object headers in data[lo:hi], last first.

    A literal search for `obj` then a check of the few bytes before it: much faster than a regex that
    must try every digit of a binary file."""
    at = hi
    while True:
        at = data.rfind(b"obj", lo, at)
        if at < 0:
            return
        after = at + 3
        if after < len(data) and data[after : after + 1].isalnum():
            continue
        m = _OBJ_TAIL.search(data, max(lo, at - 24), at)
        if m:
            yield int(m.group(1)), int(m.group(2)), after


class _Index:
    """Object offsets, built the first time an indirect reference must be resolved (most PDFs: never)."""

    def __init__(self, data: bytes):
        self.data = data
        self._map: dict[tuple[int, int], int] | None = None

    def get(self, key: tuple[int, int]) -> int | None:
        if self._map is None:
            self._map = {}
            for n, g, after in _headers(self.data, 0, len(self.data)):
                self._map.setdefault((n, g), after)  # last first: the last definition wins
        return self._map.get(key)


def _resolve(value: Any, data: bytes, index: _Index, hops: int = 0) -> Any:
    while isinstance(value, _Ref) and hops < 8:
        at = index.get(tuple(value))
        if at is None:
            return None
        try:
            value = _parse_value(_Lexer(data, at, min(len(data), at + 65536)))
        except (ValueError, RecursionError):
            return None
        hops += 1
    return None if isinstance(value, _Ref) else value


def _stream_dict(data: bytes, stream_at: int) -> dict[bytes, Any] | None:
    """The dictionary written just before the `stream` keyword at `stream_at`, or None if not found."""
    for window in (4096, _DICT_WINDOW):
        lo = max(0, stream_at - window)
        for _n, _g, after in _headers(data, lo, stream_at):
            lx = _Lexer(data, after, stream_at + 6)
            try:
                value = _parse_value(lx)
            except (ValueError, RecursionError):
                continue
            if isinstance(value, dict) and lx.token() == b"stream":
                return value
        if lo == 0:
            break
    return None


def _filters(value: Any, data: bytes, index: _Index) -> list[bytes] | None:
    value = _resolve(value, data, index) if isinstance(value, _Ref) else value
    if value is None:
        return None
    items = value if isinstance(value, list) else [value]
    names: list[bytes] = []
    for item in items:
        item = _resolve(item, data, index) if isinstance(item, _Ref) else item
        if not isinstance(item, bytes) or not item.startswith(b"/"):
            return None
        name = item[1:]
        names.append(_ABBREV.get(name, name))
    return names


def refuse_pdf_stream_bombs(path: Path, data: bytes) -> None:
    """Refuse a PDF whose streams decode beyond MAX_STREAM each or MAX_STREAMS_TOTAL in all.

    Parsers decode a stream whole in memory (pdfium needs ~2x the decoded size): a 3 KB PDF can hold a
    stream of gigabytes. Streams are found in the raw bytes (never inside object streams; a damaged xref
    does not hide them); each is decoded here by a capped, streaming decoder, layer by layer. The filters
    are read from the stream's dictionary with a real (small) parser, indirect references resolved, and
    the content itself is trusted over the dictionary: zlib data is inflated, hex or ASCII85 text decoded,
    whatever /Filter says or hides.
    """
    if faults.disabled("garde_flux"):  # tests only: what stands behind this guard
        return
    index = _Index(data)
    total = 0
    for m in _STREAM.finditer(data):
        start = m.end()
        header = _stream_dict(data, m.start())
        declared = _filters(header.get(b"/Filter"), data, index) if header else None
        length = _resolve(header.get(b"/Length"), data, index) if header else None
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        if isinstance(length, int) and 0 < length <= len(data) - start:
            end = max(end, start + length)  # a stream may contain the word endstream: /Length wins
        size = decode_measure(data[start:end], declared, MAX_STREAM)
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


# ------------------------------------------------------------------------------------------- pixels


def render_dpi(width_pt: float, height_pt: float, dpi: float = OCR_DPI) -> int | None:
    """The resolution at which a page of width × height points fits MAX_RENDER_PIXELS: `dpi` or less
    (scaled down), or None when even MIN_RENDER_DPI does not fit (the page must not be rendered)."""
    if not (width_pt > 0 and height_pt > 0):
        return None
    area_in2 = (width_pt / 72) * (height_pt / 72)
    fit = (MAX_RENDER_PIXELS / area_in2) ** 0.5
    best = min(float(dpi), fit)
    return int(best) if best >= MIN_RENDER_DPI else None


# --------------------------------------------------------------------------------------------- text

# bidirectional embeddings/overrides/isolates: they reorder what a person sees in a report
_BIDI: dict[int, int | None] = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])
# Word's non-breaking and soft hyphens ("LE GRAND‑QUEVILLY", "Pont-Au­demer"): a plain hyphen, nothing
_BIDI.update({0x2011: ord("-"), 0x2010: ord("-"), 0x00AD: None})


def clean_text(text: str) -> str:
    """Text safe for JSON files, terminals and reports: no control characters (tab and newline kept),
    no bidi overrides, no lone surrogates or noncharacters (they cannot be encoded in UTF-8); Word's
    non-breaking hyphen is a hyphen and its soft hyphen goes; a symbol font's arrows and bullets are « → »
    and « • », and letters encoded twice are decoded once more (extractors.charsets)."""
    if text.isprintable() and text.isascii():
        return text
    text = unmangled(text.translate(_BIDI).translate(SYMBOL_TABLE))
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
