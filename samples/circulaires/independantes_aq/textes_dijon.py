"""Circulaire fictive : BTS Maintenance des systèmes (MS), académie de Dijon, session 2028.
Les dates ne sont données qu'une fois, dans la légende des semaines ; le calendrier parle de « S20 mardi »."""
EN_TETE = ["Académie de Dijon", "Division des examens et concours", "Bureau des BTS – DEC 4"]
LIEU_DATE = "Dijon, le 7 mars 2028"
OBJET = ("BTS Maintenance des systèmes – option A Systèmes de production – session 2028 : "
         "calendrier des épreuves et rotation des groupes sur les plateaux techniques")
INTRO = ("Afin d'alléger la lecture, le calendrier ci-dessous est exprimé en numéros de semaine. "
         "La correspondance avec les dates figure une seule fois, dans la légende qui suit ; elle fait foi.")
LEGENDE_TITRE = "Légende des semaines (session 2028)"
LEGENDE = [
    ("S20", "du lundi 15 au vendredi 19 mai 2028"),
    ("S23", "du mardi 6 au vendredi 9 juin 2028 (le lundi 5 juin, lundi de Pentecôte, est férié)"),
    ("S24", "du lundi 12 au vendredi 16 juin 2028"),
    ("S26", "du lundi 26 au vendredi 30 juin 2028"),
]
CAL_TITRE = "1. Calendrier"
CAL_ENTETE = ("Semaine", "Jour", "Horaire", "Épreuve / opération", "Lieu")
CAL = [
    ("S20", "mardi", "14 h – 18 h", "E1 – Culture générale et expression (écrit)", "Lycée Le Castel"),
    ("S20", "mercredi", "10 h – 12 h", "E2 – Anglais (écrit)", "Lycée Le Castel"),
    ("S20", "mercredi", "14 h – 16 h", "E31 – Mathématiques (écrit)", "Lycée Le Castel"),
    ("S20", "jeudi", "8 h – 12 h", "E4 – Analyse des systèmes et préparation d'une intervention (écrit)", "Lycée Le Castel"),
    ("S20", "vendredi", "avant 12 h", "Dépôt du rapport d'activités E6 (2 exemplaires)", "Lycée Gustave Eiffel"),
    ("S23", "mardi → vendredi", "8 h – 16 h", "E5 – Intervention sur système (pratique), par groupes : voir § 2", "Plateaux 1 et 2"),
    ("S24", "lundi → mercredi", "8 h 30 – 17 h", "E6 – Soutenance du rapport d'activités (oral)", "Lycée Gustave Eiffel"),
    ("S26", "mercredi", "9 h", "Jury de délibération", "Rectorat de Dijon"),
]
CAL_NOTE = "E32 – Physique et chimie est évaluée en CCF uniquement : elle ne figure pas au calendrier."
ROT_TITRE = "2. Épreuve E5 – rotation des groupes (semaine 23)"
ROT_INTRO = ("Les candidats sont répartis en huit groupes de six d'après leur numéro d'ordre. Chaque groupe passe une journée "
             "complète sur un plateau technique.")
GROUPES = [("G1", "n° 1 à 6"), ("G2", "n° 7 à 12"), ("G3", "n° 13 à 18"), ("G4", "n° 19 à 24"),
           ("G5", "n° 25 à 30"), ("G6", "n° 31 à 36"), ("G7", "n° 37 à 42"), ("G8", "n° 43 à 48")]
ROT_ENTETE = ("S23", "Plateau 1 – Lycée Hippolyte Fontaine", "Plateau 2 – Lycée Gustave Eiffel")
ROT = [("mardi", "G1", "G2"), ("mercredi", "G3", "G4"), ("jeudi", "G5", "G6"), ("vendredi", "G7", "G8")]
ADRESSES_TITRE = "3. Adresses des centres"
ADRESSES = [
    "Lycée Le Castel, 22 rue Daubenton, 21000 Dijon (écrits)",
    "Lycée Hippolyte Fontaine, 20 boulevard Voltaire, 21000 Dijon (plateau 1)",
    "Lycée Gustave Eiffel, 15 avenue Champollion, 21000 Dijon (plateau 2, dépôt des rapports, oraux E6)",
    "Rectorat de Dijon, 2G rue du Général Delaborde, 21000 Dijon (jury)",
]
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la division des examens et concours", "Romain Bussière"]
