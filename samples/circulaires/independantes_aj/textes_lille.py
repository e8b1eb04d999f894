# -*- coding: utf-8 -*-
"""BTS Comptabilité et gestion, académie de Lille, session 2026 (fictive). One section per candidate category."""

EMETTEUR = ["Région académique Hauts-de-France", "ACADÉMIE DE LILLE",
            "Division des examens et concours – DEC 4 (BTS)", "144 rue de Bavay – 59000 Lille"]
LIEU_DATE = "Lille, le 29 janvier 2026"
DESTINATAIRES = ("à Mesdames et Messieurs les proviseurs, directeurs de CFA et responsables des organismes de "
                 "formation continue préparant au BTS Comptabilité et gestion")
OBJET = "Objet : BTS Comptabilité et gestion (CG) – session 2026 – calendrier et modalités par catégorie de candidats"
REFS = ("Références : arrêté portant définition et fixant les conditions de délivrance du BTS Comptabilité et "
        "gestion ; note de service nationale du 8 janvier 2026.")
INTRO = ("Les épreuves écrites sont identiques pour tous les candidats. L'épreuve E6 « Parcours de "
         "professionnalisation » prend en revanche une forme différente selon votre catégorie : repérez la "
         "rubrique qui vous concerne au II (A, B, C ou D) et ne tenez compte que de celle-ci.")

T1 = "I. Épreuves écrites ponctuelles – communes à toutes les catégories"
ECRITS_ENTETE = ["Épreuve", "Date", "Horaire"]
ECRITS = [
    ("E1 – Culture générale et expression", "lundi 11 mai 2026", "14 h – 18 h"),
    ("E2 – Langue vivante étrangère A : anglais (partie écrite)", "mardi 12 mai 2026", "10 h – 12 h"),
    ("E3 – sous-épreuve E32 : Culture économique, juridique et managériale", "mardi 12 mai 2026", "14 h – 18 h"),
    ("E3 – sous-épreuve E31 : Mathématiques appliquées", "mercredi 13 mai 2026", "10 h – 12 h"),
    ("E4 – Traitement et contrôle des opérations comptables, fiscales et sociales", "mercredi 13 mai 2026",
     "13 h 30 – 18 h"),
    ("E5 – Situations de contrôle de gestion et d'analyse financière", "lundi 18 mai 2026", "14 h – 18 h"),
]
ECRITS_NOTE = ("Le jeudi 14 mai 2026 (Ascension) est férié ; les établissements peuvent être fermés le vendredi "
               "15 mai 2026.")
CENTRES_TITRE = "Centres d'écrit"
CENTRES = [
    "Lycée Gaston-Berger, avenue Gaston-Berger, 59000 Lille – candidats du Nord",
    "Lycée Condorcet, 25 rue Étienne-Dolet, 62300 Lens – candidats du Pas-de-Calais",
]

T2 = "II. Épreuve E6 – Parcours de professionnalisation : ce qui dépend de votre catégorie"
CATEGORIES = [
    ("A. Vous êtes candidat scolaire (lycée public ou privé sous contrat)", [
        "Forme : contrôle en cours de formation (CCF) organisé par l'établissement, aucun dossier n'est envoyé.",
        "Saisie des notes et transmission des fiches d'évaluation : au plus tard le mercredi 20 mai 2026.",
    ]),
    ("B. Vous êtes apprenti", [
        "CFA habilité à pratiquer le CCF : même forme que les candidats scolaires.",
        "Transmission des notes par le CFA : au plus tard le vendredi 22 mai 2026 (délai allongé pour tenir "
        "compte des périodes en entreprise).",
        "CFA non habilité : reportez-vous à la rubrique C.",
    ]),
    ("C. Vous êtes stagiaire de la formation continue (établissement non habilité) – épreuve ponctuelle orale", [
        "Dépôt du dossier E6 en deux exemplaires au lycée Gaston-Berger : au plus tard le vendredi 3 avril 2026 "
        "à 16 h.",
        "Interrogations : du mardi 26 au vendredi 29 mai 2026, lycée Gaston-Berger, Lille.",
    ]),
    ("D. Vous êtes candidat individuel ou inscrit au CNED – épreuve ponctuelle orale", [
        "Envoi du dossier E6 au rectorat (DEC 4, 144 rue de Bavay, 59000 Lille) : au plus tard le mercredi "
        "1er avril 2026, le cachet de la poste faisant foi.",
        "Interrogations : du lundi 1er au mercredi 3 juin 2026, lycée Jean-Perrin, 2 rue Jean-Perrin, "
        "59130 Lambersart.",
    ]),
]
CONFORMITE = ("Pour les rubriques C et D, le contrôle de conformité des dossiers E6 aura lieu le mardi 21 avril "
              "2026 à 14 h au rectorat, au retour des vacances de printemps (du samedi 4 au dimanche 19 avril "
              "2026). Un dossier non conforme entraîne l'attribution de la mention « non valide ».")

T3 = "III. Épreuve facultative"
EF = ("EF1 – Langue vivante étrangère B : oral le mardi 2 juin 2026, convocations échelonnées à partir de 8 h 30, "
      "lycée Jean-Perrin, Lambersart (toutes catégories).")

T4 = "IV. Jury et résultats"
JURY = ("Le jury de délibération se réunira le jeudi 25 juin 2026 à 9 h 30 au lycée Gaston-Berger. Les résultats "
        "seront publiés le vendredi 3 juillet 2026 à 10 h.")

T5 = "V. Session de remplacement"
REMPLACEMENT = ("Une session de remplacement est organisée en septembre 2026 pour les candidats empêchés pour un "
                "motif grave et justifié ; ses épreuves écrites sont prévues du mardi 8 au jeudi 10 septembre 2026. "
                "Elle fera l'objet d'une circulaire distincte.")

T6 = "VI. Établissements préparant au diplôme"
FORMATION = ("Lycée Faidherbe (Lille), lycée Baudelaire (Roubaix), lycée Saint-Paul (Lens), CFA Formasup "
             "Hauts-de-France, GRETA Lille Métropole : ces établissements ne sont pas centres d'épreuves.")

SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,",
             "Thibaut Vandenbussche"]
