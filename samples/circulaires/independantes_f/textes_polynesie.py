# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive : BTS Tourisme, vice-rectorat de la Polynésie française, session 2027.
Publiée sous forme de page web (actualité du site du vice-rectorat)."""

STEM = "circulaire_tourisme_2027_polynesie"

SITE = "Vice-rectorat de la Polynésie française"
FIL = "Accueil › Examens et concours › BTS › Session 2027"
PUBLIE = "Publié le 15/02/2027 – mis à jour le 16/02/2027"
TITRE = "BTS Tourisme – session 2027 : circulaire d'organisation"

CHAPO = ("Vous trouverez ci-dessous la circulaire d'organisation du brevet de technicien supérieur "
         "Tourisme pour la session 2027 en Polynésie française. Toutes les heures indiquées sont en "
         "heure de Tahiti (UTC−10).")

REF = ("Circulaire DEC/BTS n° 2027-014 du vice-rectorat de la Polynésie française – Papeete, le 11 février 2027 – "
       "Références : arrêté du 5 avril 2012 portant définition du BTS Tourisme ; arrêté du 9 mai 1995 "
       "(LV facultatives).")

UNITES_TITRE = "1. Épreuves de l'examen"
UNITES = [
    ("E1", "Culture générale et expression", "écrite, 4 h"),
    ("E2", "Communication en langues vivantes étrangères", ""),
    ("E21", "Anglais (partie écrite)", "écrite, 2 h"),
    ("E22", "Langue vivante étrangère B", "orale"),
    ("E3", "Tourisme et territoires", "écrite, 3 h"),
    ("E4", "Gestion de la relation clientèle touristique", "orale, sur dossier"),
    ("E5", "Élaboration d'une prestation touristique", "orale"),
    ("E6", "Gestion de l'information touristique", "pratique"),
    ("EF1", "Langue vivante étrangère C (facultative)", "orale"),
]

ECRITS_TITRE = "2. Calendrier des épreuves écrites"
# tableau « jours en colonnes »
ECRITS_JOURS = ["mar. 11/05/27", "mer. 12/05/27", "jeu. 13/05/27"]
ECRITS_EPREUVES = ["E1 – Culture générale et expression", "E3 – Tourisme et territoires",
                   "E21 – Anglais (écrit)"]
ECRITS_TAHITI = ["7h30-11h30", "7h30-10h30", "12h30-14h30"]
ECRITS_PARIS = ["19h30-23h30", "19h30-22h30", "00h30-02h30 (J+1)"]
ECRITS_NOTE = ("Les sujets sont spécifiques à la Polynésie française. La ligne « heure de Paris » est donnée "
               "à titre indicatif pour les correspondances avec l'académie pilote. Le lundi 17 mai 2027 "
               "(Pentecôte) est férié.")

ORAUX_TITRE = "3. Épreuves orales et pratiques"
ORAUX = [
    ("Les épreuves orales E4 et E5 se dérouleront du lundi 31 mai au vendredi 4 juin, du mardi 8 au jeudi "
     "10 juin et du lundi 14 au mercredi 16 juin 2027, selon le planning de passage adressé à chaque centre."),
    "L'oral de langue vivante B (E22) aura lieu le mercredi 2 juin 2027 de 7 h 30 à 11 h 30.",
    "L'épreuve pratique E6 est fixée du lundi 21 au mercredi 23 juin 2027.",
    "L'épreuve facultative EF1 se tiendra le vendredi 18 juin 2027 au lycée Paul-Gauguin.",
]

DOSSIERS_TITRE = "4. Dossiers E4"
DOSSIERS = [
    ("Dépôt des dossiers E4 (portefeuille de compétences) : au plus tard le vendredi 9 avril 2027 à 12 h, "
     "au secrétariat de la DEC du vice-rectorat (immeuble Toriki, rue Édouard Ahnne, Papeete)."),
    "Contrôle de conformité des dossiers E4 : jeudi 22 avril 2027 à 13 h 30.",
    ("Réunion d'entente et d'harmonisation des examinateurs E4 et E5 : lundi 24 mai 2027 à 8 h, au "
     "lycée Paul-Gauguin."),
]

CENTRES_TITRE = "5. Centres d'épreuves"
CENTRES = [
    ("Lycée Paul-Gauguin", "Rue Manu Kitione – BP 20 051", "98713 Papeete", "Papeete", "E1, E21, E3, E22, E4, E5, EF1"),
    ("Lycée hôtelier de Tahiti", "PK 16,5 côté mer – BP 13 043", "98717 Punaauia", "Punaauia", "E1, E21, E3, E6"),
    ("Lycée polyvalent d'Uturoa", "BP 88", "98735 Uturoa – Raiatea", "Uturoa", "E1, E21, E3"),
]
FORMATION = ("Les candidats du lycée La Mennais (Papeete) et du lycée Samuel-Raapoto (Arue) composent au "
             "lycée Paul-Gauguin ; ces établissements de formation ne sont pas centres d'épreuves.")

JURY_TITRE = "6. Délibération et résultats"
JURY = [
    "Jury de délibération : jeudi 1er juillet 2027 à 8 h, au vice-rectorat.",
    ("Publication des résultats : vendredi 2 juillet 2027 à 16 h sur le site du vice-rectorat. Le mardi "
     "29 juin 2027 (fête de l'autonomie) est férié."),
]
SIGNATURE = "Le chef de la division des examens et concours – Teva Tetuanui"
PIED = ("Vice-rectorat de la Polynésie française – BP 1632 – 98713 Papeete – Tahiti · "
        "Mentions légales · Plan du site")
