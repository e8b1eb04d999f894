# -*- coding: utf-8 -*-
"""Texte de la note fictive : BTS Gestion de la PME, session 2027, Saint-Pierre-et-Miquelon (heures locales)."""

EN_TETE = ["RÉPUBLIQUE FRANÇAISE", "SERVICE DE L'ÉDUCATION", "DE SAINT-PIERRE-ET-MIQUELON", "Bureau des examens"]
CONTACT = ["Affaire suivie par : Yannick Detcheverry-Girardin", "Tél. : 05 08 41 xx xx", "Mél : examens@education-spm.invalid"]
LIEU_DATE = "Saint-Pierre, le 8 février 2027"
DEST = ["Le chef du service de l'éducation", "à", "Madame la proviseure,", "Mesdames et Messieurs les professeurs de la section", "BTS Gestion de la PME"]
OBJET = "Objet : BTS Gestion de la PME (GPME) – organisation de la session 2027 dans l'archipel"
REF = "Réf. : arrêté du 21 février 2018 portant définition du BTS GPME ; note de l'académie de Normandie (rattachement) du 12 janvier 2027."

FRISE_TITRE = "Frise de la session 2027 (heure locale)"
FRISE = [  # (x position 0..1, label)
    (0.03, "19/03 · dépôt E4"),
    (0.16, "07/04 · conformité"),
    (0.38, "10/05 → 13/05 · écrits"),
    (0.52, "18/05 → 21/05 · E2"),
    (0.60, "25/05 · EF1"),
    (0.72, "31/05 → 03/06 · E4"),
    (0.93, "29/06 · jury"),
]

P_HEURE_T = "1. Un mot sur l'heure"
P_HEURE = ("Toutes les heures de la présente note sont données en heure de Saint-Pierre-et-Miquelon. L'archipel passe à l'heure d'été "
           "le dimanche 14 mars 2027 (UTC−2), deux semaines avant la métropole, qui change d'heure le dimanche 28 mars 2027 : "
           "pendant ces deux semaines l'écart avec Paris n'est que de trois heures, puis il revient à quatre heures. "
           "Les épreuves écrites nationales sont passées au même instant qu'à Paris ; l'heure de Paris n'est rappelée "
           "ci-dessous qu'à titre indicatif, pour les échanges avec l'académie de Normandie.")

P_DOSSIER_T = "2. Dossiers de l'épreuve E4"
P_DOSSIER = ("Les dossiers de l'épreuve E4 « Gérer la relation avec les clients et les fournisseurs de la PME » (fiches de situations "
             "professionnelles) sont déposés au service de l'éducation, 2 rue du Docteur-Dunan, 97500 Saint-Pierre, au plus tard le "
             "vendredi 19 mars 2027 à 12 h, heure locale – soit 15 h à Paris, l'écart n'étant alors que de trois heures. "
             "La commission de contrôle de conformité se réunit le mercredi 7 avril 2027 à 14 h ; les candidats concernés "
             "par une non-conformité sont prévenus le lendemain.")

P_ECRITS_T = "3. Épreuves écrites"
P_ECRITS_INTRO = ("Les épreuves écrites ont lieu au Lycée polyvalent Émilienne Vigneau, 10 rue Amiral-Muselier, 97500 Saint-Pierre. "
                  "Les candidats résidant à Miquelon composent au Lycée-collège de l'Isthme, route de Langlade, 97500 Miquelon-Langlade, "
                  "aux mêmes heures.")
ECRITS = [
    "lundi 10 mai 2027 – E1 Culture générale et expression – de 10 h à 14 h (soit de 14 h à 18 h à Paris) ;",
    "mardi 11 mai 2027 – E3 Culture économique, juridique et managériale – de 10 h à 14 h (soit de 14 h à 18 h à Paris) ;",
    "mercredi 12 mai 2027 – E6 Soutenir le fonctionnement et le développement de la PME – de 8 h à 12 h 30 (soit de 12 h à 16 h 30 à Paris) ;",
    "jeudi 13 mai 2027 – E5 Participer à la gestion des risques de la PME – de 9 h 30 à 12 h (soit de 13 h 30 à 16 h à Paris).",
]
P_ECRITS_NOTE = ("Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés ; le lycée est fermé. "
                 "Les sujets sont acheminés par l'académie de Normandie ; les copies sont numérisées sur place le jour même.")

P_ORAUX_T = "4. Épreuves orales"
ORAUX = [
    "E2 Communication en langue vivante étrangère : du mardi 18 au vendredi 21 mai 2027, au Lycée polyvalent Émilienne Vigneau ;",
    "EF1 Langue vivante facultative : mardi 25 mai 2027, au même lycée ;",
    "E4 Gérer la relation avec les clients et les fournisseurs de la PME : du lundi 31 mai au jeudi 3 juin 2027, "
    "au Lycée polyvalent Émilienne Vigneau (commission mixte avec un examinateur en visioconférence).",
]

P_FIN_T = "5. Délibération et résultats"
P_FIN = ("Le jury se réunit le mardi 29 juin 2027 à 9 h, heure locale, en visioconférence avec la division des examens de l'académie de Normandie. "
         "Les résultats sont affichés au lycée et mis en ligne le mercredi 30 juin 2027 à 10 h (soit 14 h à Paris).")

P_FORMATION = ("Pour mémoire, les candidats de la formation continue sont suivis par le GRETA de l'archipel, qui n'est pas centre d'épreuves.")

SIGNATURE = ["Le chef du service de l'éducation,", "Bruno ARROSSAMENA"]
PIED = "Service de l'éducation de Saint-Pierre-et-Miquelon – 2 rue du Docteur-Dunan – 97500 Saint-Pierre"
