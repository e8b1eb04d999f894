# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive : BTS NDRC, académie de Corse, session 2026."""

STEM = "circulaire_ndrc_2026_corse"

ENTETE_GAUCHE = ["ACADÉMIE", "DE CORSE", "Liberté", "Égalité", "Fraternité"]
ENTETE_DROITE = ["Rectorat", "Division des examens et concours", "DEC 2 – Bureau des BTS"]

EXPEDITEUR = [
    ("Affaire suivie par :", "Mme Santoni"),
    ("Téléphone :", "04 95 50 33 71"),
    ("Mél :", "dec2-bts@ac-corse.fr"),
]
LIEU_DATE = "Ajaccio, le 19 janvier 2026"
SIGNATAIRE_TITRE = ["Le recteur de l'académie de Corse", "à", "Mesdames et Messieurs les proviseurs",
                    "des lycées publics et privés sous contrat,",
                    "Mesdames et Messieurs les directeurs de CFA"]

OBJET = ("Objet : organisation du brevet de technicien supérieur « Négociation et digitalisation de la "
         "relation client » (NDRC) – session 2026")
REFERENCES = [
    "Code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "Arrêté du 25 avril 2018 portant définition et fixant les conditions de délivrance du BTS NDRC ;",
    "Circulaire nationale d'organisation de la session 2026 du 8 décembre 2025.",
]

INTRO = ("La présente circulaire précise le calendrier et les modalités d'organisation de la session 2026 "
         "du BTS NDRC pour l'académie de Corse. Je vous remercie d'en assurer la diffusion auprès des "
         "équipes pédagogiques et des candidats concernés.")

EPREUVES_LISTE = [
    "E1 – Culture générale et expression",
    "E2 – Communication en langue vivante étrangère (anglais)",
    "E3 – Culture économique, juridique et managériale",
    "E4 – Relation client et négociation-vente",
    "E5 – Relation client à distance et digitalisation : E5-A (partie écrite) et E5-B (partie pratique)",
    "E6 – Relation client et animation de réseaux",
    "EF1 – Communication en langue vivante étrangère 2 (facultative)",
    "EF2 – Engagement étudiant (facultative)",
]

T_ECRITS = "I. ÉPREUVES ÉCRITES"
ECRITS_INTRO = ("Les épreuves écrites se dérouleront dans les centres d'épreuves désignés au point IV, "
                "selon le calendrier ci-dessous (heures de Corse, identiques à la métropole).")
# (date, [(début, fin, épreuve, durée)])
ECRITS = [
    ("Lundi 11 mai 2026", [("14 h 00", "18 h 00", "E1 – Culture générale et expression", "4 h")]),
    ("Mardi 12 mai 2026", [("10 h 00", "12 h 00", "E2 – Langue vivante étrangère (anglais), partie écrite", "2 h"),
                           ("14 h 00", "18 h 00", "E3 – Culture économique, juridique et managériale", "4 h")]),
    ("Mercredi 13 mai 2026", [("14 h 00", "17 h 00", "E5-A – Relation client à distance et digitalisation (écrit)", "3 h")]),
]
ECRITS_NOTE = ("Le jeudi 14 mai 2026 (Ascension) est férié : aucune épreuve n'est organisée ce jour-là ni le "
               "vendredi 15 mai 2026.")

T_ORAUX = "II. ÉPREUVES ORALES ET PRATIQUES"
ORAUX = [
    "E5 B (partie pratique, 40 minutes) : du lundi 1er juin au vendredi 5 juin 2026, en salle informatique ;",
    "E4 (candidats relevant de la forme ponctuelle) : du lundi 8 au mercredi 10 juin et du lundi 15 au "
    "mardi 16 juin 2026 ;",
    "E6 (candidats relevant de la forme ponctuelle) : du mercredi 17 au vendredi 19 juin 2026 ;",
    "EF1 (épreuve facultative de langue vivante 2) : jeudi 4 juin 2026, au lycée Laetitia Bonaparte.",
]
ORAUX_NOTE = ("Les candidats scolarisés dans un établissement habilité sont évalués en E4 et E6 par contrôle "
              "en cours de formation. L'unité facultative EF2 est évaluée sur dossier par le jury, sans "
              "convocation.")

T_DOSSIERS = "III. DOSSIERS PROFESSIONNELS"
DOSSIERS = [
    ("Les fiches de négociation (E4) et les fiches d'animation de réseaux (E6) des candidats ponctuels sont "
     "à transmettre au centre d'épreuves au plus tard le vendredi 3 avril 2026 à 12 h. Aucun envoi "
     "postérieur ne sera accepté."),
    ("Les fiches de digitalisation de l'épreuve E5-B sont à déposer sur la plateforme académique au plus "
     "tard le lundi 13 avril 2026 à 17 h."),
    ("La commission de contrôle de conformité des dossiers E4 et E6 se réunira le mardi 14 avril 2026 à "
     "14 h au lycée Laetitia Bonaparte. Les établissements seront informés des non-conformités avant les "
     "vacances de printemps (du samedi 18 avril au dimanche 3 mai 2026)."),
    ("Une réunion d'entente des examinateurs E4 et E6 se tiendra en visioconférence le vendredi 5 juin "
     "2026 à 9 h 30."),
    ("Les livrets scolaires devront parvenir au rectorat (DEC 2) au plus tard le lundi 18 mai 2026."),
]

T_CENTRES = "IV. CENTRES D'ÉPREUVES"
# (nom + lignes d'adresse, ville, épreuves)
CENTRES = [
    (["Lycée Laetitia Bonaparte", "3 avenue Napoléon III", "BP 901", "20192 AJACCIO CEDEX 4"], "Ajaccio",
     "E1, E2, E3, E5-A, E5-B, EF1"),
    (["Lycée Giocante de Casabianca", "Avenue Jean Zuccarelli", "20200 BASTIA"], "Bastia",
     "E1, E2, E3, E5-A, E4, E6"),
    (["Lycée Jean-Paul de Rocca Serra", "Route de Bastia", "BP 47", "20538 PORTO-VECCHIO CEDEX"],
     "Porto-Vecchio", "E1, E2, E3, E5-A"),
]
FORMATION_INTRO = ("Pour information, les établissements de formation suivants présentent des candidats à "
                   "la session 2026 ; ils ne sont pas centres d'épreuves :")
FORMATION = [
    "Lycée Fesch – Ajaccio",
    "Lycée Paul Vincensini – Bastia",
    "CFA universitaire – Corte",
]

T_JURY = "V. JURY ET RÉSULTATS"
JURY = ("Le jury de délibération se réunira le mardi 30 juin 2026 à 9 h au rectorat, salle du conseil. "
        "Les résultats seront publiés le jeudi 2 juillet 2026 à 14 h sur le site de l'académie.")

SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours",
             "Marie-Josée Albertini"]

PIED = "Rectorat de Corse – Boulevard Pascal Rossini – BP 808 – 20192 Ajaccio Cedex 4 – www.ac-corse.fr"

ANNEXE_TITRE = "ANNEXE – Accusé de réception (à retourner à la DEC 2)"
ANNEXE = [
    "Établissement : ……………………………………………………………",
    "Nombre de candidats présentés en BTS NDRC : ………",
    "Je soussigné(e) ……………………………… atteste avoir pris connaissance de la circulaire.",
    "Fait à ……………………, le …/…/20…",
    "Signature et cachet :",
]
