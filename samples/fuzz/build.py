"""Hostile documents for the readers' tests: each built from scratch in a few milliseconds, a few KB each.

    python -m samples.fuzz.build [OUTDIR]     (default: samples/fuzz/, the committed corpus)

PDFs are written object by object with a correct xref, so that each file is exactly the attack it names
and nothing else; DOCX files are real python-docx documents whose zip or XML is then altered.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
TEXT = b"BT /F1 12 Tf 72 720 Td (Circulaire de test : texte lisible.) Tj ET"


def make_pdf(objs: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """Objects 1..n (1 is the catalog) → a PDF with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        trailer_extra,
        xref,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< %s /Length %d >>\nstream\n" % (extra, len(data)) + data + b"\nendstream"


def one_page(
    content: bytes = TEXT,
    *,
    catalog: bytes = b"",
    page: bytes = b"",
    filt: bytes = b"",
    pages: bytes = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    more: tuple[bytes, ...] = (),
) -> bytes:
    """Catalog 1, Pages 2, Page 3, Font 4, Contents 5, then `more` from 6 on."""
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R %s>>" % catalog,
            pages,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R %s>>" % page,
            FONT,
            stream(content, filt),
            *more,
        ]
    )


# --------------------------------------------------------------------------------------------- pdf


def pdf_stream_bomb(mb: int = 1024) -> bytes:
    """A readable line, then `mb` MiB of spaces, Flate-compressed twice: ~2 KB on disk."""
    return one_page(_bomb_body(mb), filt=b"/Filter [/FlateDecode /FlateDecode]")


def _adler_combine(a1: int, a2: int, len2: int) -> int:
    """Adler-32 of A + B from those of A and B (zlib's adler32_combine)."""
    base = 65521
    rem = len2 % base
    s1 = a1 & 0xFFFF
    s2 = (rem * s1) % base
    s1 += (a2 & 0xFFFF) + base - 1
    s2 += ((a1 >> 16) & 0xFFFF) + ((a2 >> 16) & 0xFFFF) + base - rem
    return (s1 % base) | ((s2 % base) << 16)


def _adler_repeat(start: int, piece: int, size: int, n: int) -> int:
    """Adler-32 after appending n copies of a piece (Adler `piece`, `size` bytes), by doubling."""
    out, power, power_size = start, piece, size
    while n:
        if n & 1:
            out = _adler_combine(out, power, power_size)
        power, power_size = _adler_combine(power, power, power_size), power_size * 2
        n >>= 1
    return out


@lru_cache(maxsize=4)
def _bomb_body(mb: int) -> bytes:
    """A readable line then `mb` MiB of spaces, Flate-compressed twice (the payload of the bombs).

    Built without compressing `mb` MiB: after a full flush the compressor starts afresh, so every MiB of
    spaces compresses to the same block; the blocks are repeated, closed by an empty final block and the
    Adler-32 of the whole (a valid zlib stream, checked by the tests of small sizes)."""
    co = zlib.compressobj(9)
    head = co.compress(TEXT + b"\n") + co.flush(zlib.Z_FULL_FLUSH)
    chunk = b" " * (1 << 20)
    block = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    adler = _adler_repeat(zlib.adler32(TEXT + b"\n"), zlib.adler32(chunk), len(chunk), mb)
    inner = head + block * mb + b"\x03\x00" + struct.pack(">I", adler)
    return zlib.compress(inner, 9)


def pdf_bomb_note_in_dict(mb: int = 1024) -> bytes:
    """The double-Flate bomb with a string in its dictionary that contains the word `obj` (a scanner that
    looks back for "obj" lands inside the string and misses /Filter)."""
    return one_page(_bomb_body(mb), filt=b"/Filter [/FlateDecode /FlateDecode] /Note (see 5 0 obj)")


def pdf_bomb_indirect_filter(mb: int = 1024) -> bytes:
    """The double-Flate bomb whose /Filter is an indirect reference to an array (object 6)."""
    return one_page(_bomb_body(mb), filt=b"/Filter 6 0 R", more=(b"[/FlateDecode /FlateDecode]",))


def pdf_bomb_hex_wrapper(mb: int = 1024) -> bytes:
    """The double-Flate bomb written in hexadecimal behind /ASCIIHexDecode."""
    body = _bomb_body(mb).hex().encode() + b">"
    return one_page(body, filt=b"/Filter [/AHx /Fl /Fl]")


def pdf_bomb_comment_in_dict(mb: int = 1024) -> bytes:
    """The bomb with a comment holding `obj` and a fake /Filter inside its dictionary."""
    return one_page(_bomb_body(mb), filt=b"% 7 0 obj /Filter /None\n/Filter [/FlateDecode /FlateDecode]")


def pdf_giant_page(side: int = 14400) -> bytes:
    """One page of side × side points (200 × 200 inches) with no text: an OCR render would need gigabytes."""
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>" % (side, side),
            stream(b"0 0 0 RG 10 w 100 100 m %d %d l S" % (side - 100, side - 100)),
        ]
    )


def png_pixel_bomb(width: int = 12000, height: int = 12000) -> bytes:
    """A grey PNG of width × height pixels (144 Mpx, under Pillow's own refusal threshold), ~140 KB:
    decoding it needs 144 MB, OCR several times that. Built by the tests, not committed."""
    raw_row = b"\x00" + b"\xff" * width
    co = zlib.compressobj(9)
    idat = b"".join(co.compress(raw_row) for _ in range(height)) + co.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def pdf_deep_nesting(depth: int = 50_000) -> bytes:
    """A resource dictionary holding an array nested `depth` levels deep (parsers recurse on it)."""
    return one_page(page=b"/Nested 6 0 R", more=(b"[" * depth + b"]" * depth,))


def pdf_reference_loop() -> bytes:
    """The page tree contains itself, the page's /Parent points back, an object is a reference to itself."""
    return one_page(
        pages=b"<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 3 >>",
        page=b"/Loop 6 0 R",
        more=(b"6 0 R",),
    )


def pdf_huge_count() -> bytes:
    """One real page, a page tree declaring two billion pages."""
    return one_page(pages=b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>")


def pdf_actions(marker: str) -> bytes:
    """JavaScript on open, a /Launch action (Unix and Windows forms) that would create `marker`, a
    JavaScript page action and a link annotation that launches the same command."""
    cmd = f"touch {marker}".encode()
    launch = (
        b"<< /S /Launch /F (/bin/sh) /Unix << /F (/bin/sh) /P (-c '%s') >> "
        b"/Win << /F (cmd.exe) /P (/c echo pwned > %s) >> /NewWindow true >>" % (cmd, marker.encode())
    )
    js = (
        b"<< /S /JavaScript /JS (app.launchURL\\('http://127.0.0.1:9/pwned'\\); "
        b"this.exportDataObject\\({cName: 'x', nLaunch: 2}\\);) /Next 6 0 R >>"
    )
    return one_page(
        catalog=b"/OpenAction 7 0 R /AA << /WC 6 0 R >> /Names << /JavaScript << /Names [(x) 7 0 R] >> >>",
        page=b"/AA << /O 6 0 R >> /Annots [8 0 R]",
        more=(launch, js, b"<< /Type /Annot /Subtype /Link /Rect [72 700 300 730] /A 6 0 R >>"),
    )


def pdf_hostile_text() -> bytes:
    """Glyphs mapped by /ToUnicode to a lone surrogate, NUL, ESC, a BEL and bidi overrides."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Hostile def "
        b"1 begincodespacerange <00> <FF> endcodespacerange 7 beginbfchar "
        b"<41> <D800> <42> <0000> <43> <001B> <44> <202E> <45> <0007> <46> <2066> <47> <FFFE> "
        b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    content = (
        b"BT /F1 12 Tf 72 720 Td (Texte normal avant.) Tj 0 -20 Td (xxABCDEFGxx) Tj "
        b"0 -20 Td (Texte normal apres.) Tj ET"
    )
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            font,
            stream(content),
            stream(cmap),
        ]
    )


# -------------------------------------------------------------------------------------------- docx


def base_docx(text: str = "Circulaire de test : texte lisible.") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _replace_member(data: bytes, name: str, content: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, content if info.filename == name else src.read(info))
        for n, b in (extra or {}).items():
            dst.writestr(n, b)
    return out.getvalue()


_DOC = (
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    b"<w:p><w:r><w:t>Avant &%s; apres</w:t></w:r></w:p></w:body></w:document>"
)


def docx_billion_laughs() -> bytes:
    ents = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    xml = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document ['
        + ents
        + b"]>"
        + _DOC % b"lol9"
    )
    return _replace_member(base_docx(), "word/document.xml", xml)


def docx_xxe(url: str = "file:///etc/passwd") -> bytes:
    xml = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "%s">]>'
        % url.encode()
    ) + _DOC % b"xxe"
    return _replace_member(base_docx(), "word/document.xml", xml)


def docx_xxe_utf16() -> bytes:
    """The same external entity, in an XML part encoded in UTF-16 (hides the ASCII marker)."""
    xml = (
        '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM '
        '"file:///etc/passwd">]>' + (_DOC % b"xxe").decode()
    )
    return _replace_member(base_docx(), "word/document.xml", xml.encode("utf-16"))


def docx_overlapping() -> bytes:
    """Extra central-directory entries all pointing at the local header of word/document.xml."""
    data = base_docx()
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.getinfo("word/document.xml")
    eocd = data.rfind(b"PK\x05\x06")
    cd_size, cd_off = struct.unpack_from("<II", data, eocd + 12)
    n = struct.unpack_from("<H", data, eocd + 10)[0]
    central = data[cd_off : cd_off + cd_size]
    pos = central.find(b"PK\x01\x02")
    entry = b""
    while pos >= 0:  # find the central entry of document.xml
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", central, pos + 28)
        end = pos + 46 + name_len + extra_len + comment_len
        if central[pos + 46 : pos + 46 + name_len] == info.filename.encode():
            entry = central[pos:end]
        pos = central.find(b"PK\x01\x02", end)
    copies = b""
    k = 20
    for i in range(k):
        name = f"word/copie{i:02d}.xml".encode()
        copies += (
            entry[:28] + struct.pack("<H", len(name)) + entry[30:46] + name + entry[46 + len(info.filename) :]
        )
    new_central = central + copies
    eocd_rec = bytearray(data[eocd : eocd + 22])
    struct.pack_into("<HHII", eocd_rec, 8, n + k, n + k, len(new_central), cd_off)
    return data[:cd_off] + new_central + bytes(eocd_rec)


def docx_huge_declared() -> bytes:
    """document.xml declares 4 GB in the central directory."""
    data = bytearray(base_docx())
    eocd = data.rfind(b"PK\x05\x06")
    cd_off = struct.unpack_from("<I", data, eocd + 16)[0]
    pos = data.find(b"PK\x01\x02", cd_off)
    while pos >= 0:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + name_len] == b"word/document.xml":
            struct.pack_into("<I", data, pos + 24, 0xFFFFFFF0)
        pos = data.find(b"PK\x01\x02", pos + 46)
    return bytes(data)


def docx_lying_size(mb: int = 300) -> bytes:
    """document.xml declares its true small size, but its data inflates to `mb` MiB: zipfile must stop."""
    data = base_docx()
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.getinfo("word/document.xml")
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    blob = (
        co.compress(zf.read(info)) + b"".join(co.compress(b" " * (1 << 20)) for _ in range(mb)) + co.flush()
    )
    # rebuild: same member name, the big deflate data, the declared sizes of the original member
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for i in zf.infolist():
            if i.filename != info.filename:
                dst.writestr(i.filename, zf.read(i))
    body = out.getvalue()
    eocd = body.rfind(b"PK\x05\x06")
    n, cd_size, cd_off = struct.unpack_from("<HII", body, eocd + 10)
    name = info.filename.encode()
    local = (
        struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, info.CRC, len(blob), info.file_size, len(name), 0
        )
        + name
    )
    central_entry = (
        struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0,
            info.CRC,
            len(blob),
            info.file_size,
            len(name),
            0,
            0,
            0,
            0,
            0,
            cd_off,
        )
        + name
    )
    new_cd = body[cd_off : cd_off + cd_size] + central_entry
    start_cd = cd_off + len(local) + len(blob)
    eocd_rec = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n + 1, n + 1, len(new_cd), start_cd, 0)
    return body[:cd_off] + local + blob + new_cd + eocd_rec


def docx_nested_zip(mb: int = 200) -> bytes:
    """A valid DOCX carrying an embedded zip whose member inflates to `mb` MiB (never opened)."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("zeros.bin", "w", force_zip64=True) as fh:
            for _ in range(mb):
                fh.write(b"\0" * (1 << 20))
    return _replace_member(base_docx(), "", b"", {"word/embeddings/annexe.zip": inner.getvalue()})


def docx_many_members(n: int = 6000) -> bytes:
    out = io.BytesIO()
    src = zipfile.ZipFile(io.BytesIO(base_docx()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        for i in range(n):
            dst.writestr(f"p/{i}", b"")
    return out.getvalue()


def docx_hostile_text() -> bytes:
    """Bidi overrides, isolates and zero-width characters in the text (legal in XML)."""
    return base_docx("Date limite : \u202e4202 iam 61\u202c, centre \u2066‮Lycée\u2069 \u200bfin.")


CORPUS = {
    "pdf_stream_bomb.pdf": pdf_stream_bomb,
    "pdf_bomb_note_in_dict.pdf": pdf_bomb_note_in_dict,
    "pdf_bomb_indirect_filter.pdf": pdf_bomb_indirect_filter,
    "pdf_bomb_hex_wrapper.pdf": pdf_bomb_hex_wrapper,
    "pdf_bomb_comment_in_dict.pdf": pdf_bomb_comment_in_dict,
    "pdf_giant_page.pdf": pdf_giant_page,
    "pdf_deep_nesting.pdf": pdf_deep_nesting,
    "pdf_reference_loop.pdf": pdf_reference_loop,
    "pdf_huge_count.pdf": pdf_huge_count,
    "pdf_actions.pdf": lambda: pdf_actions("/tmp/bts_pwned_corpus"),
    "pdf_hostile_text.pdf": pdf_hostile_text,
    "docx_billion_laughs.docx": docx_billion_laughs,
    "docx_xxe.docx": docx_xxe,
    "docx_xxe_utf16.docx": docx_xxe_utf16,
    "docx_overlapping.docx": docx_overlapping,
    "docx_huge_declared.docx": docx_huge_declared,
    "docx_lying_size.docx": lambda: docx_lying_size(40),
    "docx_nested_zip.docx": docx_nested_zip,
    "docx_hostile_text.docx": docx_hostile_text,
}


def build(out: Path = HERE) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for name, fn in CORPUS.items():
        p = out / name
        p.write_bytes(fn())
        made.append(p)
    return made


if __name__ == "__main__":
    for p in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"{p.stat().st_size:>8}  {p}")
