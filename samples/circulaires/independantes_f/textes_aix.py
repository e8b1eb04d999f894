# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive : BTS Conception et réalisation de systèmes automatiques (CRSA),
académie d'Aix-Marseille, session 2028. DOCX en deux sections (portrait puis paysage)."""

STEM = "circulaire_crsa_2028_aix-marseille"

ENTETE = ["RÉGION ACADÉMIQUE PROVENCE-ALPES-CÔTE D'AZUR", "ACADÉMIE D'AIX-MARSEILLE",
          "Division des examens et concours – DIEC 3.02"]
COLONNE_GAUCHE = [
    "Rectorat",
    "DIEC 3.02",
    "Bureau des BTS industriels",
    "",
    "Affaire suivie par",
    "Julien Mercadier",
    "Tél. 04 42 91 72 36",
    "diec-bts@ac-aix-marseille.fr",
    "",
    "Place Lucien Paye",
    "13621 Aix-en-Provence",
    "Cedex 1",
]
LIEU_DATE = "Aix-en-Provence, le 6 mars 2028"
DESTINATAIRES = "Le recteur de l'académie d'Aix-Marseille à Mesdames et Messieurs les chefs d'établissement"
OBJET = ("Objet : BTS Conception et réalisation de systèmes automatiques (CRSA) – session 2028 – "
         "calendrier et organisation des épreuves")
REFERENCES = ("Références : arrêté du 5 juin 2013 modifié portant définition du BTS CRSA ; note de service "
              "nationale du 14 décembre 2027.")

INTRO = ("J'ai l'honneur de vous communiquer les instructions relatives à la session 2028. Le calendrier "
         "détaillé des épreuves écrites et la liste des centres figurent en annexe (tableau paysage).")

STRUCTURE_TITRE = "1. Structure de l'examen"
STRUCTURE = [
    "E1 Culture générale et expression (U1)",
    "E2 Langue vivante étrangère : anglais (CCF ; oral ponctuel)",
    "E3 Mathématiques et physique-chimie : E.3.1 Mathématiques (U31), E.3.2 Physique-chimie (U32)",
    "E4 Conception préliminaire d'un système automatique (U4)",
    "E5 Conception détaillée : E.5.1 Conception détaillée d'une chaîne fonctionnelle (U51), "
    "E.5.2 Conception détaillée d'un système automatique (pratique)",
    "E6 Réalisation et mise en service : E.6.1 Rapport d'activités en entreprise, E.6.2 Projet industriel",
    "EF1 Langue vivante facultative",
]

ORAUX_TITRE = "2. Épreuves orales et pratiques"
ORAUX = [
    "E2 (oral ponctuel d'anglais) : mercredi 17 mai 2028, de 8 h à 12 h, au lycée Denis Diderot ;",
    "EF1 : jeudi 18 mai 2028, au lycée Denis Diderot ;",
    "E.5.2 : du lundi 29 mai au vendredi 2 juin 2028 ;",
    "E.6.1 : du mardi 6 au jeudi 8 juin 2028 (le lundi 5 juin 2028, lundi de Pentecôte, est férié) ;",
    "E.6.2 : du lundi 12 au vendredi 16 juin 2028.",
]

DOSSIERS_TITRE = "3. Dossiers, conformité et réunions"
DOSSIERS = [
    ("Dépôt des rapports d'activités en entreprise (E61) : au plus tard le vendredi 28 avril 2028 à 16 h "
     "au secrétariat du centre d'examen."),
    ("Le contrôle de conformité des rapports E61 aura lieu le mercredi 3 mai 2028 à 14 h au lycée Denis "
     "Diderot."),
    ("Les dossiers de projet industriel (E62) sont à transmettre au plus tard le lundi 15 mai 2028 à 12 h."),
    ("Réunion d'entente des correcteurs E4 et E51 : mardi 16 mai 2028 à 14 h, au lycée Paul Langevin. "
     "Les corrections auront lieu du mercredi 17 au mercredi 24 mai 2028."),
    "Réunion d'entente des commissions E62 : vendredi 9 juin 2028 à 9 h, en visioconférence.",
]

JURY_TITRE = "4. Jury et résultats"
JURY = ("Le jury final se réunira le mardi 27 juin 2028 à 14 h au rectorat. Les résultats seront publiés "
        "le vendredi 30 juin 2028 à 10 h.")
FORMATION = ("Établissements de formation rattachés (non centres d'épreuves) : CFA régional de l'industrie "
             "(Istres), lycée Don Bosco (Marseille), lycée Vauvenargues (Aix-en-Provence).")

SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la DIEC", "Olivier Castellan"]
PIED = "Rectorat d'Aix-Marseille – DIEC 3.02 – Circulaire BTS CRSA session 2028"

ANNEXE_TITRE = "ANNEXE 1 – Calendrier des épreuves écrites et centres d'écrit"
ANNEXE_ENTETE = ["Date", "Début", "Fin", "Durée", "Épreuve", "Unité", "Centre d'écrit", "Commune"]
# chaque centre est répété pour chaque épreuve, ce qui allonge le tableau sur deux pages
CENTRES = [
    (["Lycée Denis Diderot", "23 boulevard Laveran", "13388 Marseille Cedex 13"], "Marseille"),
    (["Lycée Paul Langevin", "131 avenue Dr Alexander Fleming", "13500 Martigues"], "Martigues"),
    (["Lycée Alphonse Benoît", "Cours Victor Hugo", "BP 77", "84803 L'Isle-sur-la-Sorgue Cedex"],
     "L'Isle-sur-la-Sorgue"),
    (["Lycée Pierre Mendès France", "Avenue Yitzhak Rabin", "13741 Vitrolles"], "Vitrolles"),
]
ECRITS = [
    ("mardi 9 mai 2028", "8 h 00", "10 h 00", "2 h", "E.3.1 Mathématiques", "U31"),
    ("mardi 9 mai 2028", "10 h 30", "12 h 30", "2 h", "E.3.2 Physique-chimie", "U32"),
    ("mercredi 10 mai 2028", "14 h 00", "18 h 00", "4 h", "E1 Culture générale et expression", "U1"),
    ("jeudi 11 mai 2028", "8 h 00", "12 h 00", "4 h", "E4 Conception préliminaire", "U4"),
    ("vendredi 12 mai 2028", "13 h 00", "17 h 00", "4 h", "E.5.1 Chaîne fonctionnelle", "U51"),
]
ANNEXE_NOTE = ("Les lundis 1er mai et 8 mai 2028 sont fériés. Les candidats doivent se présenter 30 minutes "
               "avant le début de chaque épreuve.")
