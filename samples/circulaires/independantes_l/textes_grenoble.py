# -*- coding: utf-8 -*-
"""Lettre d'organisation (une page, encadré latéral des dates clés), BTS PI, académie de Grenoble, session 2028."""

EXPEDITEUR = ["ACADÉMIE DE GRENOBLE", "Liberté · Égalité · Fraternité", "Rectorat", "Division des examens et concours",
              "DEC 2 – Bureau des BTS", "Affaire suivie par : Julien Perrier", "Tél. : 04 76 74 70 00",
              "Mél : ce.dec2@ac-grenoble.fr", "7 place Bir-Hakeim – CS 81065", "38021 Grenoble Cedex 1"]
LIEU_DATE = "Grenoble, le 6 mars 2028"
DESTINATAIRE = ["Le recteur de l'académie de Grenoble", "à", "Mesdames et Messieurs les chefs d'établissement",
                "et directeurs de CFA préparant au BTS PI"]
OBJET = "Objet : BTS Professions immobilières (PI) – session 2028 – organisation des épreuves"
REFERENCE = "Réf. : circulaire nationale d'organisation du 12 janvier 2028."

CADRE_TITRE = "DATES CLÉS – SESSION 2028"
CADRE = [
    ("Dossiers E4 et E5.1 (hors CCF)", "à déposer au plus tard le ven. 31 mars 2028, 12 h"),
    ("Contrôle de conformité", "mar. 4 avril 2028, 14 h"),
    ("ÉCRITS", None),
    ("E3", "lun. 15 mai 2028, 14 h – 18 h"),
    ("E1", "mar. 16 mai 2028, 14 h – 18 h"),
    ("E2 (anglais)", "mer. 17 mai 2028, 10 h – 12 h"),
    ("ORAUX", None),
    ("Réunion d'entente E5", "lun. 29 mai 2028, 14 h"),
    ("E4", "du mar. 30 mai au ven. 2 juin 2028"),
    ("EF1", "mer. 31 mai 2028"),
    ("E5-1 et E5 – 2", "du mar. 6 au ven. 9 juin 2028"),
    ("DÉLIBÉRATION", None),
    ("Jury", "jeu. 29 juin 2028, 9 h"),
    ("Résultats", "ven. 30 juin 2028, 14 h"),
]

CORPS = [
    "J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2028 du BTS Professions "
    "immobilières. Les dates, rappelées dans l'encadré, sont celles de l'académie de Grenoble.",
    ("titre", "1. Épreuves écrites"),
    "Les épreuves E1 (culture générale et expression), E2 (communication en langue vivante étrangère : anglais) et "
    "E3 (conseil en ingénierie de l'immobilier) se déroulent dans les centres suivants :",
    ("adresse", ["Lycée Louise Michel", "30 rue Louise Michel", "38037 Grenoble Cedex 2"]),
    ("adresse", ["Lycée Vaugelas", "10 rue du Lycée – BP 1110", "73011 Chambéry Cedex"]),
    ("adresse", ["Lycée Berthollet", "9 boulevard du Lycée – BP 2004", "74000 Annecy"]),
    ("titre", "2. Épreuves orales"),
    "L'épreuve E4 (communication professionnelle en français et en langue étrangère) et les deux sous-épreuves de "
    "l'épreuve E5 – Techniques immobilières, E5-1 (transaction immobilière) et E5 – 2 (gestion immobilière), ont "
    "lieu au lycée Louise Michel pour les candidats hors CCF. L'épreuve facultative EF1 (langue vivante B) est "
    "organisée au lycée Vaugelas. Le lundi 5 juin 2028, lundi de Pentecôte, est férié.",
    "Le lycée du Granier (La Ravoire) et le CFA de l'immobilier (Échirolles), établissements de formation, ne sont "
    "pas centres d'épreuves.",
    ("titre", "3. Dossiers"),
    "Un dossier incomplet au contrôle de conformité est déclaré non conforme : le candidat ne peut alors être "
    "interrogé. Je vous remercie de veiller à la bonne diffusion de ces informations.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours", "Marc DUVERNAY"]
