"""Synthetic circulars of other BTS specialties (NDRC, CG, GPME, CIEL, and one the reference list does not
know), written for this project to test the session facts in other phrasings and formats.

`python -m samples.specialites.build [OUTDIR]` writes each circular as DOCX (python-docx); those listed in
PDF are then exported by LibreOffice (`soffice --headless --convert-to pdf`). Their gold files
(`*.gold.json`) were written by hand from these texts, before any extraction was run on them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (kind, content): "h" heading, "p" paragraph, "t" table (rows of cells)
CIRCULAIRES: dict[str, tuple[list[str], list[tuple[str, object]]]] = {
    "circulaire_ndrc_2027_lille": (["docx"], [
        ("p", "Rectorat de l'académie de Lille"),
        ("p", "Division des examens et concours"),
        ("p", "Lille, le 12 janvier 2027"),
        ("p", "Objet : Brevet de technicien supérieur Négociation et digitalisation de la relation client (NDRC) "
              "– session 2027 – organisation des épreuves"),
        ("p", "La présente circulaire précise l'organisation de la session 2027 du BTS NDRC dans l'académie de Lille."),
        ("h", "1. Stage en milieu professionnel"),
        ("p", "Conformément au référentiel, les candidats doivent justifier d'une durée totale de 16 semaines de "
              "stage en milieu professionnel sur les deux années de formation. Les attestations de stage, signées "
              "par le représentant de l'organisme d'accueil, sont jointes au dossier."),
        ("h", "2. Épreuves à dossier"),
        ("p", "Les épreuves E4 (Relation client et négociation-vente) et E6 (Relation client et animation de "
              "réseaux) s'appuient sur un dossier soumis au contrôle de conformité."),
        ("p", "Les dossiers sont déposés par les établissements sur la plateforme académique de dépôt, au format PDF."),
        ("p", "En application de l'arrêté du 22 juillet 2008, la non-conformité du dossier est prononcée en cas "
              "d'absence de dépôt, de dépôt hors délai, de durée de stage inférieure à celle requise ou de "
              "documents non visés ou non authentifiés."),
        ("h", "3. Calendrier"),
        ("t", [["Étape", "Date"],
               ["Dépôt des dossiers E4 et E6 sur la plateforme", "au plus tard le vendredi 2 avril 2027 à 17h00"],
               ["Contrôle de conformité des dossiers E4 et E6", "mercredi 7 avril 2027 à 9h00"],
               ["Épreuve orale E4", "du lundi 17 mai au vendredi 21 mai 2027"],
               ["Épreuve orale E6", "du lundi 24 mai au mercredi 26 mai 2027"]]),
        ("h", "4. Annexes"),
        ("p", "Annexe V-8 Notification de non-conformité du dossier"),
        ("p", "Annexe VI-2 Modèle de fiche de contrôle de conformité"),
        ("p", "Annexe VII-1 Attestation de stage"),
        ("p", "Pour le recteur et par délégation, la cheffe de la division des examens et concours"),
    ]),
    "circulaire_cg_2027_nantes": (["docx", "pdf"], [
        ("h", "BTS Comptabilité et gestion — Session 2027"),
        ("p", "Académie de Nantes — Service des examens"),
        ("p", "Note d'organisation de l'épreuve E6 « Parcours de professionnalisation »"),
        ("h", "I. Conditions de stage"),
        ("p", "La durée du stage est de dix semaines au moins, réparties sur les deux années du cycle de formation."),
        ("h", "II. Dossier de l'épreuve E6"),
        ("p", "Le dossier de l'épreuve E6 fait l'objet d'un contrôle de conformité par la commission académique."),
        ("p", "Le dossier est envoyé en un exemplaire papier par voie postale au centre d'examen au plus tard le "
              "vendredi 23 avril 2027, le cachet de la poste faisant foi."),
        ("p", "L'épreuve orale E6 se déroulera du mardi 18 au jeudi 20 mai 2027."),
        ("p", "Les candidats dont le dossier n'est pas conforme reçoivent la notification prévue à l'annexe 3."),
        ("h", "Annexes"),
        ("t", [["Annexe 1", "Calendrier de la session"],
               ["Annexe 2", "Fiche de contrôle de conformité du dossier E6"],
               ["Annexe 3", "Notification de non-conformité"]]),
    ]),
    "circulaire_gpme_2027_bordeaux": (["docx"], [
        ("p", "Académie de Bordeaux"),
        ("h", "BTS Gestion de la PME – Session 2027"),
        ("p", "Circulaire d'organisation des épreuves ponctuelles et des contrôles en cours de formation."),
        ("h", "Stage"),
        ("p", "Les candidats doivent avoir accompli au minimum 12 semaines de stage sur les deux années."),
        ("h", "Dossiers"),
        ("p", "Les épreuves E4 et E6 reposent sur des dossiers qui font l'objet d'un contrôle de conformité."),
        ("p", "Les candidats téléversent leur dossier dans leur espace Cyclades, chaque fichier au format PDF."),
        ("p", "Date limite de dépôt des dossiers E4 et E6 : jeudi 15 avril 2027 à 23h59."),
        ("p", "Les épreuves orales E4 et E6 auront lieu du lundi 10 mai au vendredi 21 mai 2027."),
        ("h", "Liste des annexes"),
        ("p", "Annexe 1 – Calendrier des épreuves"),
        ("p", "Annexe 2 – Fiche de contrôle de conformité"),
        ("p", "ANNEXE 4-2 : Grille d'aide à l'évaluation E4"),
    ]),
    "circulaire_ciel_2027_grenoble": (["docx", "pdf"], [
        ("p", "Académie de Grenoble – Division des examens et concours"),
        ("h", "BTS Cybersécurité, informatique et réseaux, électronique (CIEL) – session 2027"),
        ("p", "Pour l'épreuve E6, chaque candidat justifie d'une période de formation en milieu professionnel "
              "d'une durée minimale de deux mois."),
        ("p", "Une décision de positionnement peut ramener la durée du stage à 6 semaines."),
        ("p", "Le dossier de stage de l'épreuve E6 est soumis au contrôle de conformité prévu par l'arrêté du "
              "22 juillet 2008."),
        ("p", "Les dossiers de l'épreuve E6 sont transmis par courriel à la division des examens avant le "
              "vendredi 30 avril 2027 à 12h00."),
        ("p", "L'épreuve orale E6 se tiendra le mercredi 2 juin 2027."),
        ("p", "Les résultats seront publiés trois semaines après la dernière épreuve."),
        ("h", "Annexes"),
        ("p", "Annexe n° 5 : Modèle de fiche de contrôle de conformité du dossier"),
        ("p", "Annexe n° 6 : Attestation de stage"),
    ]),
    "circulaire_sam_2027_toulouse": (["docx", "pdf"], [
        ("p", "Académie de Toulouse – DEC 3"),
        ("h", "BTS Support à l'action managériale – Session 2027"),
        ("t", [["Organisation", "Précision"],
               ["Durée du stage en milieu professionnel", "14 semaines"],
               ["Épreuves à dossier", "E4 et E6"]]),
        ("p", "Le stage de deuxième année se déroule du 4 janvier au 12 février 2027 (6 semaines)."),
        ("p", "Pour l'épreuve E6, le stage d'observation dure de 4 à 6 semaines."),
        ("p", "Les dossiers des épreuves E4 et E6 feront l'objet d'un contrôle de conformité."),
        ("p", "Les dossiers sont adressés par lettre recommandée avec accusé de réception au centre d'examen."),
        ("h", "Annexes"),
        ("p", "Annexe A : Calendrier"),
        ("p", "Annexe B : Fiche de contrôle de conformité"),
    ]),
    "circulaire_inconnue_2027_dijon": (["docx"], [
        ("p", "Académie de Dijon"),
        ("h", "BTS Arts de la pyrotechnie de spectacle – session 2027"),
        ("p", "Le stage en milieu professionnel dure 6 semaines."),
        ("p", "Le dossier de l'épreuve E5 fait l'objet d'un contrôle de conformité."),
    ]),
}


def write_docx(blocks: list[tuple[str, object]], path: Path) -> None:
    import datetime

    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = datetime.datetime(2027, 1, 1)
    doc.core_properties.author = "BTS Pipeline samples"
    for kind, content in blocks:
        if kind == "h":
            doc.add_heading(str(content), level=1)
        elif kind == "p":
            doc.add_paragraph(str(content))
        else:
            rows = content  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[arg-type]
            table.style = "Table Grid"
            for i, row in enumerate(rows):  # type: ignore[arg-type]
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    doc.save(str(path))


def to_pdf(docx: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "pdf", "--outdir", tmp, str(docx)], check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / f"{docx.stem}.pdf"), out)


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, (formats, blocks) in CIRCULAIRES.items():
        docx = out / f"{name}.docx"
        write_docx(blocks, docx)
        if "pdf" in formats:
            to_pdf(docx, out / f"{name}.pdf")
        print(name, ", ".join(formats))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
