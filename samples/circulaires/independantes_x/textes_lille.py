# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive BTS FED, académie de Lille, session 2027."""

EN_TETE = ["RÉGION ACADÉMIQUE HAUTS-DE-FRANCE", "Académie de Lille",
           "Division des examens et concours — DEC 3", "Bureau des brevets de technicien supérieur"]
PIED = "DEC 3 – 144 rue de Bavay – BP 709 – 59033 Lille CEDEX – circulaire BTS FED 2027"
LIEU_DATE = "Lille, le 18 janvier 2027"
EMETTEUR = "Le recteur de l'académie de Lille"
DESTINATAIRES = ("à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat, "
                 "Mesdames et Messieurs les directeurs de CFA, Mesdames et Messieurs les chefs de centre")
CONTACTS = [("Dossier suivi par", "Mme Delphine Vanhoutte"), ("Téléphone", "03 20 15 67 89"),
            ("Courriel", "dec3-bts@ac-lille.fr")]
OBJET = ("Objet : organisation du BTS Fluides, énergies, domotique (FED) – options A, B et C – session 2027")
REFERENCES = [
    "arrêté du 26 février 2014 portant définition et conditions de délivrance du BTS FED ;",
    "note de service nationale d'organisation des BTS du 3 décembre 2026 ;",
    "calendrier national des épreuves écrites (BO n° 46 du 10 décembre 2026).",
]
INTRO = ("La présente circulaire précise, pour l'académie de Lille, le déroulement de la session 2027 "
         "du BTS Fluides, énergies, domotique. Je vous remercie d'en assurer la diffusion auprès des "
         "équipes pédagogiques, des candidats et des chefs de travaux.")

TITRE_ECRITS = "1. ÉPREUVES ÉCRITES (calendrier national)"
PHRASE_ECRITS = ("Les épreuves écrites se tiendront les dix, onze et douze mai deux mille vingt-sept, "
                 "dans le centre d'écrit désigné sur la convocation du candidat.")
# tableau : jours en colonnes, demi-journées en lignes
JOURS_ECRITS = ["lun. 10/05/2027", "mar. 11/05/2027", "mer. 12/05/2027"]
GRILLE_ECRITS = [
    ("Matin", ["—", "E2 – Anglais\n10 h – 12 h", "E3.2 – Physique-chimie\n8 h – 10 h"]),
    ("Après-midi", ["E1 – Culture générale et expression\n14 h – 18 h",
                    "E3.1 – Mathématiques\n14 h – 16 h",
                    "E4.1 – Analyse et définition d'un système\n14 h – 18 h"]),
]
NOTE_ECRITS = ("Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 "
               "(lundi de Pentecôte). Les candidats doivent se présenter 30 minutes avant le début de chaque épreuve.")

TITRE_GANTT = "2. ÉPREUVES PRATIQUES ET ORALES – PLANNING DES SEMAINES 22 À 24"
SEMAINES = [("Semaine 22", ["lu 31/05", "ma 01/06", "me 02/06", "je 03/06", "ve 04/06"]),
            ("Semaine 23", ["lu 07/06", "ma 08/06", "me 09/06", "je 10/06", "ve 11/06"]),
            ("Semaine 24", ["lu 14/06", "ma 15/06", "me 16/06", "je 17/06", "ve 18/06"])]
# (libellé de ligne, indice du premier jour, indice du dernier jour, texte de la barre)
BARRES = [
    ("E51 – Mise en œuvre d'une installation (pratique, 6 h)", 0, 2, "E51 · pratique"),
    ("EF1 – Langue vivante facultative (oral)", 1, 1, "EF1"),
    ("E52 – Diagnostic et réglages (oral)", 5, 7, "E52 · oral"),
    ("E61 – Rapport de stage (oral)", 5, 9, "E61 · oral"),
    ("E62 – Projet technique (oral)", 10, 13, "E62 · oral"),
]
LEGENDE = ("Légende : les cases grisées correspondent aux journées de passage ; chaque candidat est convoqué "
           "sur une seule demi-journée par sous-épreuve. La sous-épreuve E42 – Étude des "
           "performances énergétiques est évaluée exclusivement en contrôle en cours de formation (CCF) : "
           "elle n'apparaît pas au planning.")

TITRE_ECHEANCES = "3. AUTRES ÉCHÉANCES"
ECHEANCES = [
    "Les rapports de stage support de la sous-épreuve E61, en deux exemplaires, sont à transmettre au "
    "centre d'épreuve au plus tard le vendredi 30 avril 2027 à 12 h.",
    "Le contrôle de conformité des dossiers de projet E62 aura lieu le jeudi 20 mai 2027 à 9 h 30 au "
    "lycée Jean Prouvé de Lomme.",
    "Une réunion d'entente des examinateurs des sous-épreuves E51 et E52 est fixée au mercredi "
    "26 mai 2027 à 14 h (même lieu).",
    "Les notes de CCF de la sous-épreuve E42 seront saisies dans Cyclades au plus tard le vendredi "
    "4 juin 2027.",
    "Le jury de délibération se réunira le mardi 29 juin 2027 à 9 h au rectorat de Lille.",
    "Les résultats seront publiés le vendredi 2 juillet 2027 à 14 h.",
]

TITRE_CENTRES = "4. CENTRES D'ÉPREUVES PRATIQUES ET ORALES"
CENTRES = [
    ("Lycée polyvalent Jean Prouvé\n2 rue de Lompret\nBP 70187\n59463 LOMME CEDEX", "Lomme",
     "Option A – génie climatique et fluidique ; EF1"),
    ("Lycée Henri Darras\nChemin des Manufactures\n62803 LIÉVIN CEDEX", "Liévin",
     "Option B – froid et conditionnement d'air"),
    ("Lycée Ernest Couteaux\n37 avenue du Collège\n59734 SAINT-AMAND-LES-EAUX CEDEX", "Saint-Amand-les-Eaux",
     "Option C – domotique et bâtiments communicants"),
]
FORMATION_TITRE = ("Pour information, établissements de formation dont relèvent les candidats "
                   "(ces établissements ne sont pas centres d'épreuves) :")
FORMATION = ["Lycée privé Saint-Éloi, Bailleul", "CFA régional du bâtiment, site d'Arras",
             "Lycée Louis Pasteur, Hénin-Beaumont"]

ACCUSE = ["ACCUSÉ DE RÉCEPTION (à retourner par courriel à dec3-bts@ac-lille.fr)",
          "Établissement : ........................................................",
          "Nombre de candidats inscrits : ............",
          "Fait à ........................................., le …/…/20…",
          "Signature et cachet :"]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,",
             "Claire Desmet"]
