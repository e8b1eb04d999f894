# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive BTS ESF, académie de Montpellier, session 2027."""

STEM = "circulaire_esf_2027_montpellier"

EN_TETE = ["RÉGION ACADÉMIQUE OCCITANIE", "ACADÉMIE DE MONTPELLIER",
           "Division des examens et concours", "DEC 3 – Bureau des brevets de technicien supérieur"]
LIEU_DATE = "Montpellier, le 19 janvier 2027"
AFFAIRE = ["Affaire suivie par : Mme Sandrine Coste", "Tél. : 04 67 91 48 62",
           "Mél. : dec3-bts@ac-montpellier.fr", "31 rue de l'Université", "CS 39004", "34064 Montpellier Cedex 2"]
EXPEDITEUR = "Le recteur de l'académie de Montpellier, chancelier des universités"
DESTINATAIRES = ("à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat, "
                 "Mesdames et Messieurs les directeurs de CFA, s/c de Mesdames et Messieurs les IA-IPR "
                 "et IEN-ET de sciences et techniques médico-sociales")
OBJET = "Objet : BTS Économie sociale familiale (ESF) – session 2027 – organisation des épreuves"
REFERENCES = [
    "arrêté du 24 janvier 2022 portant définition et fixant les conditions de délivrance du BTS « Économie sociale familiale » ;",
    "circulaire nationale d'organisation de la session 2027 du 8 décembre 2026 ;",
    "note académique relative aux surveillances d'examen du 2 septembre 2026.",
]
INTRO = ("La présente circulaire précise le calendrier et les modalités d'organisation des épreuves du brevet de "
         "technicien supérieur Économie sociale familiale pour la session 2027. Je vous remercie d'en assurer la "
         "diffusion auprès des équipes pédagogiques, des candidats et des professeurs appelés à siéger dans les "
         "commissions d'interrogation.")

# Table des matières (entrées, page)
TDM = [("1.", "Calendrier des épreuves écrites", 2), ("2.", "Épreuves pratiques et orales", 2),
       ("2.1.", "E1 B – partie pratique", 2), ("2.2.", "E2 – Animation, formation et éducation", 2),
       ("2.3.", "E3 – Conduite de projet", 2), ("3.", "Contrôle en cours de formation", 2),
       ("4.", "Réunions, jury et résultats", 2), ("5.", "Centres d'épreuves", 3),
       ("6.", "Établissements de formation", 3)]

H1_ECRIT = "Calendrier des épreuves écrites"
ECRIT_AVANT = ("Les épreuves écrites ponctuelles se déroulent aux dates et horaires ci-dessous (heure de Paris). "
               "Les candidats doivent être présents trente minutes avant le début de chaque épreuve.")
ECRIT_ENTETE = ["Date", "Épreuve", "Début", "Fin", "Durée"]
ECRIT_LIGNES = [
    ["lundi 10 mai 2027", "E5 – Culture générale et expression", "14 h 00", "18 h 00", "4 h"],
    ["mardi 11 mai 2027", "E1 A – Expertise et conseil technologiques en vie quotidienne (partie écrite)", "9 h 00", "13 h 00", "4 h"],
]
ECRIT_NOTE = ("Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 "
              "(lundi de Pentecôte).")

H1_ORAL = "Épreuves pratiques et orales"
H2_E1B = "E1 B – partie pratique"
E1B = ("La partie pratique de l'épreuve E1 (E1-B) se déroulera du mardi 1er au jeudi 3 juin 2027 au lycée "
       "Jules Guesde de Montpellier, pour l'ensemble des candidats de l'académie. Les candidats sont convoqués "
       "par demi-journée, de 8 h à 12 h ou de 13 h 30 à 17 h 30.")
H2_E2 = "E2 – Animation, formation et éducation"
E2 = ("Les interrogations orales de l'épreuve E2 auront lieu du lundi 7 au mercredi 9 juin et du lundi 14 au "
      "mardi 15 juin 2027 dans les trois centres d'épreuves. Le passage de chaque candidat dure 40 minutes.")
H2_E3 = "E3 – Conduite de projet"
E3_DOSSIER = ("Les dossiers de projet de l'épreuve E3, en deux exemplaires, sont à transmettre au plus tard le "
              "vendredi 9 avril 2027 à 12 h au rectorat (DEC 3), le cachet de la poste ne faisant pas foi. "
              "Tout dossier parvenu après cette échéance sera considéré comme non conforme.")
E3_CONF = ("La commission de contrôle de conformité des dossiers E3 se réunira le mercredi 14 avril 2027 à 14 h "
           "au rectorat. Les établissements seront informés des non-conformités éventuelles dans les 48 heures.")
E3_ORAL = "Soutenances orales E3 : du mercredi 26 au vendredi 28 mai 2027, dans le centre de rattachement du candidat."
VACANCES = ("Rappel : les vacances de printemps de la zone C s'étendent du samedi 17 avril au lundi 3 mai 2027 "
            "au matin ; aucune commission ne siège pendant cette période.")

H1_CCF = "Contrôle en cours de formation"
CCF = [
    "L'épreuve E4 – Travail partenarial institutionnel et interinstitutionnel est évaluée exclusivement en "
    "contrôle en cours de formation : aucune convocation n'est émise par le rectorat.",
    "Épreuve E6 – Langue vivante étrangère : CCF pour les candidats scolaires et apprentis ; les candidats "
    "relevant de la forme ponctuelle seront interrogés le vendredi 4 juin 2027 (horaires sur la convocation).",
    "L'épreuve facultative EF1 (langue vivante 2) se déroule le même jour, à la suite de l'épreuve E6.",
    "Les propositions de notes de CCF (E4 et E6) sont à saisir et à retourner au rectorat au plus tard le "
    "vendredi 28 mai 2027.",
]

H1_REUNIONS = "Réunions, jury et résultats"
REUNIONS = [
    ("Réunion d'entente des correcteurs de l'E1 A", "mercredi 12 mai 2027 à 14 h, lycée Jules Guesde"),
    ("Réunion d'harmonisation des examinateurs E2 et E3", "mardi 25 mai 2027 à 9 h 30, en visioconférence"),
    ("Jury de délibération", "jeudi 1er juillet 2027 à 9 h, rectorat (salle du conseil)"),
    ("Publication des résultats", "lundi 5 juillet 2027 à 10 h, sur le site de l'académie"),
]

H1_CENTRES = "Centres d'épreuves"
CENTRES_ENTETE = ["Centre d'épreuves", "Ville", "Épreuves accueillies"]
CENTRES = [
    (["Lycée Jules Guesde", "110 avenue de Lodève", "CS 10015", "34060 MONTPELLIER CEDEX 2"], "Montpellier",
     "E5, E1 A, E1 B, E2, E3"),
    (["Lycée Ernest Hemingway", "98 avenue Jean Jaurès", "BP 7046"], "Nîmes", "E5, E1 A, E2, E3"),
    (["Lycée Jean Lurçat", "25 avenue Albert Camus"], "Perpignan", "E5, E1 A, E2, E3"),
]

H1_FORMATION = "Établissements de formation"
FORMATION_AVANT = ("Pour information, les établissements suivants préparent au BTS ESF ; ils ne sont pas tous "
                   "centres d'épreuves et leurs candidats sont répartis dans les centres ci-dessus :")
FORMATION = ["Lycée privé Notre-Dame de la Merci – Montpellier", "Lycée Joseph Vallot – Lodève",
             "CFA régional des métiers du social – Béziers", "Lycée Jules Guesde – Montpellier",
             "Lycée Ernest Hemingway – Nîmes", "Lycée Jean Lurçat – Perpignan"]

SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,", "",
             "Hélène Marty-Vidal"]

ANNEXE_TITRE = "Annexe – Bordereau d'envoi du dossier E3"
ANNEXE = ["Établissement : ……………………………………………", "Nombre de dossiers transmis : ……",
          "Envoyé le …/…/20…   Reçu au rectorat le …/…/20…", "Signature et cachet du chef d'établissement :"]
