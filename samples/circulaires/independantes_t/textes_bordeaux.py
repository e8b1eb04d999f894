# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive : BTS Opticien lunetier, académie de Bordeaux, session 2028."""

STEM = "circulaire_ol_2028_bordeaux"

EN_TETE = ["RÉGION ACADÉMIQUE NOUVELLE-AQUITAINE", "ACADÉMIE DE BORDEAUX",
           "Rectorat – Division des examens et concours (DEC 4)",
           "Bureau des brevets de technicien supérieur"]
AFFAIRE = [("Affaire suivie par", "Mme Laure Castaing"),
           ("Téléphone", "05 57 57 38 00"),
           ("Courriel", "dec4-bts@ac-bordeaux.fr"),
           ("Adresse", "5 rue Joseph de Carayon-Latour – CS 81499 – 33060 Bordeaux Cedex")]
LIEU_DATE = "Bordeaux, le 24 janvier 2028"
DESTINATAIRES = ("Le recteur de la région académique Nouvelle-Aquitaine, recteur de l'académie de Bordeaux, "
                 "à Mesdames et Messieurs les chefs d'établissement des lycées publics et privés sous contrat, "
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation")
OBJET = ("Objet : organisation du brevet de technicien supérieur OPTICIEN LUNETIER (OL) – session 2028")
REFERENCES = [
    "Code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "arrêté du 12 juillet 2021 portant définition et fixant les conditions de délivrance du BTS « Opticien lunetier » ;",
    "note de service nationale d'organisation des BTS du 6 décembre 2027.",
]
INTRO = ("La présente circulaire précise le calendrier et les modalités d'organisation des épreuves du BTS "
         "Opticien lunetier pour la session 2028. Elle complète la note nationale citée en référence, "
         "à laquelle il convient de se reporter pour les consignes générales de surveillance.")
JOURS_FERIES = ("Rappel : aucune épreuve n'est organisée le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 "
                "(lundi de Pentecôte). Les vacances de printemps de la zone A s'étendent du samedi 8 avril au "
                "lundi 24 avril 2028.")

SECTION_ECRITS = "I. ÉPREUVES ÉCRITES"
# Tableau des écrits : (date, épreuve, code, début, fin, durée, remarque)
ECRITS = [
    ("Lundi 15 mai 2028", "Analyse de la vision – partie écrite", "E5 A", "14 h 00", "17 h 00", "3 h", ""),
    ("Mardi 16 mai 2028", "Culture générale et expression", "E1", "14 h 00", "18 h 00", "4 h",
     "Dictionnaire non autorisé"),
    ("Mercredi 17 mai 2028", "Langue vivante étrangère : anglais", "E2", "10 h 00", "12 h 00", "2 h", ""),
    ("Mercredi 17 mai 2028", "Étude technique des systèmes optiques", "E.4.1", "14 h 00", "17 h 00", "3 h",
     "Calculatrice autorisée (mode examen)"),
    ("Jeudi 18 mai 2028", "Mathématiques", "E3", "10 h 00", "12 h 00", "2 h", ""),
]
ECRITS_CENTRE = ("Toutes les épreuves écrites se déroulent au centre d'examen : Lycée Gustave Eiffel, "
                 "143 cours de la Marne, BP 40026, 33074 Bordeaux Cedex. Les candidats sont convoqués "
                 "30 minutes avant le début de chaque épreuve.")

SECTION_PRATIQUES = "II. ÉPREUVES PRATIQUES ET ORALES"
PRATIQUES_INTRO = ("L'épreuve E4 « Étude et réalisation d'équipements » comprend deux sous-épreuves ; "
                   "l'épreuve E5 « Analyse de la vision » en comprend également deux (E5 A écrite, E5 B pratique).")
# (épreuve, intitulé, période, centre) ; la cellule « centre » de E6 contient un tableau imbriqué
PRATIQUES = [
    ("E.4.2", "Réalisation et contrôle d'un équipement (pratique, 4 h)",
     "du mardi 30 mai au vendredi 2 juin 2028", "Lycée Alfred Kastler, Talence"),
    ("E5 B", "Analyse de la vision – partie pratique (1 h 30 par candidat)",
     "du mardi 6 au vendredi 9 juin 2028", "Lycée Alfred Kastler, Talence"),
    ("E6", "Relation client et gestion commerciale (oral, 40 min)",
     "voir tableau ci-contre", None),
    ("EF1", "Langue vivante facultative (oral, 20 min)", "jeudi 15 juin 2028", "Lycée Gustave Eiffel, Bordeaux"),
]
E6_IMBRIQUE = [("Centre", "Période"),
               ("Lycée Gustave Eiffel – Bordeaux", "12 au 14 juin 2028"),
               ("Lycée Louis Barthou – Pau", "19 et 20 juin 2028")]
E6_PHRASE = ("Les interrogations de l'épreuve E6 ont lieu du lundi 12 au mercredi 14 juin et du lundi 19 au "
             "mardi 20 juin 2028, selon le centre d'affectation indiqué sur la convocation.")
EF2_PHRASE = ("L'unité facultative EF2 « Engagement étudiant » est évaluée exclusivement en contrôle en cours "
              "de formation : elle ne donne lieu à aucune convocation.")

CENTRES_TITRE = "Adresses des centres d'épreuves pratiques et orales"
CENTRES = [
    ("Lycée Alfred Kastler", ["14 avenue de l'Université", "33402 Talence Cedex"], "Talence"),
    ("Lycée Louis Barthou", ["2 rue Louis Barthou", "BP 1618", "64016 Pau Cedex"], "Pau"),
    ("Lycée Gustave Eiffel", ["143 cours de la Marne", "BP 40026", "33074 Bordeaux Cedex"], "Bordeaux"),
]

SECTION_DOSSIERS = "III. DOSSIERS, CONFORMITÉ ET RÉUNIONS"
DOSSIERS = [
    "Les dossiers de l'épreuve E6 (un exemplaire papier et une version numérique) sont à transmettre au "
    "rectorat de Bordeaux, DEC 4, au plus tard le vendredi 7 avril 2028 à 12 h. Tout dossier parvenu après "
    "cette date sera déclaré non conforme.",
    "La commission de contrôle de conformité des dossiers E6 se réunit le mardi 25 avril 2028 à 14 h au "
    "rectorat.",
    "Réunion d'entente des correcteurs de l'épreuve E5 A : mercredi 24 mai 2028 à 14 h, lycée Gustave Eiffel.",
    "Réunion d'entente des examinateurs des épreuves E.4.2 et E5 B : lundi 29 mai 2028 à 9 h 30, lycée "
    "Alfred Kastler.",
    "Les livrets scolaires sont à transmettre au lycée Gustave Eiffel au plus tard le vendredi 2 juin 2028.",
]
SECTION_JURY = "IV. JURY ET RÉSULTATS"
JURY = [
    "Le jury de délibération se réunira le mardi 27 juin 2028 à 9 h au lycée Gustave Eiffel.",
    "Les résultats seront publiés le vendredi 30 juin 2028 à partir de 10 h sur le site Cyclades.",
]
FORMATION_TITRE = "Établissements de formation de l'académie (pour information – ne sont pas centres d'examen)"
FORMATION = [
    "CFA Optique Nouvelle-Aquitaine – Mérignac",
    "Institut d'optique Atlantique – Anglet",
    "Lycée privé Sainte-Clotilde – Bordeaux",
]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,",
             "Sophie Larrieu"]
ATTESTATION = ["ACCUSÉ DE RÉCEPTION (à retourner à la DEC 4)",
               "Établissement : ..................................................",
               "Nombre de candidats inscrits : ........",
               "Fait à ....................., le …/…/20…        Signature et cachet :"]
PIED = "Circulaire BTS OL – session 2028 – DEC 4"
