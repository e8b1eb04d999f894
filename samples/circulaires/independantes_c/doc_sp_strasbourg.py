"""Document 6 — académie de Strasbourg, BTS Systèmes photoniques, session 2027.
A long Word circular: the calendar first, then annexes (evaluation grids, forms full of blank dates)."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

STEM = "circ_sp_2027_strasbourg"

CAL = [
    ("Unité", "Intitulé", "Forme", "Date et horaire", "Lieu"),
    ("U1", "Culture générale et expression", "écrite – 4 h", "mardi 11 mai 2027, 14h00 – 18h00", "Lycée Louis Couffignal"),
    ("U2", "Anglais", "CCF", "—", "Établissement de formation"),
    ("U31", "Mathématiques", "écrite – 2 h", "mercredi 12 mai 2027, 14h00 – 16h00", "Lycée Louis Couffignal"),
    ("U32", "Physique", "écrite – 2 h", "jeudi 13 mai 2027, 9h00 – 11h00", "Lycée Louis Couffignal"),
    ("U4", "Conception d'un système photonique", "écrite – 4 h", "vendredi 14 mai 2027, 8h00 – 12h00", "Lycée Louis Couffignal"),
    ("U51", "Réalisation et caractérisation d'un système", "pratique – 6 h", "du lundi 31 mai au vendredi 4 juin 2027", "Lycée Jean Mermoz"),
    ("U52", "Rapport d'activités en entreprise", "orale – 40 min", "du mardi 8 juin au vendredi 11 juin 2027", "Lycée Jean Mermoz"),
    ("U6", "Projet technique", "orale – 1 h", "du lundi 14 juin au mercredi 16 juin 2027", "Lycée Louis Couffignal"),
]

CRITERES = {
    "U51": ["Analyser le cahier des charges du système optique", "Choisir les composants et le matériel de mesure",
            "Mettre en œuvre le banc optique en sécurité (classe laser)", "Aligner et régler le système",
            "Réaliser les mesures photométriques", "Caractériser la fonction de transfert", "Exploiter les résultats",
            "Estimer les incertitudes de mesure", "Rédiger le compte rendu technique", "Respecter les règles de sécurité",
            "Organiser le poste de travail", "Communiquer avec l'examinateur"],
    "U52": ["Présenter l'entreprise et son organisation", "Situer les activités confiées", "Décrire une activité technique",
            "Justifier les choix techniques", "Mettre en évidence les compétences mobilisées",
            "Qualité de l'expression orale", "Qualité du support de présentation", "Réponses aux questions du jury",
            "Respect du temps imparti", "Recul et analyse critique"],
    "U6": ["Analyse du besoin du client", "Planification du projet", "Démarche de conception", "Simulation optique",
           "Choix et dimensionnement des composants", "Réalisation du prototype", "Validation et essais",
           "Gestion documentaire", "Travail en équipe", "Soutenance : structure de l'exposé", "Soutenance : argumentation",
           "Soutenance : réponses aux questions"],
}


def p(doc, text, bold=False, size=10.5, align=None, italic=False):
    par = doc.add_paragraph()
    r = par.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    par.paragraph_format.space_after = Pt(4)
    if align is not None:
        par.alignment = align
    return par


def table(doc, rows, widths=None, size=9, head=True):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
            for par in c.paragraphs:
                for r in par.runs:
                    r.font.size = Pt(size)
                    r.bold = head and i == 0
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def new_page(doc, title):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(title, level=1)


def grille(doc, code, titre):
    new_page(doc, f"Annexe – Grille d'évaluation {code} : {titre}")
    p(doc, "Académie de Strasbourg – BTS Systèmes photoniques – session 2027", size=9, italic=True)
    p(doc, "Nom et prénom du candidat : ………………………………………   N° de candidat : ……………………")
    p(doc, "Date de l'évaluation : ____ / ____ / 2027     Heure de passage : ____ h ____")
    rows = [("Critères d'évaluation", "Très insuffisant", "Insuffisant", "Satisfaisant", "Très satisfaisant", "Points")]
    for crit in CRITERES[code]:
        rows.append((crit, "", "", "", "", "… / 2"))
        rows.append(("    Observations :", "", "", "", "", ""))
    table(doc, rows, [6.5, 2, 2, 2, 2, 1.6], size=8.5)
    p(doc, "")
    p(doc, "Note proposée : ……… / 20")
    p(doc, "Appréciation globale :\n……………………………………………………………………………………………………\n"
           "……………………………………………………………………………………………………\n"
           "……………………………………………………………………………………………………")
    table(doc, [("Examinateur 1", "Examinateur 2"),
                ("Nom : ……………………………\nSignature :\n\nDate : ____ / ____ / 2027",
                 "Nom : ……………………………\nSignature :\n\nDate : ____ / ____ / 2027")], [8.5, 8.5])
    p(doc, "")
    p(doc, "Cette grille, accompagnée de la fiche d'évaluation détaillée, est remise au chef de centre à l'issue "
           "de chaque demi-journée d'interrogation. Elle ne doit en aucun cas être communiquée au candidat.", size=9)


def build(path):
    doc = Document()
    doc.sections[0].page_width, doc.sections[0].page_height = Cm(21), Cm(29.7)
    s = doc.sections[0]
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(2)
    doc.styles["Normal"].font.name = "Liberation Sans"
    s.footer.paragraphs[0].text = "Rectorat de Strasbourg – DEC – BTS Systèmes photoniques – session 2027"

    p(doc, "ACADÉMIE DE STRASBOURG", bold=True, size=13)
    p(doc, "Division des examens et concours – Bureau DEC 5 (BTS)\nAffaire suivie par : M. Thomas Wendling\n"
           "Tél. : 03 88 23 35 90 – ce.dec5@ac-strasbourg.fr", size=9)
    p(doc, "Strasbourg, le 8 février 2027", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p(doc, "Objet : BTS Systèmes photoniques (SP) – circulaire d'organisation de la session 2027", bold=True)
    p(doc, "Destinataires : chefs d'établissement des lycées publics et privés sous contrat, directeurs de CFA, "
           "chefs de centre d'examen.", size=9.5)

    doc.add_heading("I. Calendrier de la session", level=1)
    table(doc, CAL, [1.3, 5, 2.6, 4.8, 3.3])
    p(doc, "")
    p(doc, "Les horaires s'entendent en heure de Paris. Les candidats doivent se présenter trente minutes avant le "
           "début de chaque épreuve écrite.", size=9.5, italic=True)

    doc.add_heading("II. Centres d'examen", level=1)
    p(doc, "• Lycée Louis Couffignal, 11 route de la Fédération, 67100 Strasbourg – épreuves écrites et épreuve U6.")
    p(doc, "• Lycée Jean Mermoz, 53 rue du Docteur Hurst, 68300 Saint-Louis – épreuves U51 et U52.")

    doc.add_heading("III. Dossiers, contrôle de conformité et CCF", level=1)
    p(doc, "Le rapport d'activités en entreprise (U52) est déposé au lycée Jean Mermoz au plus tard le vendredi "
           "23 avril 2027 à 12h00. Le dossier de projet (U6) est déposé au lycée Louis Couffignal au plus tard le "
           "vendredi 21 mai 2027 à 12h00. Chaque dépôt est accompagné du bordereau figurant en annexe.")
    p(doc, "La commission de contrôle de conformité des dossiers U52 et U6 se réunira le mardi 25 mai 2027 à 9h00 "
           "au lycée Louis Couffignal. La non-conformité d'un dossier entraîne l'attribution de la mention « non "
           "valide » à l'épreuve correspondante.")
    p(doc, "Les notes de CCF de l'unité U2 sont transmises à la division des examens au plus tard le vendredi "
           "28 mai 2027, accompagnées des fiches navettes.")

    doc.add_heading("IV. Corrections, jury et résultats", level=1)
    p(doc, "Une réunion d'entente des correcteurs de l'épreuve U4 se tiendra le lundi 17 mai 2027 à 14h00 au "
           "lycée Louis Couffignal. Les copies sont corrigées de manière dématérialisée.")
    p(doc, "Le jury de délibération se réunira le mardi 29 juin 2027 à 14h00 au rectorat de Strasbourg, 6 rue de "
           "la Toussaint, 67000 Strasbourg. Les résultats seront publiés le mercredi 30 juin 2027 à 10h00.")
    p(doc, "Pour la rectrice et par délégation,\nla cheffe de la division des examens et concours\n\nAnne Kieffer",
      align=WD_ALIGN_PARAGRAPH.RIGHT)

    new_page(doc, "Liste des annexes")
    for a in ["Annexe 1 – Grille d'évaluation U51", "Annexe 2 – Grille d'évaluation U52",
              "Annexe 3 – Grille d'évaluation U6", "Annexe 4 – Bordereau de dépôt des dossiers",
              "Annexe 5 – Attestation de stage", "Annexe 6 – Fiche navette CCF U2",
              "Annexe 7 – Procès-verbal du contrôle de conformité", "Annexe 8 – Fiche de recensement des examinateurs",
              "Annexe 9 – Déclaration sur l'honneur du candidat"]:
        p(doc, a)

    grille(doc, "U51", "réalisation et caractérisation d'un système")
    grille(doc, "U52", "rapport d'activités en entreprise")
    grille(doc, "U6", "projet technique")

    new_page(doc, "Annexe 4 – Bordereau de dépôt des dossiers U52 / U6")
    p(doc, "Établissement : ……………………………………………   Code RNE : ……………………")
    p(doc, "Unité concernée :  ☐ U52    ☐ U6")
    rows = [("N°", "Nom et prénom du candidat", "N° de candidat", "Nombre d'exemplaires", "Date de dépôt")]
    rows += [(str(i), "", "", "", "___ / ___ / 2027") for i in range(1, 31)]
    table(doc, rows, [1, 6, 3, 3, 4], size=8.5)
    p(doc, "Dossiers remis le ____ / ____ / 2027 à ____ h ____   Signature du déposant :")
    p(doc, "Reçu par le centre le ____ / ____ / 2027   Cachet du centre :")

    new_page(doc, "Annexe 5 – Attestation de stage en milieu professionnel")
    p(doc, "Je soussigné(e) ……………………………………, représentant l'entreprise ……………………………………, atteste que "
           "l'étudiant(e) ……………………………………… a effectué un stage dans notre entreprise.")
    table(doc, [("Période", "Du", "Au", "Nombre de semaines"),
                ("Première période", "___ / ___ / ____", "___ / ___ / ____", "……"),
                ("Deuxième période", "___ / ___ / ____", "___ / ___ / ____", "……"),
                ("Période complémentaire", "___ / ___ / ____", "___ / ___ / ____", "……")], [5, 4, 4, 4])
    p(doc, "")
    p(doc, "Activités confiées :\n" + "……………………………………………………………………………………………………\n" * 8)
    p(doc, "Fait à ……………………………, le ____ / ____ / ____   Signature et cachet de l'entreprise :")

    new_page(doc, "Annexe 6 – Fiche navette CCF – U2 Anglais")
    rows = [("Candidat", "Situation A – date", "Note A", "Situation B – date", "Note B", "Note proposée")]
    rows += [("", "___/___/____", "…/20", "___/___/____", "…/20", "…/20") for _ in range(28)]
    table(doc, rows, [5, 3, 1.6, 3, 1.6, 2.2], size=8.5)
    p(doc, "Visa du chef d'établissement : ……………………   Date : ____ / ____ / 2027")

    new_page(doc, "Annexe 7 – Procès-verbal du contrôle de conformité")
    p(doc, "Commission réunie le ____ / ____ / 2027 à ____ h ____ au lycée ……………………………")
    rows = [("Candidat", "Unité", "Dossier conforme", "Motif de non-conformité", "Visa")]
    rows += [("", "U52 / U6", "☐ oui  ☐ non", "", "") for _ in range(26)]
    table(doc, rows, [5, 2, 3, 5, 2], size=8.5)
    p(doc, "Le président de la commission : ……………………………   Date et signature : ____ / ____ / 2027")

    new_page(doc, "Annexe 8 – Fiche de recensement des examinateurs")
    p(doc, "À retourner à la division des examens et concours (DEC 5) dès réception de la présente circulaire.")
    rows = [("Nom", "Prénom", "Discipline", "Unités", "Disponibilités (dates)", "Établissement d'exercice")]
    rows += [("", "", "", "", "du ___/___ au ___/___", "") for _ in range(26)]
    table(doc, rows, [3, 3, 3, 2, 3.5, 3.5], size=8.5)
    p(doc, "Date : ____ / ____ / 2027   Signature du chef d'établissement :")

    new_page(doc, "Annexe 9 – Déclaration sur l'honneur du candidat")
    p(doc, "Je soussigné(e) …………………………………………, candidat(e) au BTS Systèmes photoniques, session 2027, "
           "déclare sur l'honneur que le rapport et le dossier de projet que je présente sont le résultat de mon "
           "travail personnel et que les sources utilisées sont citées.")
    p(doc, "J'ai pris connaissance des sanctions encourues en cas de fraude, prévues par le code de l'éducation.")
    p(doc, "Fait à ……………………………, le ____ / ____ / 2027")
    p(doc, "Signature du candidat :")
    doc.save(path)
