# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive BTS GPME, académie de la Guyane, session 2026 (blocs clé–valeur)."""

STEM = "circulaire_gpme_2026_guyane"

ENTETE = ["RÉGION ACADÉMIQUE GUYANE", "Académie de la Guyane",
          "Rectorat – Division des examens et concours (DEC) – Pôle enseignement supérieur",
          "Site de Troubiran – BP 6011 – 97306 Cayenne Cedex"]
LIEU_DATE = "Cayenne, le 26 janvier 2026"
OBJET = "BTS Gestion de la PME (GPME) – session 2026 – calendrier et lieux des épreuves"
REFS = "arrêté du 20 février 2018 portant définition du BTS GPME ; note nationale d'organisation du 9 janvier 2026."
AVERTISSEMENT = ("Important : tous les horaires sont donnés en heure de Guyane (UTC−3). L'heure de Paris figure "
                 "entre crochets pour information.")

EFE = "Lycée Félix Éboué, rond-point Maurice Chevalier, 97300 Cayenne"
JUM = "Lycée Bertène Juminer, avenue Paul Castaing, 97320 Saint-Laurent-du-Maroni"
BLOCS_EPREUVES = [
    [("Épreuve", "E1 – Culture générale et expression"), ("Date", "lundi 11 mai 2026"),
     ("Horaire", "9 h 00 – 13 h 00 [14 h 00 – 18 h 00, heure de Paris]"), ("Lieu", EFE + " ; " + JUM)],
    [("Épreuve", "E3 – Culture économique, juridique et managériale"), ("Date", "mardi 12 mai 2026"),
     ("Horaire", "9 h 00 – 13 h 00 [14 h 00 – 18 h 00, heure de Paris]"), ("Lieu", "idem E1")],
    [("Épreuve", "E6 – Soutenir le fonctionnement et le développement de la PME"), ("Date", "mercredi 13 mai 2026"),
     ("Horaire", "8 h 30 – 13 h 00 [13 h 30 – 18 h 00, heure de Paris]"), ("Lieu", "idem E1")],
    [("Épreuve", "E2 – Communication en langue vivante étrangère (anglais) – candidats ponctuels"),
     ("Date", "du lundi 18 au mercredi 20 mai 2026"), ("Horaire", "selon convocation"),
     ("Lieu", "Lycée Melkior-Garré, 2, route de Baduel, 97300 Cayenne")],
    [("Épreuve", "E4 – Gérer la relation avec les clients et les fournisseurs de la PME"),
     ("Date", "sans objet – évaluation par contrôle en cours de formation uniquement"),
     ("Horaire", "—"), ("Lieu", "établissement de formation")],
    [("Épreuve", "E5 – Gérer le personnel et participer à la gestion des risques de la PME (oral ponctuel)"),
     ("Date", "du mardi 26 au jeudi 28 mai 2026"), ("Horaire", "8 h 00 – 12 h 00 et 13 h 30 – 16 h 30"),
     ("Lieu", "Lycée Léon-Gontran Damas, 1, route des Plages, 97354 Rémire-Montjoly")],
    [("Épreuve", "EF1 – Langue vivante facultative"), ("Date", "jeudi 4 juin 2026"),
     ("Horaire", "8 h – 12 h"), ("Lieu", "Lycée Félix Éboué, Cayenne")],
]
BLOCS_OPERATIONS = [
    [("Opération", "Dépôt des dossiers E5 (candidats ponctuels)"), ("Date limite", "vendredi 10 avril 2026"),
     ("Horaire", "avant 12 h 00"), ("Lieu", "Rectorat – DEC, site de Troubiran, Cayenne")],
    [("Opération", "Contrôle de conformité des dossiers E5"), ("Date", "mardi 21 avril 2026"),
     ("Horaire", "14 h 00"), ("Lieu", "Rectorat – DEC")],
    [("Opération", "Réunion d'entente des examinateurs E5"), ("Date", "vendredi 22 mai 2026"),
     ("Horaire", "8 h 30"), ("Lieu", "Lycée Léon-Gontran Damas")],
    [("Opération", "Jury de délibération"), ("Date", "jeudi 25 juin 2026"), ("Horaire", "9 h 00"),
     ("Lieu", "Rectorat – salle du conseil")],
    [("Opération", "Publication des résultats"), ("Date", "vendredi 26 juin 2026"),
     ("Horaire", "17 h 00 (heure de Guyane)"), ("Lieu", "site internet de l'académie")],
]
FERIES = ("Jours fériés : lundi 25 mai 2026 (lundi de Pentecôte) et mercredi 10 juin 2026 (commémoration de "
          "l'abolition de l'esclavage) – aucune opération ces jours-là.")
ETABLISSEMENTS_T = "Établissements de formation (lieux de préparation, non centres d'examen)"
ETABLISSEMENTS = ["Lycée Lama-Prévot – Rémire-Montjoly", "Lycée polyvalent de Mana – Mana",
                  "CFA de la CCI de la Guyane – Cayenne", "Lycée Gaston Monnerville – Kourou"]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,",
             "Murielle LONY"]
