"""Texte de la lettre d'information fictive « La Lettre de la DEC » n° 58, académie de Besançon :
BTS Électrotechnique (ET), session 2026. Rendu : PDF dessiné directement avec reportlab,
mise en page de lettre d'information sur deux colonnes, tableau « jours en colonnes »."""

STEM = "lettre_dec_elt_2026_besancon"

BANDEAU_TITRE = "La Lettre de la DEC"
BANDEAU_SOUS = "Académie de Besançon · Rectorat · Division des examens et concours"
BANDEAU_NUMERO = "N° 58 · Spécial BTS Électrotechnique (ET) · Session 2026"
BANDEAU_DATE = "Publiée le lundi 9 mars 2026"

# Chaque article : (titre, [paragraphes]) ; "TABLE_JOURS" et "TABLE_CENTRES" marquent l'emplacement des tableaux.
ARTICLES = [
    ("Édito", [
        "Cette lettre tient lieu de circulaire d'organisation pour la spécialité Électrotechnique. "
        "Elle complète la circulaire nationale d'organisation du 12 décembre 2025, à laquelle les chefs de "
        "centre se reporteront pour les consignes de surveillance, et l'arrêté du 23 juillet 2020 définissant "
        "la spécialité. Merci de la faire suivre aux enseignants et aux candidats.",
    ]),
    ("Écrits : la semaine du 11 mai", [
        "Les quatre épreuves écrites ponctuelles sont regroupées sur trois jours. Heures de Besançon.",
        "TABLE_JOURS",
        "E41 : étude d'un système technique industriel, pré-étude et modélisation (4 h). "
        "E42 : conception et industrialisation (4 h, de 13:30 à 17:30). E1 : culture générale et expression, "
        "de 14h à 18h. E2 : anglais, épreuve écrite de 2 h.",
        "Pas d'épreuve le jeudi 14 mai (Ascension) ni le lundi 25 mai 2026 (lundi de Pentecôte).",
    ]),
    ("Où composer ?", [
        "TABLE_CENTRES",
        "Les sections de BTS ET du lycée Pasteur Mont-Roland (Dole) et du CFAI Nord Franche-Comté "
        "(Exincourt) ne sont pas centres d'épreuves : leurs candidats composent au lycée Jules Haag.",
    ]),
    ("Correction : entente et calendrier", [
        "Réunion d'entente des correcteurs E41 et E42 : lundi 18 mai 2026, 9h30, lycée Jules Haag "
        "(amphithéâtre). Correction des copies : du mardi 19 au vendredi 22 mai 2026, sur place.",
    ]),
    ("Projet E5 : dépôt, conformité, soutenances", [
        "Dépôt des rapports de projet E5 au secrétariat des examens du lycée Jules Haag : mercredi 22 avril "
        "2026, 12 h, délai de rigueur (version papier et version numérique).",
        "Contrôle de conformité des rapports : jeudi 30 avril 2026 à 9 h. Un rapport non conforme ne "
        "permet pas la soutenance.",
        "Soutenances E5 : du lundi 1er au mercredi 3 juin, du lundi 8 au mercredi 10 juin et du lundi 15 "
        "au mardi 16 juin 2026, au lycée Jules Haag.",
    ]),
    ("Épreuve pratique E62", [
        "Sur le plateau technique du lycée Édouard Belin (Vesoul), du mardi 26 au vendredi 29 mai 2026. "
        "La commission de concertation E62 se réunira le mardi 9 juin 2026 à 14 h (visioconférence) pour "
        "harmoniser les propositions de notes.",
    ]),
    ("En CCF uniquement", [
        "E31 (mathématiques), E32 (physique-chimie) et E61 (rapport d'activités en entreprise) sont "
        "évaluées en contrôle en cours de formation par les équipes : aucune convocation n'est émise.",
    ]),
    ("Épreuve facultative", [
        "EF1, langue vivante étrangère 2 : jeudi 4 juin 2026, lycée Jules Haag, oral de 15 minutes.",
    ]),
    ("Agenda de fin de session", [
        "Jury de délibération : mardi 30 juin 2026, 14h, lycée Jules Haag.",
        "Publication des résultats : jeudi 2 juillet 2026 à 10 h, sur le site de l'académie.",
    ]),
    ("Contact", [
        "DEC 3 – BTS · Rectorat de Besançon · 10 rue de la Convention · 25030 Besançon Cedex · "
        "dec3@ac-besancon.example",
    ]),
]

# Tableau : jours en colonnes
JOURS_ENTETE = ["", "Lun. 11-05-2026", "Mar. 12-05-2026", "Mer. 13-05-2026"]
JOURS_LIGNES = [
    ["Matin", "E.4.1\n8:00-12:00", "—", "E2 anglais\n10:00-12:00"],
    ["Après-midi", "—", "E1\n14:00-18:00", "E.4.2\n13:30-17:30"],
]

CENTRES_ENTETE = ["Centre", "Adresse", "Ville"]
CENTRES_LIGNES = [
    ["Lycée Jules Haag", "1 rue Labbé", "Besançon"],
    ["Lycée Édouard Belin", "18 rue Édouard Belin", "Vesoul"],
    ["Lycée Xavier Marmier", "53 rue de Doubs", "Pontarlier"],
]

PIED = "La Lettre de la DEC n° 58 · BTS ET · page "
