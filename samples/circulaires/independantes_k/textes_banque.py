# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive BTS Banque – conseiller de clientèle (particuliers), Orléans-Tours, 2026."""

STEM = "circulaire_banque_2026_orleans-tours"

EN_TETE = ["RÉGION ACADÉMIQUE CENTRE-VAL DE LOIRE", "ACADÉMIE D'ORLÉANS-TOURS",
           "Rectorat – Division des examens et concours (DEC)", "Bureau DEC 2 – BTS"]
PIED = "Rectorat d'Orléans-Tours – 21 rue Saint-Étienne – 45043 Orléans Cedex 1"
LIEU_DATE = "Orléans, le 5 février 2026"
OBJET = ("Objet : BTS Banque – conseiller de clientèle (particuliers) – organisation de la session 2026")
REFERENCES = ("Réf. : arrêté du 16 avril 2014 modifié portant définition et fixant les conditions de délivrance "
              "du BTS Banque – conseiller de clientèle (particuliers) ; note de service nationale du "
              "15 décembre 2025 relative au calendrier des épreuves écrites.")
INTRO = ("J'ai l'honneur de vous faire connaître ci-après les dispositions arrêtées pour l'organisation de la "
         "session 2026 du brevet de technicien supérieur Banque – conseiller de clientèle (particuliers) dans "
         "l'académie d'Orléans-Tours. Je vous remercie d'en assurer la diffusion auprès des équipes "
         "pédagogiques et des candidats.")

# Tableau : la cellule Date (et Épreuve, Horaires) est fusionnée verticalement sur trois lignes (une par centre).
CAL_TITRE = "I – ÉPREUVES ÉCRITES"
CAL_ENTETE = ["Date", "Épreuve", "Horaires", "Centre d'épreuves", "Ville"]
CENTRES_ECRITS = [
    ("Lycée Grandmont\nAvenue de Sévigné\nBP 60032\n37204 Tours Cedex 3", "TOURS"),
    ("Lycée Pothier\n2 bis rue Marcel Proust\nBP 40208\n45044 Orléans Cedex 1", "ORLÉANS"),
    ("Lycée Jacques Coeur\n108 rue Jean Baffier\n18026 Bourges Cedex", "BOURGES"),
]
CAL_ECRITS = [
    ("Lundi\n11 mai 2026", "E1 – Culture générale et expression\nDurée : 4 heures", "14 h – 18 h"),
    ("Mardi\n12 mai 2026", "E3 – Environnement économique, juridique et organisationnel de l'activité "
     "bancaire\nDurée : 4 heures", "9 h – 13 h"),
    ("Mercredi\n13 mai 2026", "E4 – Gestion de la relation client\nDurée : 3 heures", "14 h – 17 h"),
]
CAL_NOTE = ("Les candidats bénéficiant d'un tiers-temps composent dans une salle distincte. Le jeudi 14 mai 2026 "
            "(Ascension) et le vendredi 15 mai 2026 (pont) aucune épreuve n'est organisée.")

CORR_TITRE = "II – CORRECTIONS"
CORR = [
    "Les copies de l'épreuve E1 font l'objet d'une correction dématérialisée du mercredi 20 au vendredi 29 mai "
    "2026 (application Santorin). Les copies sont numérisées par chaque centre dans les 24 heures.",
    "Une réunion d'harmonisation des correcteurs de l'épreuve E3 se tiendra en visioconférence le mardi "
    "19 mai 2026 à 14 h ; le lien est adressé par courriel aux correcteurs convoqués.",
]

ORAUX_TITRE = "III – ÉPREUVES ORALES"
ORAUX = [
    "E5 – Développement et suivi de l'activité commerciale (épreuve orale, 40 minutes) : les interrogations "
    "auront lieu du lundi 1er au mercredi 3 juin, du lundi 8 au mercredi 10 juin et le vendredi 12 juin 2026 "
    "au lycée Augustin Thierry de Blois et au lycée Grandmont de Tours.",
    "Une réunion d'entente des examinateurs de l'épreuve E5 est fixée le lundi 1er juin 2026 à 8 h 30, avant "
    "la première interrogation, au lycée Augustin Thierry.",
    "E2 – Langue vivante étrangère (anglais), candidats relevant de la forme ponctuelle : le mardi 26 mai 2026 "
    "de 8 h 30 à 12 h 30 et de 13 h 30 à 17 h au lycée Pothier (Orléans).",
    "EF1 – Langue vivante facultative : le mercredi 27 mai 2026, au lycée Pothier (horaire précisé sur la "
    "convocation).",
]
ADRESSE_ORAL = ["Lycée Augustin Thierry", "13 avenue de Châteaudun", "BP 30709", "41018 Blois Cedex"]

DOSSIER_TITRE = "IV – DOSSIERS DE L'ÉPREUVE E5"
DOSSIER = [
    "Les dossiers des candidats (fiches de situations professionnelles et attestations de stage) sont à "
    "transmettre au lycée Augustin Thierry, en deux exemplaires, au plus tard le mercredi 1er avril 2026 à 12 h.",
    "La commission de contrôle de conformité se réunira le jeudi 9 avril 2026 à 14 h au lycée Augustin Thierry. "
    "Les candidats dont le dossier est déclaré non conforme en sont informés par le rectorat.",
]

FORMATION_TITRE = "V – ÉTABLISSEMENTS DE FORMATION CONCERNÉS (pour information)"
FORMATION = [
    "Lycée Grandmont – Tours",
    "Lycée Pothier – Orléans",
    "Lycée Jacques Coeur – Bourges",
    "Centre de formation de la profession bancaire (CFPB) – Tours (apprentis)",
    "Lycée privé Sainte-Marie – Blois",
]

RESULTATS_TITRE = "VI – JURY ET RÉSULTATS"
RESULTATS = [
    "Le jury de délibération se réunira le mardi 30 juin 2026 à 9 h 30 au rectorat d'Orléans-Tours.",
    "Les résultats seront publiés le jeudi 2 juillet 2026 à 10 h sur le site de l'académie ; aucun résultat "
    "n'est communiqué par téléphone.",
]
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la division des examens et concours,",
             "Olivier Marchand"]
