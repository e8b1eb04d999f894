"""BTS Métiers de l'eau, académie de Rennes, session 2026 — extrait de calendrier
(mise en page « aplatie » : texte posé en x/y, ville sous le nom du lycée, codes pointés)."""

ENTETE = [
    "RÉGION ACADÉMIQUE BRETAGNE",
    "ACADÉMIE DE RENNES",
    "Division des examens et concours – DEC 3 – Pôle BTS",
]
TITRE = "BTS MÉTIERS DE L'EAU (ME) – SESSION 2026"
SOUS_TITRE = "Calendrier des épreuves – extrait de la circulaire d'organisation"
AVIS = ("Les candidats se présentent 30 minutes avant le début de chaque épreuve écrite, "
        "munis de leur convocation et d'une pièce d'identité.")

COLONNES = ["Épreuve", "Intitulé", "Forme / durée", "Date", "Horaire", "Lieu"]

# (code, intitulé (lignes), forme, date (lignes), horaire, lieu (lignes))
ECRITS = [
    ("E.1", ["Culture générale et expression"], "écrit – 4 h",
     ["lundi 11 mai 2026"], "14 h 00 – 18 h 00", ["Lycée de Bréquigny *", "RENNES"]),
    ("E.2", ["Langue vivante étrangère :", "anglais"], "écrit – 2 h",
     ["mardi 12 mai 2026"], "10 h 00 – 12 h 00", ["Lycée de Bréquigny *", "RENNES"]),
    ("E.3.1", ["Mathématiques"], "écrit – 2 h",
     ["mardi 12 mai 2026"], "14 h 00 – 16 h 00", ["Lycée de Bréquigny *", "RENNES"]),
    ("E.3.2", ["Sciences physiques et", "chimiques"], "écrit – 2 h",
     ["mercredi 13 mai 2026"], "9 h 00 – 11 h 00", ["Lycée de Bréquigny *", "RENNES"]),
    ("E.4", ["Étude d'un système de traitement", "et de distribution de l'eau"], "écrit – 4 h",
     ["mercredi 13 mai 2026"], "13 h 30 – 17 h 30", ["Lycée de Bréquigny *", "RENNES"]),
]
NOTE_ECRITS = ("* Les candidats inscrits dans un établissement du Finistère composent au "
               "Lycée Chaptal, QUIMPER, aux mêmes dates et heures.")

PRATIQUES = [
    ("E.5.1", ["Travaux pratiques d'analyse", "et de traitement"], "pratique – 6 h",
     ["du lundi 1er juin", "au jeudi 4 juin 2026"], "convocation individuelle", ["Lycée Chaptal", "QUIMPER"]),
    ("E.5.2", ["Soutenance du projet technique"], "oral – 40 min",
     ["du mardi 9 juin", "au jeudi 11 juin 2026"], "8 h 00 – 18 h 00", ["Lycée de Bréquigny", "RENNES"]),
    ("E.6", ["Rapport d'activités en milieu", "professionnel"], "oral – 30 min",
     ["du lundi 15 juin", "au mercredi 17 juin 2026"], "8 h 30 – 17 h 30", ["Lycée Dupuy de Lôme", "LORIENT"]),
]

COLONNES_OPS = ["Opération", "Date / heure limite", "Lieu"]
OPERATIONS = [
    ("Dépôt du dossier de projet (E.5.2) – 2 exemplaires", "vendredi 15 mai 2026 – 16 h 00",
     ["Lycée de Bréquigny", "RENNES"]),
    ("Dépôt du rapport d'activités (E.6) – 2 exemplaires", "lundi 18 mai 2026 – 12 h 00",
     ["Lycée Dupuy de Lôme", "LORIENT"]),
    ("Réunion d'entente des correcteurs – E.4", "mardi 19 mai 2026 – 9 h 30",
     ["Lycée Chaptal", "QUIMPER"]),
    ("Envoi des livrets scolaires", "vendredi 22 mai 2026",
     ["Rectorat – DEC 3", "RENNES"]),
    ("Contrôle de conformité des rapports E.6", "mardi 26 mai 2026 – 14 h 00",
     ["Lycée Dupuy de Lôme", "LORIENT"]),
    ("Jury de délibération", "vendredi 3 juillet 2026 – 9 h 00",
     ["Rectorat", "RENNES"]),
    ("Publication des résultats", "mardi 7 juillet 2026 – 10 h 00",
     ["site académique et Cyclades", ""]),
]
PIED = "Rectorat de Rennes – 96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7            page {p}/2"
