"""Circulaire fictive : BTS Électrotechnique (ET), académie de Grenoble, session 2029 (rotations par poste)."""
EN_TETE = ["Académie de Grenoble", "Division des examens et concours – DEC 1", "Examens de l'enseignement technologique"]
LIEU_DATE = "Grenoble, le 2 avril 2029"
OBJET = "BTS Électrotechnique – session 2029 – organisation des épreuves, rotations de l'épreuve pratique E42"
INTRO = ("La présente circulaire fixe le calendrier de la session 2029. Les numéros d'ordre des candidats (1 à 42) sont "
         "attribués par la DEC et communiqués aux établissements avec les convocations.")
ECRITS_TITRE = "1. Épreuves écrites – Lycée Louise Michel, 30 rue Louise Michel, 38100 Grenoble"
ECRITS_ENTETE = ("Date", "Horaire", "Code", "Épreuve")
ECRITS = [
    ("mardi 15 mai 2029", "8 h – 12 h", "E41", "Étude d'un projet : pré-étude et modélisation"),
    ("mercredi 16 mai 2029", "14 h – 18 h", "E1", "Culture générale et expression"),
    ("jeudi 17 mai 2029", "10 h – 12 h", "E2", "Langue vivante étrangère : anglais"),
    ("jeudi 17 mai 2029", "14 h – 16 h", "E31", "Mathématiques"),
]
ECRITS_NOTE = ("Le lundi 21 mai 2029 (lundi de Pentecôte) est férié. E32 – Physique et chimie, E51 – Projet : conception "
               "et E6 – Situations professionnelles sont évaluées en CCF et n'apparaissent pas dans ce calendrier.")
E42_TITRE = "2. Épreuve pratique E42 – Mise en œuvre et maintenance d'une installation"
E42_TXT = ("Centre : Lycée Vaucanson, 27 rue Anatole France, 38000 Grenoble, du lundi 4 au mercredi 6 juin 2029. "
           "Chaque candidat est convoqué une seule journée, déterminée par son numéro d'ordre :")
JOURS = [
    "Jour 1 – lundi 4 juin 2029 : candidats n° 1 à 15 ;",
    "Jour 2 – mardi 5 juin 2029 : candidats n° 16 à 30 ;",
    "Jour 3 – mercredi 6 juin 2029 : candidats n° 31 à 42.",
]
ROT_TXT = ("Dans chaque journée, les candidats sont répartis en trois rotations (A : les cinq premiers numéros du jour ; "
           "B : les cinq suivants ; C : les derniers). Chaque rotation passe successivement sur les trois postes :")
ROT_ENTETE = ("Créneau", "Poste 1 – Mesures et essais", "Poste 2 – Câblage et configuration", "Poste 3 – Mise en service")
ROT = [
    ("8 h 00 – 10 h 00", "Rotation A", "Rotation B", "Rotation C"),
    ("10 h 15 – 12 h 15", "Rotation C", "Rotation A", "Rotation B"),
    ("13 h 30 – 15 h 30", "Rotation B", "Rotation C", "Rotation A"),
]
E52_TITRE = "3. Sous-épreuve E52 – Projet : conduite et soutenance"
E52 = [
    "Dépôt du dossier de projet au centre d'oral : vendredi 25 mai 2029 à 17 h au plus tard.",
    "Centre d'oral : Lycée du Grésivaudan, 1 avenue du Taillefer, 38240 Meylan.",
    "Groupe 1 (candidats n° 1 à 21) : lundi 11 juin 2029 ; Groupe 2 (candidats n° 22 à 42) : mardi 12 juin 2029.",
]
JURY_TITRE = "4. Jury et résultats"
JURY = ("Jury de délibération : jeudi 28 juin 2029 à 9 h 30, au Lycée Vaucanson. "
        "Publication des résultats : vendredi 6 juillet 2029 à 10 h.")
FORMATION = ("Établissements de formation : Lycée Ferdinand Buisson (Voiron), Lycée Gabriel Fauré (Annecy) – "
             "non centres d'examen.")
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la DEC", "Thibault Arvers"]
