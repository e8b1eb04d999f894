# -*- coding: utf-8 -*-
"""Circulaire fictive publiée en page HTML : BTS SP3S, académie de Normandie, session 2029.
Mise à jour balisée <del>/<ins> (anciennes dates barrées), colonne « fin tiers-temps », candidats VAE."""

EMETTEUR = "Région académique Normandie – Rectorat – Division des examens et concours (DEC 2 – BTS)"
TITRE = "BTS Services et prestations des secteurs sanitaire et social (SP3S) – Session 2029"
SOUS_TITRE = "Circulaire académique d'organisation des épreuves"
MAJ = ("Mise à jour du 2 mars 2029 : deux dates ont été modifiées. L'ancienne mention est barrée, "
       "la nouvelle est soulignée. Seules les dates soulignées sont valables.")
LIEU_DATE = "Caen, le 15 janvier 2029"
REFS = ("Références : arrêté du 8 mars 2018 modifié portant définition du BTS SP3S ; "
        "circulaire nationale d'organisation de la session 2029 du 11 décembre 2028.")
CHAPO = ("La présente circulaire précise l'organisation de la session 2029 dans l'académie de Normandie. "
         "Elle s'adresse aux chefs d'établissement, aux directeurs de CFA et aux candidats individuels.")

H_ECRITS = "1. Épreuves écrites"
ECRITS_TXT = ("Centres d'écrit : Lycée Jean-Rostand, 98 route d'Ifs, 14000 Caen (départements 14, 50, 61) et "
              "Lycée Gustave-Flaubert, 1 rue Albert-Dupuis, 76000 Rouen (départements 27 et 76).")
# (date, code, intitulé, horaire, fin tiers-temps, ancienne date barrée or None)
ECRITS = [
    ("lundi 14 mai 2029", "E1", "Culture générale et expression", "14 h – 18 h", "19 h 20", None),
    ("mardi 15 mai 2029", "E2", "Langue vivante étrangère", "10 h – 12 h", "12 h 40", None),
    ("mardi 15 mai 2029", "E3", "Institutions et réseaux", "14 h – 18 h", "19 h 20", None),
    ("jeudi 17 mai 2029", "E4", "Prestations et services", "9 h – 13 h", "14 h 20", "mercredi 16 mai 2029"),
]
ECRITS_NOTE = ("La colonne « Fin tiers-temps » concerne uniquement les candidats dont l'aménagement a été notifié ; "
               "ils commencent à la même heure que les autres candidats.")

H_ORAUX = "2. Épreuves orales"
ORAUX = [
    ("E5", "Techniques de l'information et de la communication professionnelle",
     "du mardi 22 au vendredi 25 mai 2029", "Lycée Augustin-Fresnel, 77 rue Eustache-Restout, 14000 Caen"),
    ("E6", "Conduite de projet et relation usagers",
     "du lundi 4 au jeudi 7 juin 2029", "Lycée du Val-de-Seine, avenue Georges-Braque, 76120 Le Grand-Quevilly"),
]
H_DOSSIERS = "3. Dossiers de l'épreuve E6"
DOSSIER_AVANT = "Les dossiers de projet sont déposés au Lycée du Val-de-Seine au plus tard le "
DOSSIER_OLD = "vendredi 30 mars 2029"
DOSSIER_NEW = "vendredi 6 avril 2029"
DOSSIER_APRES = (" à 12 h. Le contrôle de conformité des dossiers E6 a lieu le mardi 17 avril 2029 à 10 h dans le même "
                 "lycée ; les établissements sont informés des dossiers non conformes le jour même.")
H_CORRECTION = "4. Correction"
CORRECTION = ("Réunion d'entente et de barème des correcteurs des épreuves E3 et E4 : vendredi 18 mai 2029 à 9 h 30, "
              "Lycée Gustave-Flaubert, Rouen. Les copies sont ensuite corrigées sur place.")
H_REGIMES = "5. Régimes particuliers"
REGIMES = [
    ("Candidats bénéficiant d'un tiers-temps",
     "Ils composent dans une salle dédiée du centre ; l'horaire de l'épreuve est inchangé, seule l'heure de fin "
     "est reportée (voir la colonne « Fin tiers-temps »)."),
    ("Candidats VAE",
     "Les candidats à la validation des acquis de l'expérience ne passent pas les épreuves ci-dessus. Ils sont "
     "convoqués individuellement par le DAVA à un entretien avec le jury ; aucune date n'est fixée par la présente circulaire."),
    ("Candidats ayant un bénéfice de notes",
     "Ils conservent leurs notes pour la durée prévue par la réglementation et ne sont convoqués qu'aux épreuves restantes."),
]
H_JURY = "6. Jury et résultats"
JURY = ("Le jury de délibération se réunit le jeudi 28 juin 2029 à 14 h au rectorat (site de Rouen). "
        "Les résultats sont publiés le vendredi 6 juillet 2029 à 10 h.")
SIGNATURE = ["Pour le recteur de la région académique et par délégation,", "le chef de la division des examens et concours,",
             "Thibault Lemonnier"]
PIED = "Rectorat de la région académique Normandie – DEC 2 – 168 rue Caponière, 14061 Caen Cedex"
