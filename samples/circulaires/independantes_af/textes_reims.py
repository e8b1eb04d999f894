# -*- coding: utf-8 -*-
"""Textes de la circulaire BTS Communication, académie de Reims, session 2026 (fictive)."""

EN_TETE = ["Académie de Reims", "Rectorat", "Division des examens et concours", "Bureau DEC 3 – Examens post-baccalauréat"]
PIED = "Rectorat de l'académie de Reims – 1, rue Navier – 51082 Reims CEDEX – dec3@ac-reims.fr"
LIEU_DATE = "Reims, le 27 janvier 2026"
AFFAIRE = "Affaire suivie par : M. Vasseur – Tél. : 03 26 05 69 00"
DESTINATAIRES = ("La rectrice de l'académie de Reims\n"
                 "à\n"
                 "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat,\n"
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation")
OBJET = "Objet : Organisation du BTS Communication (COM) – session 2026"
REFERENCES = [
    "Arrêté du 4 avril 2019 portant définition et fixant les conditions de délivrance du BTS « Communication » ;",
    "Note de service nationale d'organisation des BTS, session 2026, du 15 octobre 2025 ;",
    "Calendrier national des épreuves écrites publié le 3 novembre 2025.",
]
INTRO = ("La présente circulaire précise les modalités d'organisation des épreuves du brevet de technicien "
         "supérieur Communication pour la session 2026. Je vous remercie d'en assurer la diffusion auprès des "
         "équipes pédagogiques, des candidats et des personnels chargés de l'organisation des épreuves.")

TITRE_1 = "1. ÉPREUVES ÉCRITES"
ECRITS_INTRO = ("Les épreuves écrites se déroulent selon le calendrier national. Les candidats doivent être présents "
                "trente minutes avant le début de chaque épreuve.")
ECRITS_ENTETE = ["Date", "Épreuve", "Horaires", "Durée"]
ECRITS = [
    ["Lundi 11 mai 2026", "E3 – Cultures de la communication", "13 h 30 – 17 h 30", "4 h"],
    ["Mardi 12 mai 2026", "E1 – Culture générale et expression", "14 h – 18 h", "4 h"],
    ["Mercredi 13 mai 2026", "E2 – Langue vivante étrangère : anglais (écrit)", "10 h – 12 h", "2 h"],
]
FERIES = ("Pour mémoire, les jeudi 14 mai 2026 (Ascension) et lundi 25 mai 2026 (lundi de Pentecôte) sont des "
          "jours fériés : aucune épreuve n'est organisée ces jours-là.")

TITRE_CENTRES = "Centres d'épreuves écrites"
CENTRES_ENTETE = ["Centre", "Adresse", "Ville", "Candidats rattachés"]
CENTRES = [
    ["Lycée Franklin Roosevelt", "10, rue du Président Roosevelt\nBP 2718", "51096 Reims CEDEX", "Marne, Aisne (hors CFA)"],
    ["Lycée Chrestien de Troyes", "3, rue de Québec\nCS 90017", "10009 Troyes CEDEX", "Aube, Haute-Marne"],
    ["Lycée Monge", "2, avenue de Saint-Julien", "08000 Charleville-Mézières", "Ardennes"],
]

TITRE_2 = "2. TABLEAU RÉCAPITULATIF DES ÉPREUVES ORALES ET DES ÉTAPES PRÉALABLES"
ORAUX_INTRO = ("Le tableau ci-dessous récapitule, pour chaque épreuve, les étapes à respecter. Les dossiers sont "
               "à transmettre au centre d'interrogation désigné, en un exemplaire papier accompagné de la version "
               "numérique.")
RECAP_ENTETE = ["Épreuve", "Transmission des dossiers", "Contrôle de conformité", "Réunion d'entente des examinateurs",
                "Interrogations", "Centre d'interrogation"]
# la cellule de conformité porte volontairement la date erronée, corrigée par l'erratum en fin de document
RECAP = [
    ["E4 – Projets de communication", "au plus tard le vendredi 3 avril 2026 à 12 h",
     "mardi 7 avril 2026 – 14 h", "lundi 1er juin 2026 – 9 h 30", "du mardi 2 au vendredi 5 juin 2026",
     "Lycée Franklin Roosevelt – Reims"],
    ["E5 – Conseil et relation annonceur", None, None, "lundi 8 juin 2026 – 9 h 30",
     "du mardi 9 au jeudi 11 juin et du lundi 15 au mardi 16 juin 2026",
     "Lycée Monge – Charleville-Mézières"],
    ["E6 – Veille opérationnelle", "Épreuve évaluée exclusivement en contrôle en cours de formation (CCF) : "
     "les notes sont à transmettre au bureau DEC 3 au plus tard le vendredi 22 mai 2026.", None, None, None, None],
    ["EF1 – Langue vivante facultative", "sans objet", "sans objet", "sans objet",
     "du lundi 18 au mercredi 20 mai 2026", "Lycée Franklin Roosevelt – Reims"],
]
ORAUX_NOTE = ("Les candidats qui n'auront pas transmis leur dossier dans les délais seront déclarés non conformes ; "
              "l'attestation de conformité, datée et signée « le …/…/2026 », est conservée par le centre.")

TITRE_3 = "3. JURY ET RÉSULTATS"
JURY = ("Le jury de délibération se réunira le jeudi 25 juin 2026 à 14 h au rectorat de Reims (salle Colbert). "
        "Les résultats seront publiés le vendredi 3 juillet 2026 à partir de 10 h sur le site Cyclades.")

TITRE_4 = "4. ÉTABLISSEMENTS DE FORMATION (pour information)"
FORMATION_INTRO = ("Les établissements suivants préparent au BTS Communication ; ils ne sont pas centres d'examen "
                   "et leurs candidats sont convoqués dans les centres ci-dessus :")
FORMATION = [
    "Lycée Saint-Jean-Baptiste de La Salle – Reims",
    "Lycée Marc Chagall – Reims",
    "CFA Interprofessionnel de l'Aube – Pont-Sainte-Marie",
]
SIGNATURE = ["Pour la rectrice et par délégation,", "La cheffe de la division des examens et concours,", "", "Claire Dumontet"]

ERRATUM_TITRE = "ERRATUM (ajouté le 2 février 2026)"
ERRATUM = ("Une erreur s'est glissée dans le tableau récapitulatif du point 2 : le contrôle de conformité des "
           "dossiers E4 et E5 n'aura pas lieu le mardi 7 avril 2026. Il est fixé au jeudi 9 avril 2026 à 14 h, "
           "au lycée Franklin Roosevelt. Les autres dates sont inchangées.")
