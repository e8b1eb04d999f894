# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive : BTS Gestion de la PME, académie de Mayotte, session 2026."""

STEM = "circulaire_gpme_2026_mayotte"

ENTETE = ["ACADÉMIE DE MAYOTTE", "Rectorat – Division des examens et concours (DEC)", "BP 76 – 97600 Mamoudzou"]
PIED = "Académie de Mayotte – DEC – BTS GPME session 2026"
LIEU_DATE = "Mamoudzou, le 27 janvier 2026"
AFFAIRE = ["Affaire suivie par : Mme Anlia Saïd", "Tél. : 02 69 61 18 40", "Mél : dec.bts@ac-mayotte.fr"]
DEST = ("Le recteur de l'académie de Mayotte à Mesdames et Messieurs les proviseurs des lycées "
        "préparant au BTS Gestion de la PME")
OBJET = "Objet : BTS Gestion de la PME (GPME) – organisation de la session 2026"
REF = "Réf. : circulaire nationale d'organisation du 9 décembre 2025."

AVERTISSEMENT = (
    "IMPORTANT – Les épreuves écrites se déroulent simultanément en métropole et à Mayotte. Pendant la "
    "période des examens, l'heure de Mayotte a une heure d'avance sur l'heure de Paris. Les horaires à "
    "appliquer dans les centres sont ceux de la colonne « Mayotte » ; les convocations des candidats "
    "portent l'heure locale."
)

T1 = "1. Calendrier des épreuves écrites"
CAL_ENTETE1 = ["Date", "Épreuve", "Durée", "Horaires"]          # « Horaires » couvre 2 colonnes
CAL_ENTETE2 = ["Paris (métropole)", "Mayotte"]
CAL = [
    ("lundi 11 mai 2026", "E3 – Culture économique, juridique et managériale", "4 h", "14:00 – 18:00", "15:00 – 19:00"),
    ("mardi 12 mai 2026", "E1 – Culture générale et expression", "4 h", "14:00 – 18:00", "15:00 – 19:00"),
    ("mercredi 13 mai 2026", "E52 – Gérer le personnel et contribuer à la GRH de la PME", "2 h 30", "10:00 – 12:30", "11:00 – 13:30"),
    ("lundi 18 mai 2026", "E6 – Soutenir le fonctionnement et le développement de la PME", "4 h 30", "13:30 – 18:00", "14:30 – 19:00"),
]
CAL_NOTE = ("Le jeudi 14 mai 2026 (Ascension) et le vendredi 15 mai 2026 ne comportent aucune épreuve. "
            "Rappel : le lundi 27 avril 2026 est férié à Mayotte (commémoration de l'abolition de l'esclavage).")

T2 = "2. Épreuves orales"
ORAUX_INTRO = ("L'épreuve E5 comprend deux sous-épreuves : la sous-épreuve E 5.1 « Participer à la gestion des "
               "risques de la PME » (oral) et la sous-épreuve E 5.2, écrite (voir le calendrier ci-dessus).")
ORAUX = [
    "E2 – Communication en langue vivante étrangère (anglais), candidats ponctuels : mercredi 27 mai 2026, de 8 h à 12 h, lycée Younoussa Bamana ;",
    "E4 – Gérer la relation avec les clients et les fournisseurs de la PME : du mardi 2 juin au jeudi 4 juin 2026, lycée des Lumières ;",
    "EF1 – Langue vivante facultative : vendredi 5 juin 2026, lycée Younoussa Bamana ;",
    "E51 – Participer à la gestion des risques de la PME : du lundi 8 au mardi 9 juin 2026, lycée Younoussa Bamana.",
]

T3 = "3. Dossiers professionnels"
DOSSIERS = [
    ("Les dossiers servant de support aux épreuves E4 et E51 devront parvenir à la DEC (rectorat, bureau des BTS) "
     "au plus tard le jeudi 16 avril 2026 à 12 h, heure de Mayotte. Les établissements conservent une copie de chaque dossier."),
    ("Le contrôle de conformité des dossiers se tiendra le mardi 21 avril 2026 à 8 h 30 au rectorat de Mayotte, "
     "en présence de l'IEN-ET de la spécialité."),
]

T4 = "4. Harmonisation, jury et résultats"
FIN = [
    ("La réunion nationale d'harmonisation de l'épreuve E6 se tiendra en visioconférence le vendredi 22 mai 2026 "
     "à 10 h, heure de Paris, soit 11 h à Mayotte. Le correcteur référent y participe depuis le lycée des Lumières."),
    "Le jury de délibération se réunira le lundi 29 juin 2026 à 8 h au rectorat.",
    "Les résultats seront affichés et mis en ligne le mardi 30 juin 2026 à partir de 16 h (heure de Mayotte).",
]

T5 = "5. Centres d'épreuves écrites"
CENTRES_ENTETE = ["Centre", "Adresse", "Commune"]
CENTRES = [
    ("Lycée des Lumières", "Rue du Lycée, Kawéni\nBP 270\n97600", "Mamoudzou"),
    ("Lycée Younoussa Bamana", "Route nationale 1, Cavani\n97600", "Mamoudzou"),
    ("Lycée de Petite-Terre", "Boulevard des Crabes\n97615", "Pamandzi"),
]
NON_CENTRES = ("Les étudiants du centre universitaire de formation et de recherche de Dembéni et les apprentis du "
               "CFA de la chambre de commerce (Kawéni) composent au lycée des Lumières ; ces structures ne sont pas "
               "centres d'épreuves.")

SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours", "Ibrahim Madi"]
EMARGEMENT = "Visa du chef de centre : ……………………   le …/…/2026"
