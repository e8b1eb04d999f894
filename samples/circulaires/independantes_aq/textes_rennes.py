"""Circulaire fictive : BTS Maintenance des véhicules (MV), académie de Rennes, session 2026 (grille atelier × demi-journée)."""
EN_TETE = ["ACADÉMIE DE RENNES", "Direction des examens et concours – DEC 2", "Pôle BTS industriels"]
LIEU_DATE = "Rennes, le 9 mars 2026"
OBJET = "BTS Maintenance des véhicules, option A voitures particulières – session 2026 – calendrier et planning des ateliers"
REF = "Référence : arrêté du 5 mars 2019 modifié relatif au BTS Maintenance des véhicules."
INTRO = ("J'ai l'honneur de vous communiquer l'organisation de la session 2026. Les candidats sont identifiés par leur numéro "
         "d'ordre (n° 1 à 36), reporté sur la convocation et sur la liste d'émargement.")
ECRITS_TITRE = "1. Épreuves écrites – Lycée Bréquigny, 7 avenue Georges Graff, 35200 Rennes"
ECRITS = [
    ("lundi 11 mai 2026", "14 h – 18 h", "E1", "Culture générale et expression"),
    ("mardi 12 mai 2026", "10 h – 12 h", "E2", "Anglais"),
    ("mardi 12 mai 2026", "14 h – 16 h", "E31", "Mathématiques"),
    ("mercredi 13 mai 2026", "9 h – 13 h", "E4", "Étude, analyse et diagnostic des systèmes"),
]
ECRITS_NOTE = ("Le jeudi 14 mai 2026 (Ascension) est férié ; le vendredi 15 mai 2026 est libéré. "
               "E32 – Physique-chimie : CCF uniquement, pas de date.")
E5_TITRE = "2. Épreuve pratique E5 – Diagnostic et intervention sur véhicule"
E5_TXT = ("Lieu : Lycée Joliot-Curie, 144 boulevard de Vitré, 35700 Rennes, du mardi 2 au jeudi 4 juin 2026. "
          "Chaque candidat est convoqué une journée et passe sur deux ateliers : l'un le matin (8 h 00 – 12 h 00), "
          "l'autre l'après-midi (13 h 30 – 17 h 30). La grille ci-dessous donne, pour chaque demi-journée et chaque atelier, "
          "les numéros des candidats présents (rotation des groupes entre le matin et l'après-midi).")
ATELIERS = ["Atelier A\nMoteur et injection", "Atelier B\nLiaisons au sol", "Atelier C\nRéseaux multiplexés"]
GRILLE = [
    ("Mar. 02/06", "matin\n8 h 00 – 12 h 00", ["n° 1 à 4", "n° 5 à 8", "n° 9 à 12"]),
    ("Mar. 02/06", "après-midi\n13 h 30 – 17 h 30", ["n° 9 à 12", "n° 1 à 4", "n° 5 à 8"]),
    ("Mer. 03/06", "matin\n8 h 00 – 12 h 00", ["n° 13 à 16", "n° 17 à 20", "n° 21 à 24"]),
    ("Mer. 03/06", "après-midi\n13 h 30 – 17 h 30", ["n° 21 à 24", "n° 13 à 16", "n° 17 à 20"]),
    ("Jeu. 04/06", "matin\n8 h 00 – 12 h 00", ["n° 25 à 28", "n° 29 à 32", "n° 33 à 36"]),
    ("Jeu. 04/06", "après-midi\n13 h 30 – 17 h 30", ["n° 33 à 36", "n° 25 à 28", "n° 29 à 32"]),
]
E5_NOTE = "Tenue de travail et chaussures de sécurité obligatoires. Aucun échange de créneau n'est autorisé."
E6_TITRE = "3. Épreuve orale E6 – Activités en milieu professionnel"
E6_TXT = ("Le rapport d'activités est remis au secrétariat du Lycée Joliot-Curie au plus tard le vendredi 22 mai 2026 à 16 h. "
          "Les oraux se tiennent dans le même lycée les lundi 8 et mardi 9 juin 2026 : candidats n° 1 à 18 le lundi 8 juin, "
          "candidats n° 19 à 36 le mardi 9 juin (horaire précisé sur la convocation).")
JURY = ("4. Jury – Le jury de délibération se réunira le jeudi 25 juin 2026 à 14 h au rectorat de Rennes "
        "(96 rue d'Antrain, 35700 Rennes).")
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la DEC,", "Yannick Le Moal"]
