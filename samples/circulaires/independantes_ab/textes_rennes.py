# -*- coding: utf-8 -*-
"""Textes de la circulaire BTS GTMN, académie de Rennes, session 2026 (fictive)."""
STEM = "circulaire_gtmn_2026_rennes"

ENTETE = ["ACADÉMIE DE RENNES", "Rectorat", "Division des examens et concours", "DEC 3 – Bureau des BTS"]
SUIVI = ["Affaire suivie par : Mme Le Goff", "Tél. : 02 23 21 74 40", "Mél : ce.dec3@ac-rennes.fr",
         "96 rue d'Antrain – CS 10503", "35705 Rennes Cedex 7"]
LIEU_DATE = "Rennes, le 27 janvier 2026"
DESTINATAIRES = ("Le recteur de la région académique Bretagne, recteur de l'académie de Rennes\n"
                 "à\n"
                 "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat,\n"
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation")
OBJET = ("Objet : brevet de technicien supérieur « Géomètre topographe et modélisation numérique » (GTMN) – "
         "session 2026 – organisation des épreuves")
REFERENCES = [
    "Code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "Arrêté du 4 juin 2020 portant définition et fixant les conditions de délivrance du BTS GTMN ;",
    "Circulaire nationale d'organisation des BTS du 8 décembre 2025.",
]
INTRO = ("J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2026 du BTS GTMN "
         "dans l'académie de Rennes. Je vous remercie d'en assurer la plus large diffusion auprès des équipes "
         "pédagogiques et des candidats.")

FORMATION_TITRE = "1. Établissements de formation de l'académie (pour information)"
FORMATION_TEXTE = ("Les établissements ci-dessous préparent au diplôme. Ils ne sont pas tous centres d'examen : "
                   "seuls les centres désignés au point 2 accueillent les candidats.")
FORMATION = [
    "Lycée Joliot-Curie – Rennes (voie scolaire)",
    "Lycée de Kerichen – Brest (voie scolaire)",
    "CFA du BTP d'Ille-et-Vilaine – Saint-Grégoire (apprentissage)",
    "Lycée privé Notre-Dame du Kreisker – Saint-Pol-de-Léon (voie scolaire)",
]

CENTRES_TITRE = "2. Centres d'examen"
CENTRES_ENTETE = ["Centre", "Adresse", "Ville", "Épreuves accueillies"]
CENTRES = [
    ["Lycée Joliot-Curie", "144 boulevard de Vitré\nCS 64317\n35043 RENNES CEDEX", "Rennes",
     "E1, E2, E31, E32, E41, E42 (tous candidats)\nE52, E6, EF1 (candidats d'Ille-et-Vilaine et du Morbihan)"],
    ["Lycée de Kerichen", "Rue Prince de Joinville\n29801 BREST CEDEX 9", "Brest",
     "E52, E6, EF1 (candidats du Finistère et des Côtes-d'Armor)"],
]

EPREUVES_TITRE = "3. Liste des épreuves"
EPREUVES_ENTETE = ["Code", "Intitulé", "Forme", "Durée"]
EPREUVES = [
    ["E1", "Culture générale et expression", "écrite", "4 h"],
    ["E2", "Langue vivante étrangère : anglais", "écrite", "2 h"],
    ["E3", "Mathématiques et sciences physiques", "", ""],
    ["   E31", "Mathématiques", "écrite", "2 h"],
    ["   E32", "Physique-chimie", "écrite", "2 h"],
    ["E4", "Étude technique et réglementaire", "", ""],
    ["   E41", "Droit et techniques foncières", "écrite", "4 h"],
    ["   E42", "Traitement des données et modélisation", "pratique sur poste", "4 h"],
    ["E5", "Activités professionnelles", "", ""],
    ["   E51", "Travaux topographiques de terrain", "CCF uniquement", "–"],
    ["   E52", "Projet de modélisation numérique", "orale", "40 min"],
    ["E6", "Rapport d'activités en milieu professionnel", "orale", "30 min"],
    ["EF1", "Langue vivante facultative", "orale", "20 min"],
]
E51_NOTE = ("La sous-épreuve E51 est évaluée exclusivement en contrôle en cours de formation : elle ne fait "
            "l'objet d'aucune convocation académique.")

DOSSIERS_TITRE = "4. Dossiers des épreuves E52 et E6"
DOSSIERS = [
    ("Les dossiers de projet (E52) et les rapports d'activités (E6) sont à transmettre au plus tard le "
     "vendredi 17 avril 2026 à 12 h au rectorat, DEC 3, à l'adresse figurant en en-tête. Le cachet de la "
     "poste ne fait pas foi."),
    ("Le contrôle de conformité de ces dossiers aura lieu le jeudi 23 avril 2026 à 9 h 30. Les établissements "
     "seront informés des non-conformités constatées dans les 48 heures."),
]

CAL_TITRE = "5. Calendrier de la session (horaires de métropole)"
CAL_TEXTE = ("Les calendriers mensuels ci-dessous récapitulent toutes les opérations. Les soutenances orales "
             "débutent le lundi premier juin ; aucune épreuve n'est organisée pendant le pont de l'Ascension.")
# (jour, texte) ; plusieurs jours consécutifs peuvent partager une cellule fusionnée : (j1, j2, texte)
MAI = {
    1: "Fête du travail (férié)",
    8: "Victoire 1945 (férié)",
    11: "E1 Culture générale et expression\n14 h – 18 h",
    12: "E2 Anglais 10 h – 12 h\nE31 Mathématiques 14 h – 16 h",
    13: "E32 Physique-chimie\n9 h – 11 h",
    14: "Ascension (férié)",
    15: "Pont – établissements fermés",
    18: "E41 Droit et techniques foncières\n13 h 30 – 17 h 30",
    19: "E42 Traitement des données et modélisation\n8 h – 12 h (salle B12)",
    20: "Réunion d'entente E41 – E42\n9 h, lycée Joliot-Curie",
    25: "Lundi de Pentecôte (férié)",
}
JUIN = {
    (1, 3): "E52 – Soutenance du projet de modélisation numérique (oral, 40 min), selon convocation",
    4: "EF1 Langue vivante facultative (oral)",
    (8, 10): "E6 – Soutenance du rapport d'activités (oral, 30 min), selon convocation",
    23: "Jury de délibération\n14 h, rectorat",
}
APRES_CAL = [
    "Publication des résultats : vendredi 3 juillet 2026 à 10 h, sur le site de l'académie.",
    ("Les convocations aux épreuves orales du 1er juin seront adressées aux candidats au plus tard "
     "quinze jours avant la première soutenance."),
]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours",
             "Anne-Sophie KERMARREC"]
ANNEXE_TITRE = "Annexe – Attestation de dépôt des dossiers"
ANNEXE = ["Établissement : ……………………………………………",
          "Nombre de dossiers E52 remis : ……   Nombre de rapports E6 remis : ……",
          "Reçu le …/…/20… à …… h ……        Signature et cachet :"]
PIED = "Académie de Rennes – DEC 3 – BTS GTMN session 2026"
