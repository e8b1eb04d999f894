# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive : BTS Maintenance des systèmes (option A), académie de Limoges, session 2027."""

STEM = "circulaire_ms_2027_limoges"

ENTETE = ["ACADÉMIE DE LIMOGES", "Liberté • Égalité • Fraternité"]
PIED = "DEC 2 – Circulaire BTS MS 2027 – page "

COLONNE_GAUCHE = [
    ("Rectorat", True),
    ("Division des examens et concours", True),
    ("DEC 2 – Examens de l'enseignement supérieur", False),
    ("", False),
    ("Dossier suivi par", True),
    ("Laurent Peyrat", False),
    ("Tél. 05 55 11 42 37", False),
    ("dec2@ac-limoges.fr", False),
    ("", False),
    ("13, rue François Chénieux", False),
    ("CS 23124", False),
    ("87031 Limoges Cedex 1", False),
]

LIEU_DATE = "Limoges, le 18 janvier 2027"
AUTEUR = "Le recteur de l'académie de Limoges"
DESTINATAIRES = "à Mesdames et Messieurs les chefs des établissements de formation préparant au BTS Maintenance des systèmes"
OBJET = "Objet : BTS Maintenance des systèmes – option A Systèmes de production (MS) – session 2027"
REFS = [
    "Réf. : arrêté du 17 avril 2014 modifié portant définition et fixant les conditions de délivrance du BTS MS ;",
    "circulaire nationale d'organisation de l'académie pilote en date du 3 décembre 2026.",
]
INTRO = (
    "J'ai l'honneur de vous faire connaître les dispositions arrêtées pour la session 2027. "
    "Le calendrier des épreuves écrites figure en page 2 ; les épreuves orales et pratiques, les dossiers "
    "et les centres sont précisés aux points 2 à 6."
)

T1 = "1. Épreuves du diplôme"
EPREUVES = [
    "E1 – Culture générale et expression : écrit, 4 h.",
    "E2 – Langue vivante étrangère : anglais. CCF ; oral ponctuel pour les candidats hors CCF.",
    "E3 – Mathématiques et physique-chimie : E.3.1 Mathématiques (CCF uniquement, aucune date nationale) ; "
    "E.3.2 Physique-chimie (écrit de 2 h pour les candidats relevant de la forme ponctuelle).",
    "E4 – Analyse technique en vue de l'intégration d'un bien : écrit, 4 h.",
    "E5 – Activités de maintenance : E.5.1 Organisation de la maintenance (écrit, 2 h) ; "
    "E.5.2 Intervention sur un bien (épreuve pratique, 6 h).",
    "E6 – Épreuve professionnelle de synthèse : 1ère partie (E61) Rapport d'activités en entreprise, oral 30 min ; "
    "2e partie (E62) Projet technique, oral 40 min.",
]

SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours", "", "Olivier Mazaud"]

# Page paysage : jours en colonnes
CAL_TITRE = "2. CALENDRIER DES ÉPREUVES ÉCRITES – SEMAINE 19 (heure de Paris)"
CAL_JOURS = ["lun. 10/05/27", "mar. 11/05/27", "mer. 12/05/27", "jeu. 13/05/27"]
CAL_LIGNES = [
    ("Matin", ["", "", "E4\nAnalyse technique en vue de l'intégration d'un bien\n8h-12h", ""]),
    ("Après-midi", ["E32\nPhysique-chimie\n13h30-15h30\n(candidats ponctuels)",
                    "E1\nCulture générale et expression\n14h-18h", "",
                    "E51\nOrganisation de la maintenance\n14h-16h"]),
]
CAL_NOTES = [
    "Les candidats doivent être présents 30 minutes avant le début de l'épreuve.",
    "Calculatrice autorisée en mode examen pour E32, E4 et E51.",
]
ORAUX_TITRE = "ÉPREUVES ORALES ET PRATIQUES"
ORAUX_ENTETE = ["Épreuve", "Période", "Lieu"]
ORAUX = [
    ("E2 – Anglais (oral ponctuel)", "du mar. 25/05/27 au jeu. 27/05/27", "Lycée Jean Favard, Guéret"),
    ("E.5.2 – Intervention sur un bien", "du lundi 31 mai au vendredi 4 juin 2027",
     "Lycée Raoul Dautry (Limoges) et lycée Pierre Caraminot (Égletons)"),
    ("E6 – 1ère partie (E61)", "du 7 au 9 juin 2027", "mêmes centres"),
    ("E6 – 2e partie (E62)", "du 14 au 16 juin 2027", "mêmes centres"),
]
ORAUX_NOTE = "Le lundi 17 mai 2027 (lundi de Pentecôte) est férié : aucune épreuve n'est organisée ce jour-là."

T3 = "3. Rapports et dossiers"
DOSSIERS = [
    ("Les rapports d'activités en entreprise (E61), en deux exemplaires papier et une version numérique, "
     "doivent être déposés au lycée Raoul Dautry, secrétariat du DDFPT, au plus tard le vendredi 2 avril 2027 "
     "à 16 h 00."),
    ("Le contrôle de conformité des rapports E61 et des dossiers de projet E62 se tiendra le jeudi 8 avril 2027 "
     "à 14 h au lycée Raoul Dautry. Un rapport non conforme entraîne l'attribution de la mention « non valide »."),
]
T4 = "4. Correction et harmonisation"
CORRECTION = [
    "Une réunion d'entente des correcteurs des épreuves E4 et E.5.1 est fixée au mardi 18 mai 2027 à 14 h (visioconférence).",
    ("La commission académique de concertation (harmonisation des notes de CCF) se réunira le mardi 22 juin 2027 "
     "à 9 h au rectorat."),
]
T5 = "5. Jury et résultats"
JURY = [
    "Le jury de délibération siégera au rectorat de Limoges le jeudi 1er juillet 2027 à 14 h.",
    "Les résultats seront mis en ligne le vendredi 2 juillet 2027 à 10 h.",
]
T6 = "6. Centres d'épreuves (écrits : les quatre centres)"
CENTRES_ENTETE = ["Établissement", "Adresse", "Ville"]
CENTRES = [
    ("Lycée Raoul Dautry", "14, rue du Puy Imbert\nBP 3015\n87036 LIMOGES CEDEX", "Limoges"),
    ("Lycée Jean Favard", "27, route de Courtille\n23003 GUÉRET CEDEX", "Guéret"),
    ("Lycée Pierre Caraminot", "28, avenue de Ventadour\n19300", "Égletons"),
    ("Lycée Georges Cabanis", "6, boulevard Henri de Jouvenel\n19100", "Brive-la-Gaillarde"),
]
RECEPTION = "Date de réception de la présente circulaire : ____ / ____ / 2027      Visa du chef d'établissement :"
