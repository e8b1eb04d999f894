"""Texte de la circulaire CRSA 2028 de l'académie de Strasbourg (fictive), version modificative.

Particularités : encadré « MODIFICATIF N° 1 » qui annule une date et la remplace ; codes
écrits « E.3.2 », « E 51 », « E6.1 », « E6 – 2 » ; tableau avec colonnes Début / Fin / Durée et
cellule de date fusionnée sur deux lignes ; centres avec adresse sur plusieurs lignes, BP et
CEDEX, ville dans une autre cellule ; jours fériés propres à l'Alsace-Moselle.
"""

EN_TETE = [
    "ACADÉMIE DE STRASBOURG",
    "Rectorat",
    "Division des examens et concours",
    "DEC 4 – Brevets de technicien supérieur",
    "6 rue de la Toussaint – 67975 Strasbourg Cedex 9",
]
LIEU_DATE = "Strasbourg, le 6 mars 2028"
DESTINATAIRES = ("Le recteur de l'académie de Strasbourg à Mesdames et Messieurs les proviseurs "
                 "des lycées et directeurs de CFA préparant au BTS CRSA")
OBJET = ("Objet : BTS Conception et réalisation de systèmes automatiques (CRSA) – session 2028 – "
         "circulaire d'organisation – MODIFICATIF N° 1")
REFERENCES = ("Réf. : arrêté du 5 mai 2014 portant définition et fixant les conditions de délivrance "
              "du BTS CRSA ; circulaire académique DEC 4 n° 2028-031 du 1er février 2028.")

MODIFICATIF = [
    "MODIFICATIF N° 1",
    "La présente circulaire annule et remplace la circulaire du 1er février 2028 citée en "
    "référence. Une seule disposition est modifiée : la sous-épreuve E 51 (Conception détaillée "
    "d'une chaîne fonctionnelle), initialement fixée au jeudi 11 mai 2028, est annulée à cette "
    "date et remplacée par le mardi 16 mai 2028, de 8 h à 12 h. Toutes les autres dispositions "
    "demeurent inchangées.",
]

EPREUVES_TITRE = "1. Liste des épreuves"
EPREUVES_ENTETE = ["Code", "Intitulé", "Forme", "Durée"]
# ligne de regroupement : (texte,) ; ligne normale : [code, intitulé, forme, durée]
EPREUVES = [
    ["E1", "Culture générale et expression", "écrite", "4 h"],
    ["E2", "Langue vivante étrangère : anglais", "écrite", "2 h"],
    ("E3 – Mathématiques et physique-chimie",),
    ["E.3.1", "Mathématiques", "CCF", "–"],
    ["E.3.2", "Physique-chimie", "écrite", "2 h"],
    ["E4", "Conception préliminaire d'un système automatique", "écrite", "4 h"],
    ("E5 – Conception détaillée d'un système automatique",),
    ["E 51", "Conception détaillée d'une chaîne fonctionnelle", "écrite", "4 h"],
    ["E 52", "Réalisation et mise en service d'un système", "CCF", "–"],
    ("E6 – Projet technique",),
    ["E6.1", "Rapport de stage en entreprise", "orale", "30 min"],
    ["E6 – 2", "Projet technique industriel", "orale", "1 h"],
    ["EF1", "Langue vivante facultative", "orale", "20 min"],
]

CALENDRIER_TITRE = "2. Calendrier des épreuves écrites"
CALENDRIER_BANDEAU = "ÉPREUVES ÉCRITES – heures légales de métropole"
CALENDRIER_ENTETE = ["Date", "Épreuve", "Début", "Fin", "Durée"]
# [date (None = cellule fusionnée avec la précédente), épreuve, début, fin, durée]
CALENDRIER = [
    ["Mardi 9 mai 2028", "E4 – Conception préliminaire", "08 h 00", "12 h 00", "4 h"],
    ["Mercredi 10 mai 2028", "E1 – Culture générale et expression", "14 h 00", "18 h 00", "4 h"],
    ["Vendredi 12 mai 2028", "E.3.2 – Physique-chimie", "10 h 00", "12 h 00", "2 h"],
    [None, "E2 – Anglais", "14 h 00", "16 h 00", "2 h"],
    ["Mardi 16 mai 2028\n(nouvelle date)", "E 51 – Conception détaillée", "08 h 00", "12 h 00", "4 h"],
]
CALENDRIER_NOTES = [
    "Le vendredi saint (14 avril 2028) est un jour férié en Alsace-Moselle.",
    "L'Ascension (jeudi 25 mai 2028) et le lundi de Pentecôte (5 juin 2028) sont fériés ; "
    "aucune épreuve n'est programmée ces jours-là.",
    "Réunion d'harmonisation des correcteurs de l'épreuve E4 : mercredi 17 mai 2028 à 9 h, "
    "lycée Louis Couffignal.",
]

ORAUX_TITRE = "3. Épreuves orales et contrôle en cours de formation"
ORAUX = [
    "EF1 – langue vivante facultative : le 19-05-2028, à partir de 8 h 30, au lycée Louis Armand.",
    "E6 – 2 – Projet technique industriel : soutenances du mardi 6 au vendredi 9 juin 2028, "
    "lycée Louis Couffignal et lycée Théodore Deck.",
    "E6.1 – Rapport de stage : interrogations du lundi 12 au mercredi 14 juin 2028, dans les "
    "mêmes centres.",
    "E.3.1 et E 52 : évaluées exclusivement en contrôle en cours de formation ; les notes sont "
    "saisies par les établissements dans Cyclades et ne donnent lieu à aucune convocation.",
]

DOSSIERS_TITRE = "4. Dossiers, contrôle de conformité, commissions"
DOSSIERS = [
    "Rapports de stage (E6.1) : dépôt au rectorat, bureau DEC 4, le vendredi 31 mars 2028 à "
    "12 h au plus tard.",
    "Dossiers de projet technique (E6 – 2) : remise au centre d'épreuves au plus tard le lundi "
    "22 mai 2028 à 17 h.",
    "Contrôle de conformité des dossiers E6 – 2 : mercredi 24 mai 2028, 14 h, lycée Théodore Deck.",
    "Commission d'entente des jurys E6.1 et E6 – 2 : jeudi 1er juin 2028 à 14 h, lycée Louis "
    "Couffignal.",
]

CENTRES_TITRE = "5. Centres d'épreuves"
CENTRES_ENTETE = ["Centre", "Adresse", "Ville", "Épreuves"]
CENTRES = [
    ["Lycée Louis Couffignal", ["11 route de la Fédération", "BP 40049", "67025 STRASBOURG CEDEX"],
     "Strasbourg", "écrits, E6.1, E6 – 2"],
    ["Lycée Théodore Deck", ["5 rue des Chanoines", "BP 60084", "68502 GUEBWILLER CEDEX"],
     "Guebwiller", "écrits, E6.1, E6 – 2"],
    ["Lycée Louis Armand", ["3 boulevard des Nations", "68093 MULHOUSE CEDEX"],
     "Mulhouse", "écrits, EF1"],
]

RESULTATS_TITRE = "6. Délibération et résultats"
RESULTATS = [
    "Jury de délibération : jeudi 29 juin 2028 à 9 h, au rectorat.",
    "Résultats : vendredi 30 juin 2028 à 11 h, affichage dans les centres et publication en ligne.",
]

SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours",
             "Marc Schweitzer"]
PIED = "Académie de Strasbourg – DEC 4 – BTS CRSA 2028 – modificatif n° 1"
