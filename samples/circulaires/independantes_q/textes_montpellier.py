# -*- coding: utf-8 -*-
"""Académie de Montpellier - BTS Tourisme - session 2028.
DOCX Word : en-tête/pied de page, taquets de tabulation, listes à puces, section paysage pour le calendrier,
cellules fusionnées, notes dans les cellules. Texte entièrement inventé."""

STEM = "circulaire_tourisme_2028_montpellier"

EN_TETE = "Académie de Montpellier – Division des examens et concours – DEC 3"
PIED = "BTS Tourisme – session 2028 – circulaire d'organisation"

# lignes d'en-tête de lettre : (gauche, droite) séparées par un taquet droit
LETTRE = [
    ("ACADÉMIE DE MONTPELLIER", "Montpellier, le 1er février 2028"),
    ("Liberté, Égalité, Fraternité", ""),
    ("Rectorat", ""),
    ("Division des examens et concours", "La rectrice de l'académie de Montpellier,"),
    ("DEC 3 – Bureau des BTS", "chancelière des universités"),
    ("Affaire suivie par : Claire Vidal", ""),
    ("Tél. : 04 67 91 47 00", "à"),
    ("Mél : ce.dec3@ac-montpellier.fr", "Mesdames et Messieurs les chefs d'établissement"),
    ("31 rue de l'Université", "des centres d'examen et des établissements de formation"),
    ("CS 39004 – 34064 Montpellier Cedex 2", ""),
]
OBJET = "Objet : organisation du BTS Tourisme – session 2028"
REFS = [
    "arrêté du 5 avril 2018 portant définition et fixant les conditions de délivrance du BTS Tourisme ;",
    "circulaire nationale d'organisation du 12 décembre 2027.",
]
PJ = "P.J. : annexe 1 (calendrier des épreuves écrites), annexe 2 (centres d'examen), annexe 3 (fiche de transmission)."

INTRO = ("J'ai l'honneur de vous communiquer les instructions relatives à l'organisation de la session 2028 du BTS "
         "Tourisme dans l'académie de Montpellier.")

S1 = "I. ÉPREUVES ÉCRITES"
S1_TXT = ("Le calendrier des épreuves écrites figure en annexe 1. Les chefs de centre veilleront au respect des "
          "consignes suivantes :")
S1_PUCES = [
    "ouverture des salles trente minutes avant le début de chaque épreuve ;",
    "aucune sortie définitive avant la fin de la première heure ;",
    "utilisation exclusive des copies et intercalaires modèle « CCYC » ;",
    "numérisation des copies le jour même, dans le centre.",
]
S1_CORR = ("Les corrections des épreuves écrites, dématérialisées, se dérouleront du jeudi 18 au vendredi 26 mai 2028.")

S2 = "II. ÉPREUVES ORALES"
S2_E2 = ("L'épreuve E2 – Communication en langues vivantes étrangères comporte, pour chacune des langues A et B, "
         "une partie écrite (voir annexe 1) et une partie orale.")
S2_TXT = ("Les épreuves orales se dérouleront du mardi 30 mai au vendredi 2 juin (E2-A et E2-B, partie orale), "
          "du mardi 6 au vendredi 9 juin (E5) et du lundi 12 au jeudi 15 juin 2028 (E6), au lycée Jules Guesde "
          "(Montpellier) et au lycée Jean Lurçat (Perpignan). Le lundi 5 juin 2028, lundi de Pentecôte, est férié.")
S2_EF = ("Épreuve facultative EF1 – Langue vivante étrangère C : mercredi 7 juin 2028, de 13 h 30 à 17 h 30, "
         "au lycée Jules Guesde.")
S2_CCF = ("L'épreuve E4 – Gestion de la relation clientèle touristique est évaluée uniquement par contrôle en cours "
          "de formation : aucune convocation n'est émise par le rectorat.")

S3 = "III. DOSSIERS DES ÉPREUVES E5 ET E6"
S3_PUCES = [
    "Les dossiers des épreuves E5 et E6 sont à transmettre au centre d'interrogation au plus tard le "
    "vendredi 21 avril 2028 à 12 h, soit avant les vacances de printemps (du samedi 22 avril au lundi 8 mai 2028).",
    "Contrôle de conformité des dossiers E5 et E6 : mardi 9 mai 2028 à 14 h, lycée Jules Guesde.",
    "Réunion d'harmonisation des examinateurs E5 et E6 : lundi 29 mai 2028 à 9 h 30, lycée Jules Guesde.",
]

S4 = "IV. JURY ET RÉSULTATS"
S4_TXT = ("Le jury de délibération se réunira le mercredi 28 juin 2028 à 14 h au rectorat (salle du conseil). "
          "Les résultats seront publiés le vendredi 30 juin 2028 à partir de 16 h.")

S5 = "V. ÉTABLISSEMENTS DE FORMATION"
S5_TXT = "Pour information, les établissements de formation suivants ne sont pas centres d'examen :"
S5_PUCES = [
    "Lycée Saint-Joseph – Pézenas",
    "Lycée Notre-Dame de la Merci – Montpellier",
    "CFA régional des métiers du tourisme – Sète",
]

SIGNATURE = ["Pour la rectrice et par délégation,", "la cheffe de la division des examens et concours,",
             "signé", "Hélène Marty"]

# Annexe 1 (paysage) ---------------------------------------------------------------------------
A1_TITRE = "Annexe 1 – Calendrier des épreuves écrites – session 2028"
A1_ENTETE = ["Date", "Horaires", "Épreuve", "Intitulé", "Durée", "Observations"]
# (date, horaires, épreuve, intitulé, durée, observations) ; date None = fusion verticale avec la ligne du dessus
A1_LIGNES = [
    ("lun. 15/05/28", "14h-18h", "E1", "Culture générale et expression", "4 h", "Dictionnaire non autorisé"),
    ("mar. 16/05/28", "10h-12h", "E2-A", "Communication en langue vivante étrangère A (anglais) – écrit", "2 h",
     "Dictionnaire bilingue autorisé"),
    (None, "14h-16h", "E2-B", "Communication en langue vivante étrangère B – écrit", "2 h",
     "Dictionnaire bilingue autorisé"),
    ("mer. 17/05/28", "9h-12h", "E3", "Tourisme et territoires", "3 h", "Sujet comportant un fond de carte"),
]
A1_NOTE = ("Les épreuves E4, E5 et E6 ne comportent pas de partie écrite. Horaires exprimés en heure de Paris.")

# Annexe 2 --------------------------------------------------------------------------------------
A2_TITRE = "Annexe 2 – Centres d'examen"
A2_ENTETE = ["Centre", "Adresse", "Ville", "Épreuves"]
A2_LIGNES = [
    ("Lycée Jules Guesde", "110 avenue de Lodève\nCS 10002\n34060 Cedex 2", "Montpellier", "E1, E2-A, E2-B, E3, oraux, EF1"),
    ("Lycée Philippe Lamour", "44 allée de l'Amérique latine\n30900", "Nîmes", "E1, E2-A, E2-B, E3"),
    ("Lycée Jean Lurçat", "25 avenue Albert Camus\nBP 10027\n66028 Cedex", "Perpignan", "E1, E2-A, E2-B, E3, oraux"),
    ("Lycée Paul Sabatier", "36 rue Alfred de Musset\n11802 Cedex", "Carcassonne", "E1, E2-A, E2-B, E3"),
]

# Annexe 3 --------------------------------------------------------------------------------------
A3_TITRE = "Annexe 3 – Fiche de transmission des dossiers E5 / E6"
A3_LIGNES = [
    "Établissement : ………………………………………………   Code RNE : ……………",
    "Nombre de dossiers E5 : ………      Nombre de dossiers E6 : ………",
    "Date de remise : le …/…/20…      Signature du chef d'établissement :",
]
