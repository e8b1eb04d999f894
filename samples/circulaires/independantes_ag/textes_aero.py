# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive BTS Aéronautique, académie de Toulouse, session 2028."""

ENTETE = ["Académie de Toulouse", "Rectorat — Division des examens et concours", "Bureau DEC 3 — Brevets de technicien supérieur"]
LIEU_DATE = "Toulouse, le 18 janvier 2028"
DESTINATAIRES = ("La rectrice de la région académique Occitanie, rectrice de l'académie de Toulouse\n"
                 "à\nMesdames et Messieurs les chefs d'établissement\nMesdames et Messieurs les directeurs de CFA")
OBJET = "Objet : organisation du BTS Aéronautique — session 2028"
REFERENCES = [
    "Arrêté du 5 mars 2013 portant définition et fixant les conditions de délivrance du brevet de technicien supérieur « Aéronautique » ;",
    "Circulaire nationale d'organisation du 8 décembre 2027 (calendrier des épreuves écrites) ;",
    "Note de service académique du 4 septembre 2027 relative aux surveillances.",
]
INTRO = ("La présente circulaire précise le calendrier et les modalités d'organisation des épreuves du BTS Aéronautique "
         "pour la session 2028. Elle doit être portée à la connaissance des candidats, des formateurs et des membres de jury.")

RAPPEL_TITRE = "1. Rappel des épreuves"
RAPPEL = [  # code, intitulé, forme
    ("E1", "Culture générale et expression", "écrite, 4 h"),
    ("E2", "Anglais", "écrite, 2 h"),
    ("E3", "Mathématiques et physique-chimie", "—"),
    ("E.3.1", "Mathématiques", "écrite, 2 h"),
    ("E.3.2", "Physique-chimie", "CCF uniquement"),
    ("E4", "Étude des systèmes aéronautiques", "écrite, 6 h"),
    ("E5", "Intervention sur aéronef", "—"),
    ("E.5.1", "Préparation d'une intervention", "écrite, 4 h"),
    ("E.5.2", "Réalisation d'une intervention", "pratique"),
    ("E6", "Rapport d'activités en entreprise", "orale"),
    ("EF1", "Langue vivante étrangère facultative", "orale, 20 min"),
]
NOTE_CCF = ("La sous-épreuve E.3.2 Physique-chimie est évaluée exclusivement en contrôle en cours de formation, y compris "
            "pour les candidats de la formation continue : aucune date n'est fixée au niveau académique.")

ECRITS_TITRE = "2. ÉPREUVES ÉCRITES"
ECRITS_INTRO = ("Les épreuves écrites se déroulent au lycée Maryse Bastié (Blagnac) et, pour les candidats des Hautes-Pyrénées, "
                "au lycée Henri Guillaumet (Tarbes). Les candidats doivent être présents trente minutes avant le début de chaque épreuve.")
# Tableau 1 : Date | Épreuve | Horaires | Durée   (la date est fusionnée verticalement le 16 mai)
ECRITS = [
    ("Lundi 15 mai 2028", "E4 — Étude des systèmes aéronautiques", "8 h 00 – 14 h 00", "6 h"),
    ("Mardi 16 mai 2028", "E2 — Anglais", "10 h 00 – 12 h 00", "2 h"),
    ("Mardi 16 mai 2028", "E1 — Culture générale et expression", "14 h 00 – 18 h 00", "4 h"),
    ("Mercredi 17 mai 2028", "E.3.1 — Mathématiques", "8 h 00 – 10 h 00", "2 h"),
    ("Jeudi 18 mai 2028", "E.5.1 — Préparation d'une intervention", "13 h 30 – 17 h 30", "4 h"),
]
ECRITS_NOTE = "Jeudi 25 mai 2028 (Ascension) et lundi 5 juin 2028 (lundi de Pentecôte) sont des jours fériés : aucune épreuve n'est organisée ces jours-là."

ORAUX_TITRE = "3. ÉPREUVES PRATIQUES ET ORALES"
# Tableau 2 : Épreuve | Centre | Ville | Période   (ordre de colonnes différent du tableau 1)
ORAUX = [
    ("E.5.2 Réalisation d'une intervention", "Lycée Maryse Bastié\n12 avenue des Hangars\nBP 40211", "31703 Blagnac CEDEX",
     "semaine du 29 mai au 2 juin 2028"),
    ("E.5.2 Réalisation d'une intervention", "Lycée Henri Guillaumet\n7 chemin de la Piste", "65000 Tarbes",
     "du mardi 6 au vendredi 9 juin 2028"),
    ("E6 Rapport d'activités en entreprise", "Lycée Jacqueline Auriol\n24 allée des Aviatrices", "31400 Toulouse",
     "voir ci-dessous"),
    ("EF1 Langue vivante facultative", "Lycée Jacqueline Auriol", "31400 Toulouse", "jeudi 15 juin 2028"),
]
E6_PHRASE = ("Les interrogations de l'épreuve E6 se dérouleront du lundi 12 au mercredi 14 juin et du lundi 19 au "
             "mercredi 21 juin 2028, de 8 h à 12 h et de 13 h 30 à 17 h 30.")
E52_NOTE = ("Pour E.5.2, chaque candidat est convoqué une demi-journée ; les binômes d'examinateurs se réunissent en réunion "
            "d'entente le mercredi 24 mai 2028 à 9 h 30 au lycée Maryse Bastié.")

DOSSIERS_TITRE = "4. RAPPORTS D'ACTIVITÉS (E6)"
DOSSIERS = [
    "Les rapports d'activités en entreprise sont à transmettre en deux exemplaires au lycée Jacqueline Auriol au plus tard le vendredi 28 avril 2028 à 12 h (cachet de la poste non pris en compte).",
    "Le contrôle de conformité des rapports aura lieu le mercredi 10 mai 2028 à 14 h ; les candidats dont le rapport est déclaré non conforme en seront informés par courriel.",
    "Les livrets scolaires sont à faire parvenir au service au plus tard le mercredi 7 juin 2028.",
]

JURY_TITRE = "5. DÉLIBÉRATION ET RÉSULTATS"
JURY = [
    "Le jury de délibération se réunira le mardi 27 juin 2028 à 9 h au rectorat de Toulouse (salle Latécoère).",
    "Les résultats seront publiés le vendredi 30 juin 2028 à partir de 10 h sur le site de l'académie.",
]

FORMATION_TITRE = "Annexe — établissements de formation concernés (ne sont pas centres d'examen)"
FORMATION = [
    ("CFA Aéro-Formation Occitanie", "Colomiers"),
    ("Lycée privé Notre-Dame-des-Ailes", "Montauban"),
    ("GRETA Garonne — pôle aéronautique", "Muret"),
]
ATTESTATION = "Fait à …………………………, le …/…/20…     Signature du chef d'établissement :"
SIGNATURE = ["Pour la rectrice et par délégation,", "La cheffe de la division des examens et concours", "Hélène MARCADIEU"]
PIED = "Rectorat de Toulouse — DEC 3 — BTS Aéronautique session 2028"
