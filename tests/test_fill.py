"""`bts fill`: the annexes rendered from our own templates, read back from the DOCX XML and the PDF text.

All PDFs of this module come from ONE LibreOffice call (module-scoped fixture `run26`).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader
from typer.testing import CliRunner

from cli import app
from core.errors import ExternalToolError, InputFileError
from generators.annexes import (
    FORM_KINDS,
    context,
    fill,
    formset_for,
    load_family,
    note_finale,
    output_stem,
    render_docx,
    template_path,
)
from pipeline.evaluations import (
    Candidat,
    Evaluation,
    candidats_from_controle,
    read_candidats,
    read_evaluations,
)
from pipeline.models import (
    Controle,
    Evenement,
    Examen,
    Penalite,
    Resultat,
    SessionData,
    SessionRef,
    Source,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HAS_SOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None
HAS_PDFTOTEXT = shutil.which("pdftotext") is not None

EVAL_HEADER = ("numero;equipe;patrimoine;incidents;presence_en_ligne;projet;mise_a_disposition;"
               "developpement_professionnel;note proposée;observations_partie1;observations_partie2;appreciation;"
               "penalites\n")


def session_data(year: int, code: str) -> SessionData:
    return SessionData(
        source=Source(fichier="circulaire.pdf", sha256="a" * 64, format="pdf"),
        examen=Examen(sigle="SIO", session=year, academie="Aix-Marseille"),
        evenements=[
            Evenement(type="controle_conformite", debut=f"{year}-05-06T14:00", epreuves=[code], libelle="contrôle"),
            Evenement(type="epreuve", debut=f"{year}-05-21", fin=f"{year}-05-22", epreuves=[code], libelle="oral"),
        ],
    )


def controle_data(year: int, code: str) -> Controle:
    return Controle(session=SessionRef(sigle="SIO", session=year), resultats=[
        Resultat(numero="26SIO0002", nom="Bernard", prenom="Zoé", epreuve=code, statut="non_conforme",
                 motifs=["depot_hors_delai", "documents_non_signes"]),
        Resultat(numero="26SIO0001", nom="Œuvray", prenom="Léa", epreuve=code, statut="conforme",
                 penalites=[Penalite(code="absence_tableau_synthese", points=2)]),
        Resultat(numero="26SIO0005", nom="Lefèvre", prenom="Maëlle", epreuve=code, statut="non_conforme",
                 motifs=["documents_non_signes"]),
        Resultat(numero="26SIO0003", nom="Dupont", prenom="Anaïs", epreuve=code, statut="a_verifier"),
        Resultat(numero="26SIO0004", nom="Martin", prenom="Hugo", epreuve=code, statut="conforme"),
    ])


CANDIDATS = (
    "numero;nom;prenom;option;forme;epreuve;depose_le;commission\n"
    "26SIO0001;Œuvray;Léa;SLAM;CCF;E5;2026-04-01 10:00;1\n"
    "26SIO0002;Bernard;Zoé;SISR;ponctuelle;E5;2026-04-20 10:00;1\n"
    "26SIO0003;Dupont;Anaïs;SISR;Épreuve ponctuelle;E5;2026-04-02 10:00;2\n"
    "26SIO0004;Martin;Hugo;SLAM;ponctuelle;E5;2026-04-02 10:00;1\n"
    "26SIO0005;Lefèvre;Maëlle;SISR;ponctuelle;E5;2026-04-02 10:00;2\n"
)
EVALUATIONS = EVAL_HEADER + (
    "26SIO0001;3;4;Bonne maîtrise;2;5;4;3;1,5;\"Présentation claire.\nParcours complet.\";Échanges riches & précis <ok>;Bien;\n"
    "26SIO0003;1;2;3;4;5;Excellente maitrise;non maitrisé;15.2;;;;portfolio_inaccessible\n"
    "26SIO0004;;;;;;;;12,5;;;Appréciation de Hugo;\n"
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("fill_inputs")
    return {
        "session": write(d / "session.json", session_data(2026, "E5").model_dump_json()),
        "session24": write(d / "session24.json", session_data(2024, "E4").model_dump_json()),
        "controle": write(d / "results.json", controle_data(2026, "E5").model_dump_json()),
        "candidats": write(d / "candidats.csv", CANDIDATS),
        "evaluations": write(d / "evaluations.csv", EVALUATIONS),
    }


@pytest.fixture(scope="module")
def run26(tmp_path_factory: pytest.TempPathFactory, inputs: dict[str, Path]):
    """Session 2026 forms, DOCX and (when LibreOffice is installed) PDF in one soffice call."""
    fs = formset_for(session_data(2026, "E5"), date="2026-05-21", membres=["Zoé Lefèvre", "Marc Dupuis"],
                     commission="9")
    people = candidats_from_controle(controle_data(2026, "E5"), read_candidats(inputs["candidats"]))
    evals = read_evaluations(inputs["evaluations"], fs.family)
    out = tmp_path_factory.mktemp("fill26")
    report = fill(fs, people, evals, out, pdf=HAS_SOFFICE)
    return fs, report, out


# --- reading our DOCX back ----------------------------------------------------------------------

def docx_xml(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml"))


def para_text(p: etree._Element) -> str:
    """Text of one w:p with its tabs and line breaks."""
    out = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}br"):
        out.append(el.text or "" if el.tag == f"{W}t" else "\t" if el.tag == f"{W}tab" else "\n")
    return "".join(out)


def paragraphs(path: Path) -> list[str]:
    return [para_text(p) for p in docx_xml(path).iter(f"{W}p")]


def text(path: Path) -> str:
    return "\n".join(paragraphs(path))


def rows(path: Path) -> list[list[str]]:
    """Every table row (nested ones too) as the list of its own cells' text."""
    out = []
    for tr in docx_xml(path).iter(f"{W}tr"):
        cells = []
        for tc in tr.findall(f"{W}tc"):
            cells.append(" ".join(para_text(p) for p in tc.iter(f"{W}p")).strip())
        out.append(cells)
    return out


def row_with(path: Path, needle: str) -> list[str]:
    """The innermost row whose text holds `needle`."""
    found = [r for r in rows(path) if any(needle in c for c in r)]
    assert found, f"{needle!r} absent de {path.name}"
    return min(found, key=lambda r: sum(len(c) for c in r))


def produced(report, numero: str, kind: str):
    match = [p for p in report.produced if p.candidat.numero == numero and p.kind == kind]
    return match[0] if match else None


# --- pure rules -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("note", "penalites", "expected"), [
    (Decimal("12.5"), 2, 11), (Decimal("1.5"), 2, 0), (Decimal("14"), 0, 14), (Decimal("12.3"), 2, 11),
    (Decimal("20"), 0, 20), (Decimal("0.2"), 0, 1), (Decimal("5"), 12, 0), (Decimal("15.2"), 10, 6),
    (None, 2, None),
])
def test_note_finale_ceil_and_floor(note, penalites, expected) -> None:
    assert note_finale(note, penalites) == expected


def test_family_follows_rules_of_the_session() -> None:
    fs26 = formset_for(session_data(2026, "E5"))
    fs24 = formset_for(session_data(2024, "E4"))
    assert (fs26.famille, fs26.annexe.numeros["grille"]) == ("sio_vi", "VI-3")
    assert (fs24.famille, fs24.annexe.numeros["controle"]) == ("sio_6", "6-2")
    # the 6 competences + the « rendre compte » row, 5 levels, 2 penalty lines: the same content data
    for fam in (fs26.family, fs24.family):
        assert len(fam["grille"]["competences"]) == 7 and len(fam["grille"]["niveaux"]) == 5
        assert [p["points"] for p in fam["grille"]["penalites"]["lignes"]] == [10, 2]
    assert fs24.family["entete"] == ["epreuve", "annexe"] and fs26.family["entete"] == ["annexe", "epreuve"]


def test_output_stem_keeps_accents_upper_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Zoé")
    stem = output_stem(Candidat("26SIO0009", nom=decomposed), "VI-2")
    assert stem == "26SIO0009_ZOÉ_VI-2" and unicodedata.is_normalized("NFC", stem)
    assert output_stem(Candidat("26SIO0010", nom="Œuvray"), "VI-3") == "26SIO0010_ŒUVRAY_VI-3"
    # never a hidden file nor a path (issue 9): more in tests/test_hostile_fill.py
    assert output_stem(Candidat("../x", nom="de la Tour/../etc"), "6-4") == "x_DE-LA-TOUR-..-ETC_6-4"


def test_committed_templates_are_built_from_the_yaml(tmp_path: Path) -> None:
    """Editing templates/*.yaml without `python -m generators.build_templates` fails here."""
    from generators.annexes import TEMPLATES_DIR, families
    from generators.build_templates import build_family

    for famille in families():
        for built in build_family(famille, tmp_path):
            committed = TEMPLATES_DIR / built.name
            with zipfile.ZipFile(built) as a, zipfile.ZipFile(committed) as b:
                assert a.read("word/document.xml") == b.read("word/document.xml"), built.name


# --- DOCX content -----------------------------------------------------------------------------------

def test_which_forms_for_whom(run26) -> None:
    _, report, out = run26
    names = sorted(p.docx.name for p in report.produced)
    assert names == sorted([
        "26SIO0002_BERNARD_VI-2.docx",  # late deposit: fiche de contrôle only (NV)
        "26SIO0001_ŒUVRAY_VI-3.docx", "26SIO0001_ŒUVRAY_VI-4.docx",
        "26SIO0005_LEFÈVRE_VI-2.docx", "26SIO0005_LEFÈVRE_VI-3.docx", "26SIO0005_LEFÈVRE_VI-4.docx",
        "26SIO0003_DUPONT_VI-3.docx", "26SIO0003_DUPONT_VI-4.docx",
        "26SIO0004_MARTIN_VI-3.docx", "26SIO0004_MARTIN_VI-4.docx",
    ])
    for p in report.produced:
        assert p.docx.parent == out / "docx"
        assert p.docx.stat().st_mode & 0o777 == 0o600
        assert unicodedata.is_normalized("NFC", p.docx.name)
    assert not [f for f in (out / "docx").iterdir() if f.name.startswith(".")]  # no temp file left


def test_controle_ticks_the_motifs_found(run26) -> None:
    _, report, _ = run26
    path = produced(report, "26SIO0002", "controle").docx
    body = text(path)
    assert "ANNEXE VI-2 : Modèle de fiche de contrôle de conformité pour l’épreuve" in body
    assert "Épreuve E5 – Support et mise à disposition de services informatiques" in body
    assert "CONTRÔLE DE CONFORMITÉ" in body and "BERNARD Zoé" in body and "26SIO0002" in body
    assert row_with(path, "absence de dossier")[0] == "☐"
    assert row_with(path, "dépôt du dossier au-delà")[0] == "☒"
    assert row_with(path, "durée de stage inférieure")[0] == "☐"
    assert row_with(path, "attestations de stage ou certificat(s)")[0] == "☒"
    assert row_with(path, "Vous ne pourrez pas être interrogé(e), la note")[0] == "☒"
    assert "Date du contrôle : 21 / 05 / 2026" in body

    regularisable = produced(report, "26SIO0005", "controle").docx
    assert row_with(regularisable, "attestations de stage ou certificat(s)")[0] == "☒"
    assert row_with(regularisable, "dépôt du dossier au-delà")[0] == "☐"
    assert row_with(regularisable, "Vous ne pourrez pas être interrogé(e), la note")[0] == "☐"


def test_grille_identity_levels_penalties_and_note(run26) -> None:
    _, report, _ = run26
    path = produced(report, "26SIO0001", "grille").docx
    body = text(path)
    assert "BTS SERVICES INFORMATIQUES AUX ORGANISATIONS\tSESSION 2026" in body
    assert "ANNEXE VI-3 : Grille d’aide à l’évaluation (recto)" in body
    assert "ANNEXE VI-3 : Grille d’aide à l’évaluation (verso)" in body
    assert "Nom, prénom : ŒUVRAY Léa" in body and "N° candidat : 26SIO0001" in body
    assert "N° commission : 1" in body and "Date : 21 / 05 / 2026" in body
    assert "- Zoé Lefèvre\t- Marc Dupuis" in body
    assert "Épreuve ponctuelle\t☐" in body and "Contrôle en cours de formation\t☒" in body
    assert "OPTION SISR\t☐" in body and "OPTION SLAM\t☒" in body
    assert "(annexe VI-4)" in body
    assert row_with(path, "Absence de tableau de synthèse")[0].startswith("☒")  # seen by the check
    assert row_with(path, "Portfolio inaccessible")[0].startswith("☐")
    levels = {"Capacité à rendre compte": 3, "Gérer le patrimoine informatique": 4,
              "Répondre aux incidents": 4, "Développer la présence en ligne": 2, "Travailler en mode projet": 5,
              "Mettre à disposition des utilisateurs": 4, "Organiser son développement professionnel": 3}
    for title, level in levels.items():
        cells = row_with(path, title)
        assert cells[1:6] == ["☒" if n == level else "☐" for n in range(1, 6)], title
    assert row_with(path, "NOTE FINALE")[1] == "0"  # 1,5 − 2 → floored at 0
    assert [r for r in rows(path) if r and r[0] == "NOTE"][0][1] == "1,5"


def test_note_finale_rounded_up_with_commission_penalty(run26) -> None:
    _, report, _ = run26
    grille = produced(report, "26SIO0003", "grille").docx
    assert row_with(grille, "Portfolio inaccessible")[0].startswith("☒")
    assert [r for r in rows(grille) if r and r[0] == "NOTE FINALE"][0][1] == "6"  # 15,2 − 10 = 5,2 → 6
    assert row_with(grille, "Capacité à rendre compte")[1:6] == ["☒", "☐", "☐", "☐", "☐"]
    fiche = produced(report, "26SIO0004", "fiche").docx
    assert [r for r in rows(fiche) if r and r[0] == "NOTE"][0][1] == "13"  # 12,5 → 13
    assert "Appréciation de Hugo" in text(fiche)
    # no evaluation: note boxes left empty, no level ticked
    lefevre = produced(report, "26SIO0005", "grille").docx
    assert [r for r in rows(lefevre) if r and r[0] == "NOTE FINALE"][0][1] == ""
    assert "☒" not in "".join(row_with(lefevre, "Gérer le patrimoine informatique")[1:6])


def test_fiche_observations_escaped_and_multiline(run26) -> None:
    _, report, _ = run26
    path = produced(report, "26SIO0001", "fiche").docx
    body = text(path)
    assert "ANNEXE VI-4 : Fiche d’appréciation destinée à la personne candidate" in body
    assert "Présentation claire.\nParcours complet." in body and "Échanges riches & précis <ok>" in body and "Bien" in body
    assert "Visa des membres de la commission d’interrogation" in body
    assert [r for r in rows(path) if r and r[0] == "NOTE"][0][1] == "0"


def test_session_2024_uses_annexe_6_and_epreuve_e4(tmp_path: Path, inputs: dict[str, Path]) -> None:
    fs = formset_for(session_data(2024, "E4"))
    people = [Candidat("24SIO0001", "Noël", "Chloé", "SISR", "ponctuelle", "E4", statut="non_conforme",
                       motifs=["absence_dossier"]),
              Candidat("24SIO0002", "Faure", "Élise", "SLAM", "ccf", "E4", statut="conforme")]
    report = fill(fs, people, {}, tmp_path, pdf=False)
    assert sorted(p.docx.name for p in report.produced) == [
        "24SIO0001_NOËL_6-2.docx", "24SIO0002_FAURE_6-3.docx", "24SIO0002_FAURE_6-4.docx"]
    grille = paragraphs(report.produced[1].docx)
    i_epreuve = grille.index("Épreuve E4 – Support et mise à disposition de services informatiques")
    i_annexe = grille.index("ANNEXE 6-3 : Grille d’aide à l’évaluation (recto)")
    assert i_epreuve < i_annexe  # 2024 layout: épreuve line first
    assert "SESSION 2024" in text(report.produced[1].docx)
    assert "Date du contrôle : 06 / 05 / 2024" in text(report.produced[0].docx)  # from the session calendar


def test_candidats_csv_without_controle(tmp_path: Path, inputs: dict[str, Path]) -> None:
    fs = formset_for(session_data(2026, "E5"))
    report = fill(fs, read_candidats(inputs["candidats"]), {}, tmp_path, wanted=FORM_KINDS, pdf=False)
    kinds = {p.kind for p in report.produced}
    assert kinds == {"grille", "fiche"} and len(report.produced) == 10  # no verdict: no fiche de contrôle


def test_compiled_render_equals_docxtpl_render(tmp_path: Path) -> None:
    """Our one-time-compiled template gives the same document as DocxTemplate.render."""
    from docxtpl import DocxTemplate

    fs = formset_for(session_data(2026, "E5"), date="2026-05-21", membres=["A", "B"], commission="2")
    cand = Candidat("26SIO0042", "L'Hôte & <Fils>", "Éva", "SLAM", "ccf", "E5", statut="non_conforme",
                    motifs=["documents_non_signes"], penalites=["absence_tableau_synthese"])
    ev = Evaluation("26SIO0042", 2, {"projet": 5}, Decimal("17.5"), "ligne 1\nligne 2", "a < b", "x & y")
    for kind in FORM_KINDS:
        fast = tmp_path / f"fast_{kind}.docx"
        fast.write_bytes(render_docx(fs, kind, cand, ev))
        tpl = DocxTemplate(template_path(fs.famille, kind))
        tpl.render(context(fs, kind, cand, ev), autoescape=True)
        ref = tmp_path / f"ref_{kind}.docx"
        tpl.save(ref)
        assert paragraphs(fast) == paragraphs(ref), kind
    assert "Nom, prénom : L'HÔTE & <FILS> Éva" in text(tmp_path / "fast_grille.docx")
    assert "ligne 1\nligne 2" in text(tmp_path / "fast_fiche.docx")


def test_control_characters_in_names_do_not_break_the_docx(tmp_path: Path) -> None:
    fs = formset_for(session_data(2026, "E5"))
    report = fill(fs, [Candidat("26SIO0050", "Bad\x07Name\x00", "Zoé\x1b", statut="conforme")], {}, tmp_path,
                  pdf=False)
    assert "Nom, prénom : BADNAME Zoé" in text(report.produced[0].docx)
    assert report.produced[0].docx.name == "26SIO0050_BADNAME_VI-3.docx"


def test_cli_controle_plus_candidats_no_pdf(tmp_path: Path, inputs: dict[str, Path]) -> None:
    evals = write(tmp_path / "evaluations.csv", EVAL_HEADER + "26SIO0002;3;;;;;;;12;;;;\n")
    result = CliRunner().invoke(app, [
        "fill", "--session", str(inputs["session"]), "--controle", str(inputs["controle"]),
        "--candidats", str(inputs["candidats"]), "--evaluations", str(evals), "--membres", "A. Martin;B. Durand",
        "--formulaires", "controle", "--out", str(tmp_path / "out"), "--no-pdf"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out" / "docx").iterdir())
    assert names == ["26SIO0002_BERNARD_VI-2.docx", "26SIO0005_LEFÈVRE_VI-2.docx"]
    assert "26SIO0002" in result.output and "NV" in result.output  # its evaluation cannot be used
    assert not (tmp_path / "out" / "pdf").exists()


# --- evaluations.csv validation ---------------------------------------------------------------------

@pytest.mark.parametrize(("row", "words"), [
    ("26SIO0004;7;;;;;;;12;;;;", ["ligne 3", "26SIO0004", "niveau « 7 »", "1 à 5"]),
    ("26SIO0004;Très bien;;;;;;;12;;;;", ["ligne 3", "26SIO0004", "Très bien"]),
    ("26SIO0004;;;;;;;;21;;;;", ["ligne 3", "26SIO0004", "hors de l'intervalle 0 à 20"]),
    ("26SIO0004;;;;;;;;-1;;;;", ["ligne 3", "hors de l'intervalle"]),
    ("26SIO0004;;;;;;;;douze;;;;", ["ligne 3", "« douze »", "illisible"]),
    ("26SIO0004;;;;;;;;12;;;;retard", ["ligne 3", "pénalité « retard » inconnue"]),
    ("26SIO0001;;;;;;;;12;;;;", ["lignes 2 et 3", "deux fois"]),
])
def test_bad_evaluation_row_names_the_row(tmp_path: Path, row: str, words: list[str]) -> None:
    path = write(tmp_path / "evaluations.csv", EVAL_HEADER + "26SIO0001;1;;;;;;;10;;;;\n" + row + "\n")
    with pytest.raises(InputFileError) as err:
        read_evaluations(path, load_family("sio_vi"))
    message = err.value.french()
    assert message.startswith("evaluations.csv : ")
    for w in words:
        assert w in message


def test_level_names_and_positional_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "e.csv", "Numéro,C1,C2,Note\n26SIO0001,Excellente Maîtrise,non évaluable,\"9,5\"\n")
    ev = read_evaluations(path, load_family("sio_vi"))["26SIO0001"]
    assert ev.niveaux == {"equipe": 5, "patrimoine": 1} and ev.note == Decimal("9.5")


def test_cli_bad_evaluations_exit_code_and_french_message(tmp_path: Path, inputs: dict[str, Path]) -> None:
    bad = write(tmp_path / "evaluations.csv", EVAL_HEADER + "26SIO0001;3;4;6;2;5;4;3;12;;;;\n")
    result = CliRunner().invoke(app, [
        "fill", "--session", str(inputs["session"]), "--controle", str(inputs["controle"]),
        "--evaluations", str(bad), "--out", str(tmp_path / "out"), "--no-pdf"])
    assert result.exit_code == 3
    assert "ligne 2" in result.output and "26SIO0001" in result.output and "Traceback" not in result.output


def test_cli_without_candidates_is_a_bad_argument(tmp_path: Path, inputs: dict[str, Path]) -> None:
    result = CliRunner().invoke(app, ["fill", "--session", str(inputs["session"]), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "--candidats" in result.output


def test_missing_soffice_keeps_docx(tmp_path: Path, inputs: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BTS_SOFFICE", str(tmp_path / "pas-de-soffice"))
    result = CliRunner().invoke(app, [
        "fill", "--session", str(inputs["session"]), "--candidats", str(inputs["candidats"]),
        "--out", str(tmp_path / "out"), "--pdf"])
    assert result.exit_code == int(ExternalToolError.exit_code)
    assert "libreoffice-writer-nogui" in result.output
    assert len(list((tmp_path / "out" / "docx").glob("*.docx"))) == 10


# --- PDF ---------------------------------------------------------------------------------------------

needs_pdf = pytest.mark.skipif(not (HAS_SOFFICE and HAS_PDFTOTEXT), reason="LibreOffice / pdftotext absent")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


@needs_pdf
def test_pdf_text_heading_accents_and_boxes(run26) -> None:
    _, report, _ = run26
    grille = produced(report, "26SIO0001", "grille").pdf
    assert grille.name == "26SIO0001_ŒUVRAY_VI-3.pdf" and grille.stat().st_mode & 0o777 == 0o600
    body = pdf_text(grille)
    for needle in ("BTS SERVICES INFORMATIQUES AUX ORGANISATIONS", "SESSION 2026",
                   "ANNEXE VI-3 : Grille d’aide à l’évaluation (recto)", "ŒUVRAY Léa", "☒", "☐",
                   "Épreuve E5 – Support et mise à disposition de services informatiques"):
        assert needle in body, needle
    controle = pdf_text(produced(report, "26SIO0002", "controle").pdf)
    assert "BERNARD Zoé" in controle and "☒ dépôt du dossier au-delà" in " ".join(controle.split())


@needs_pdf
def test_pdf_a4_orientation_and_embedded_fonts(run26) -> None:
    _, report, _ = run26
    reader = PdfReader(produced(report, "26SIO0001", "grille").pdf)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert sizes == [(595, 842), (842, 595)]  # recto portrait, verso landscape, A4
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            assert desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    fiche = PdfReader(produced(report, "26SIO0001", "fiche").pdf)
    assert len(fiche.pages) == 1 and round(float(fiche.pages[0].mediabox.height)) == 842


@needs_pdf
def test_merged_pdf_per_commission_in_passing_order(run26) -> None:
    _, report, out = run26
    assert set(report.merged) == {"1", "2"}
    for commission, merged in report.merged.items():
        parts = [p for p in report.produced if p.candidat.commission == commission]
        expected = sum(len(PdfReader(p.pdf).pages) for p in parts)
        assert len(PdfReader(merged).pages) == expected
        assert merged.stat().st_mode & 0o777 == 0o600
    one = PdfReader(report.merged["1"])
    # passing order = order of the contrôle: Bernard (VI-2), then Œuvray (VI-3 recto, verso, VI-4), Martin
    assert "BERNARD" in one.pages[0].extract_text()
    assert "ŒUVRAY" in one.pages[1].extract_text() and "ANNEXE VI-4" in one.pages[3].extract_text()
    assert "MARTIN" in one.pages[4].extract_text()
    assert report.merged["1"] == out / "commission_1_VI-2+VI-3+VI-4.pdf"
    assert report.merged["2"] == out / "commission_2_VI-2+VI-3+VI-4.pdf"


def test_forme_spellings_tick_the_right_box() -> None:
    from generators.annexes import _forme

    assert _forme("Épreuve ponctuelle") == "ponctuelle" and _forme("PONCTUELLE") == "ponctuelle"
    assert _forme("CCF") == "ccf" and _forme("Contrôle en cours de formation") == "ccf"
    assert _forme("scolaire") == "" and _forme(None) == ""
