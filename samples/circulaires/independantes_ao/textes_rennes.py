# -*- coding: utf-8 -*-
"""Circulaire fictive : BTS Comptabilité et gestion, académie de Rennes, session 2026.
Annule et remplace une circulaire antérieure ; tableau des modifications avec les anciennes dates barrées."""

EN_TETE = ["ACADÉMIE DE RENNES", "Rectorat – Division des examens et concours", "Bureau DEC 4 – BTS et examens post-bac"]
AFFAIRE = ["Affaire suivie par : Gwénaëlle Le Bihan", "Tél. : 02 23 21 74 58", "Mél : dec4-bts@ac-rennes.fr",
           "96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"]
LIEU_DATE = "Rennes, le 9 février 2026"
DESTINATAIRES = ("Le recteur de la région académique Bretagne\nà\nMesdames et Messieurs les proviseurs des lycées publics "
                 "et privés sous contrat préparant au BTS Comptabilité et gestion\nMesdames et Messieurs les directeurs de CFA")
CIRC_NO = "Circulaire n° 2026-031"
OBJET = "Objet : BTS Comptabilité et gestion (CG) – session 2026 – organisation des épreuves et calendrier académique"
BANDEAU = ("ANNULE ET REMPLACE la circulaire n° 2026-014 du 12 janvier 2026, qui ne doit plus être utilisée. "
           "Les modifications sont récapitulées au point 5.")
REFERENCES = [
    "Réf. : arrêté du 20 juillet 2015 portant définition et fixant les conditions de délivrance du BTS Comptabilité et gestion ;",
    "note de service nationale d'organisation des épreuves des BTS, session 2026.",
]
INTRO = ("J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2026 du BTS Comptabilité et gestion "
         "dans l'académie de Rennes. Je vous remercie de bien vouloir en assurer la diffusion auprès des équipes "
         "pédagogiques et des candidats.")

T1 = "1. Épreuves écrites"
T1_TXT = ("Les épreuves écrites se déroulent dans les deux centres suivants : Lycée Pierre-Mendès-France, 34 rue Bahon-Rault, "
          "35000 Rennes (candidats d'Ille-et-Vilaine et des Côtes-d'Armor) et Lycée Dupuy-de-Lôme, 4 rue Jean Le Coutaller, "
          "56100 Lorient (candidats du Finistère et du Morbihan). Les candidats sont convoqués 30 minutes avant le début "
          "de chaque épreuve.")
CAL_ENTETE = ["Date", "Épreuve", "Horaire"]
CAL = [
    ("Lundi 11 mai 2026", "E1 – Culture générale et expression", "14 h – 18 h", "19 h 20"),
    ("Mardi 12 mai 2026", "E2 – Langue vivante étrangère : anglais", "10 h – 12 h", "12 h 40"),
    ("Mardi 12 mai 2026", "E32 – Culture économique, juridique et managériale", "14 h – 18 h", "19 h 20"),
    ("Mercredi 13 mai 2026", "E31 – Mathématiques appliquées", "10 h – 12 h", "12 h 40"),
    ("Mercredi 13 mai 2026", "E41 – Traitement et contrôle des opérations comptables, fiscales et sociales (écrit)", "14 h – 18 h", "19 h 20"),
    ("Lundi 18 mai 2026", "E5 – Situations de contrôle de gestion et d'analyse financière", "9 h – 13 h", "14 h 20"),
]
TT_FMT = "({} pour les candidats bénéficiant d'un tiers-temps)"
CAL_NOTE = ("Aucune épreuve n'est organisée le jeudi 14 mai 2026 (Ascension) ni le vendredi 15 mai 2026. "
            "Les candidats bénéficiant d'un tiers-temps composent dans une salle particulière du même centre ; "
            "la fin de leur épreuve est indiquée entre parenthèses.")

T2 = "2. Épreuves orales et dossiers"
ORAUX = [
    "E42 – Traitement et contrôle des opérations comptables, fiscales et sociales (oral) : du mardi 26 mai au vendredi "
    "29 mai 2026, au Lycée Ernest-Renan, 2 bis boulevard Hérault, 22000 Saint-Brieuc.",
    "E6 – Parcours de professionnalisation : du lundi 1er juin au vendredi 5 juin 2026, au Lycée Ernest-Renan, Saint-Brieuc.",
    "EF1 – Langue vivante facultative (oral) : jeudi 4 juin 2026, l'après-midi, au Lycée Ernest-Renan, Saint-Brieuc.",
]
E4_NOTE = ("L'épreuve E4 comporte donc une partie écrite (E41) et une partie orale (E42) ; l'épreuve E3 regroupe E31 et E32.")
DOSSIERS = ("Les dossiers de l'épreuve E6 (deux exemplaires papier et la version numérique) sont déposés au Lycée "
            "Pierre-Mendès-France, Rennes, au plus tard le vendredi 3 avril 2026 à 12 h. La commission de contrôle de "
            "conformité des dossiers E6 se réunit le mardi 14 avril 2026 à 14 h dans ce même lycée.")

T3 = "3. Candidats relevant d'un régime particulier"
REGIMES = [
    "Aménagements d'épreuves : les établissements transmettent à la DEC la liste des candidats bénéficiant d'un "
    "tiers-temps ou d'une autre mesure au plus tard le vendredi 20 mars 2026. Les horaires indiqués au point 1 restent "
    "ceux de la session ; seule l'heure de fin est prolongée pour ces candidats.",
    "Candidats à la validation des acquis de l'expérience (VAE) : ils ne sont pas convoqués aux épreuves décrites "
    "ci-dessus. Leur entretien avec le jury est organisé par le DAVA de Rennes, qui les informe individuellement.",
    "Candidats ayant un bénéfice de notes : ils sont dispensés des épreuves correspondantes et n'ont aucune démarche "
    "à accomplir.",
]

T4 = "4. Délibération et résultats"
JURY = ("Le jury de délibération se réunit le jeudi 25 juin 2026 à 9 h au rectorat de Rennes (site Antrain). "
        "Les résultats seront publiés le vendredi 3 juillet 2026 à 10 h sur le site de l'académie.")

T5 = "5. Modifications par rapport à la circulaire du 12 janvier 2026"
T5_TXT = "Les mentions barrées sont annulées et ne doivent plus être communiquées aux candidats."
MODIFS_ENTETE = ["Objet", "Version du 12 janvier 2026 (annulée)", "Présente version"]
MODIFS = [
    ("E5 – écrit", "vendredi 15 mai 2026, 9 h – 13 h", "lundi 18 mai 2026, 9 h – 13 h"),
    ("E6 – interrogations", "du lundi 8 juin au vendredi 12 juin 2026", "du lundi 1er juin au vendredi 5 juin 2026"),
    ("Dépôt des dossiers E6", "vendredi 27 mars 2026", "vendredi 3 avril 2026 à 12 h"),
]

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Maëlle Quéméner"]
PIED = "Circulaire n° 2026-031 – BTS CG session 2026 – annule et remplace la circulaire n° 2026-014"
