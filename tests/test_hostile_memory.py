"""Bounded memory whatever the PDF (issue 9, items 5–7): stream bombs measured while decoding whatever the
dictionary says, a pixel budget before any rendering, and an address-space limit on every analysis worker.

The hostile files are built here (samples/fuzz/build.py), a few KB each.
"""

from __future__ import annotations

import resource
from pathlib import Path

import pytest
from PIL import Image

from core.errors import TooLargeError
from extractors import ocr, safety
from extractors.readers import read_document
from pipeline.check import _new_pool, analyse_files, run_batch
from samples.fuzz import build as hostile
from tests.test_check import candidate, sio_2026, write_manifest

BOMBS = {
    "note_in_dict": hostile.pdf_bomb_note_in_dict,
    "indirect_filter": hostile.pdf_bomb_indirect_filter,
    "hex_wrapper": hostile.pdf_bomb_hex_wrapper,
    "comment_in_dict": hostile.pdf_bomb_comment_in_dict,
    "plain": hostile.pdf_stream_bomb,
}




# --- 5. stream bombs: the limit is enforced while decoding -------------------------------------------------


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_every_bomb_form_is_refused_by_the_circular_reader(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(BOMBS[kind](300))
    assert path.stat().st_size < 8000
    with pytest.raises(TooLargeError) as info:
        read_document(path)
    assert "décompressé" in info.value.message and "bombe de décompression" in info.value.french()


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_every_bomb_form_is_a_typed_anomaly_in_a_dossier(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(BOMBS[kind](300))
    facts = analyse_files([(path.name, str(path))], timeout=30)[0]
    assert facts.erreur == "trop_complexe"
    assert "bombe de décompression" in (facts.erreur_message or "") and facts.erreur_message.startswith(path.name)


def test_decoder_stops_at_the_cap_and_holds_little() -> None:
    """1 GiB of decoded data behind hex + two Flate layers: counted to the cap, never held."""
    raw = hostile._bomb_body(1024).hex().encode() + b">"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    size = safety.decode_measure(raw, [b"ASCIIHexDecode", b"FlateDecode", b"FlateDecode"], 64 << 20)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert 64 << 20 < size < (64 << 20) + (2 << 20)
    assert grown_mb < 40, grown_mb


def test_the_content_decides_not_the_dictionary() -> None:
    body = hostile._bomb_body(300)
    cap = 128 << 20
    for declared in (None, [], [b"DCTDecode"], [b"Crypt"]):  # hidden, absent or lying filters
        assert safety.decode_measure(body, declared, cap) > cap
    assert safety.decode_measure(body.hex().encode() + b">", None, cap) > cap  # hex recognised by alphabet


def test_ordinary_filters_still_pass(samples_dir: Path) -> None:
    for path in sorted(samples_dir.glob("*.pdf")):
        safety.refuse_pdf_stream_bombs(path, path.read_bytes())  # no exception


def test_lzw_and_runlength_are_measured() -> None:
    run = bytes([257 - 128, ord("a")]) * 1000 + b"\x80"  # RunLength: 128 × 'a', 1000 times
    assert safety.decode_measure(run, [b"RunLengthDecode"], 1 << 30) == 128_000
    lzw = bytes.fromhex("800B6050220C0C8501")  # the PDF reference's example: "-----A---B"
    assert b"".join(safety._lzw([lzw])) == b"-----A---B"


# --- 6. a pixel budget before any rendering ---------------------------------------------------------------


def test_giant_page_is_refused_before_rendering_with_its_true_cause(tmp_path: Path) -> None:
    path = tmp_path / "page_geante.pdf"
    path.write_bytes(hostile.pdf_giant_page(14400))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    facts = analyse_files([(path.name, str(path))], timeout=30)[0]
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 100  # MB: nothing drawn
    assert facts.erreur == "trop_complexe"
    message = facts.erreur_message or ""
    assert "508 × 508 cm" in message and "millions de pixels" in message
    assert "Tesseract" not in message and "installer" not in message


def test_large_pages_are_rendered_at_a_lower_resolution() -> None:
    a4 = (595, 842)
    a0 = (2384, 3370)
    assert safety.render_dpi(*a4) == 250
    dpi = safety.render_dpi(*a0)
    assert dpi is not None and 50 <= dpi < 250
    assert (a0[0] / 72 * dpi) * (a0[1] / 72 * dpi) <= safety.MAX_RENDER_PIXELS
    assert safety.render_dpi(14400, 14400) is None


def test_images_are_scaled_down_to_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_RENDER_PIXELS", 1_000_000)
    image = Image.new("L", (4000, 2000), 255)
    small, dpi = ocr.within_budget(image, 300)
    assert small.size[0] * small.size[1] <= 1_000_000 and dpi < 300
    assert abs(small.size[0] / small.size[1] - 2) < 0.01  # proportions kept
    same, same_dpi = ocr.within_budget(Image.new("L", (100, 100)), 300)
    assert same.size == (100, 100) and same_dpi == 300


# --- 7. every analysis worker has an address-space limit ---------------------------------------------------


def test_workers_run_under_the_memory_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BTS_WORKER_MEMORY", "1.5")
    pool = _new_pool(1)
    try:
        soft, _ = pool.submit(resource.getrlimit, resource.RLIMIT_AS).result(timeout=60)
    finally:
        pool.shutdown()
    # the limit, or — in a worker forked from a process already bigger than it (this test process after a
    # long run) — its starting size plus a fixed headroom, so that it can still work
    from pipeline.check import WORKER_HEADROOM, _vm_size

    limit = int(1.5 * 1024**3)
    parent = _vm_size() or 0
    assert soft == limit or (soft > limit and soft <= parent + WORKER_HEADROOM + 256 * 2**20), (soft, parent)


def test_what_a_guard_misses_ends_as_a_typed_anomaly(
    tmp_path: Path, store, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """With the stream guard switched off, pdfium asks for 2 GB: the worker limit stops it, the file is
    `fichier_trop_complexe`, the other candidates are checked."""
    monkeypatch.setenv("BTS_INJECT_FAULTS", "garde_flux=desactive")
    monkeypatch.setenv("BTS_WORKER_MEMORY", "0.75")
    depot = tmp_path / "depot"
    write_manifest(
        depot,
        ["0260269201;A;B;SLAM;scolaire;E5;2026-04-22 11:00", "0260269202;C;D;SLAM;scolaire;E5;2026-04-22 11:00"],
    )
    folder = candidate(depot, "0260269201")
    (folder / "annexe.pdf").write_bytes(hostile.pdf_stream_bomb(2048))
    candidate(depot, "0260269202")
    by = {r.numero: r for r in run_batch(depot, sio_2026(), "E5", store, workers=1).resultats}
    bomb = [a for a in by["0260269201"].anomalies if a.code == "fichier_trop_complexe"]
    assert bomb and any(a.piece == "annexe.pdf" for a in bomb)
    assert by["0260269201"].statut == "a_verifier" and by["0260269201"].motifs == []
    assert by["0260269202"].statut == "conforme"


def test_a_worker_forked_from_a_big_process_can_still_allocate() -> None:
    """A process already mapping more than the limit (as a worker forked from a long-lived flow process
    does) must still be able to read a file: it gets its size plus a headroom, not an instant MemoryError."""
    import subprocess
    import sys

    code = ("import mmap; big = mmap.mmap(-1, 1700 * 2**20)\n"
            "from pipeline.check import limit_memory; limit_memory(int(1.5 * 2**30))\n"
            "buf = bytearray(100 * 2**20); print('ok')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr[-500:]
