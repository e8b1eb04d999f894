# -*- coding: utf-8 -*-
"""Note inter-académique fictive : BTS Pilotage de procédés, session 2028, académie pilote Lyon."""

EN_TETE = ["Région académique Auvergne-Rhône-Alpes", "Académie de Lyon – académie pilote",
           "Division des examens et concours – Bureau DEC 2 (BTS industriels)"]
PIED = "Rectorat de Lyon – 92 rue de Marseille – BP 7227 – 69354 Lyon Cedex 07"
REF_NOTE = "Note inter-académique n° 2028-PP-01 du 24 janvier 2028"
TITRE = ("NOTE D'ORGANISATION INTER-ACADÉMIQUE\nBTS PILOTAGE DE PROCÉDÉS (PP) – SESSION 2028")
GROUPEMENT = ("Groupement inter-académique : Lyon (académie pilote), Grenoble, Clermont-Ferrand, Dijon, "
              "Besançon. Texte de référence : arrêté du 11 février 2016 portant définition du BTS Pilotage de procédés.")
SECTIONS = [
    ("1. Répartition des candidats par académie", None),
    ("2. Épreuves écrites", [
        "Les épreuves écrites ont lieu simultanément dans les cinq académies, dans les centres d'écrit "
        "désignés par chaque rectorat :",
    ]),
]
ECRITS = [
    ["mardi 16 mai 2028", "E1 – Culture générale et expression", "14 h", "18 h", "4 h"],
    ["mercredi 17 mai 2028", "E2 – Anglais", "10 h", "12 h", "2 h"],
    ["mercredi 17 mai 2028", "E.3.1 – Mathématiques", "14 h", "16 h", "2 h"],
    ["jeudi 18 mai 2028", "E.3.2 – Physique-chimie", "8 h", "10 h", "2 h"],
    ["jeudi 18 mai 2028", "E.4.1 – Étude d'un procédé", "13 h", "17 h", "4 h"],
]
NOTE_E42 = "La sous-épreuve E.4.2 – Conduite d'une analyse de risques est évaluée en CCF dans tous les établissements."
REPARTITION_ENTETE = ["Académie", "Candidats", "Centre d'épreuves pratiques et orales", "Ville"]
REPARTITION = [
    ["Lyon", "64", "Lycée La Martinière Diderot\n18 place Gabriel Rambaud\nCS 10226", "Lyon"],
    ["Clermont-Ferrand", "22", "Lycée La Martinière Diderot (candidats regroupés à Lyon)", "Lyon"],
    ["Grenoble", "41", "Lycée Vaucanson\n27 rue Anatole France\nBP 1013", "Grenoble"],
    ["Dijon", "28", "Lycée Hippolyte Fontaine\n20 boulevard Voltaire\nBP 17503", "Dijon"],
    ["Besançon", "19", "Lycée Jules Haag\n1 rue Labbé", "Besançon"],
]
PRATIQUE_TITRE = "3. Épreuves pratiques et orales"
PRATIQUE = [
    "L'épreuve E5 – Conduite et optimisation d'un procédé (pratique) se déroulera du lundi 29 mai au "
    "vendredi 2 juin 2028 et du mardi 6 au vendredi 9 juin 2028 (le lundi 5 juin est férié, le jeudi "
    "25 mai également).",
    "E.6.1 – Rapport d'activités en entreprise (oral) : du lundi 12 au mercredi 14 juin 2028.",
    "E.6.2 – Projet (oral) : du mercredi 14 au vendredi 16 juin 2028.",
]
DOSSIERS_TITRE = "4. Dossiers, conformité, concertation"
DOSSIERS = [
    "Dépôt des dossiers de projet E.6.2 sur la plateforme inter-académique : au plus tard le vendredi "
    "5 mai 2028 à 17 h.",
    "Contrôle de conformité des dossiers E.6.2 : mardi 23 mai 2028 à 10 h, rectorat de Lyon (visioconférence "
    "pour les autres académies).",
    "Réunion de concertation des examinateurs E5 : mercredi 24 mai 2028 à 14 h, lycée La Martinière Diderot.",
]
AUTRE_TITRE = "5. Pour mémoire – BTS Métiers de la chimie (autre spécialité du même bureau)"
AUTRE = ("L'académie de Lyon étant également pilote du BTS Métiers de la chimie, il est rappelé aux "
         "établissements qui préparent les deux diplômes que l'épreuve E4 de ce BTS aura lieu le vendredi "
         "19 mai 2028 de 8 h à 12 h et que les oraux E6 se tiendront du mercredi 7 au vendredi 9 juin 2028 "
         "au lycée Charles et Adrien Dupuy, Le Puy-en-Velay. Ces dates ne concernent pas le BTS Pilotage de procédés.")
FIN_TITRE = "6. Délibération et résultats"
FIN = [
    "Le jury inter-académique se réunira le jeudi 29 juin 2028 à 9 h 30 au rectorat de Lyon.",
    "Les résultats seront publiés le vendredi 30 juin 2028 à 10 h dans chacune des académies du groupement.",
]
SIGNATURE = ["Pour le recteur de l'académie de Lyon, académie pilote,", "et par délégation,",
             "Le chef de la division des examens et concours", "Olivier Chaumette"]
