# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive BTS Commerce international, académie de Versailles, session 2028 (ODT)."""

STEM = "circulaire_ci_2028_versailles"

EN_TETE = ["ACADÉMIE DE VERSAILLES", "Direction des examens et concours – DEC 4",
           "Bureau des examens de l'enseignement supérieur"]
LIEU_DATE = "Versailles, le 12 janvier 2028"
COL_GAUCHE = ["Affaire suivie par", "M. Karim Benslimane", "Tél. 01 30 83 47 21",
              "ce.dec4@ac-versailles.fr", "", "3 boulevard de Lesseps", "78017 Versailles Cedex"]
COL_DROITE = ["Le recteur de l'académie de Versailles,", "chancelier des universités",
              "à", "Mesdames et Messieurs les chefs d'établissement", "des lycées publics et privés",
              "Mesdames et Messieurs les directeurs de CFA et de centres de formation continue"]
OBJET = "Objet : BTS Commerce international – organisation de la session 2028"
REFERENCE = ("Réf. : note de service nationale d'organisation du 23 novembre 2027 (1) ; arrêté du 21 juillet "
             "2022 modifié définissant le BTS Commerce international.")
INTRO = ("Vous trouverez ci-après les dispositions arrêtées pour l'organisation du BTS Commerce international "
         "dans l'académie de Versailles. La liste des centres d'épreuves figure en dernière partie ; chaque "
         "candidat est rattaché au centre de son département de formation.")

H_ECRIT = "I – Épreuves écrites : semaine du 15 au 18 mai 2028"
JOURS = ["", "lun. 15 mai", "mar. 16 mai", "mer. 17 mai", "jeu. 18 mai"]
MATIN = ["Matin", "—", "E4 – CEJM\n8h–12h", "E21 – LVE A, écrit\n9h00-11h00", "E6 – Mise en œuvre des opérations internationales\n9h00–12h00"]
APREM = ["Après-midi", "E1 – Culture générale et expression\n14h-18h", "—", "E31 – LVE B, écrit\n14h-16h", "—"]
ECRIT_NOTE = ("Toutes les heures sont données en heure de Paris. Le lundi 8 mai 2028 est férié ; les vacances de "
              "printemps (zone C) vont du samedi 22 avril au dimanche 7 mai 2028.")

H_ORAL = "II – Épreuves orales"
ORAL = [
    "E2 et E3 – parties orales (E22, E32) : du mardi 30 mai au jeudi 1er juin 2028, dans le centre de rattachement.",
    "E5 – Relation commerciale interculturelle : les deux sous-épreuves E5 – A (négociation en langue "
    "étrangère) et E5 – B (présentation du dossier) sont passées le même jour par un candidat, du lundi 29 mai "
    "au vendredi 2 juin, du mardi 6 au vendredi 9 juin et du lundi 12 au mercredi 14 juin 2028 (2).",
    "EF1 – Langue vivante C (facultative) : mercredi 31 mai 2028, de 13:30 à 17:30, lycée Jules Ferry de Versailles, "
    "pour l'ensemble des candidats de l'académie.",
    "EF2 – Engagement étudiant : l'attestation est jointe au livret scolaire ; aucune convocation spécifique.",
]

H_DOSSIERS = "III – Dossiers de l'épreuve E5 – B"
DOSSIERS = [
    "Les dossiers E5B (un exemplaire papier et une version numérique) sont à transmettre au centre de "
    "rattachement au plus tard le vendredi 7 avril 2028 à 12 h.",
    "La commission académique de contrôle de conformité se réunit le jeudi 13 avril 2028 à 14 h, au lycée "
    "Jean-Pierre Vernant de Sèvres. Les décisions de non-conformité sont notifiées par le centre.",
    "Une réunion d'entente et d'harmonisation des examinateurs E5 se tiendra le mercredi 24 mai 2028 à 14 h "
    "dans chaque centre.",
]

H_CENTRES = "IV – Centres d'épreuves"
CENTRES_ENTETE = ["Département", "Centre", "Commune"]
CENTRES = [
    ("Hauts-de-Seine (92)", ["Lycée Jean-Pierre Vernant", "21 rue du Docteur Ledermann"], "Sèvres"),
    ("Yvelines (78)", ["Lycée Jules Ferry", "29 rue du Maréchal Joffre"], "Versailles"),
    ("Val-d'Oise (95)", ["Lycée Camille Pissarro", "1 rue Henri Matisse"], "Pontoise"),
    ("Essonne (91)", ["Lycée du Parc de Vilgénis", "80 rue de Versailles"], "Massy"),
]
H_JURY = "V – Délibérations et résultats"
JURY = ("Le jury se réunira le vendredi 30 juin 2028 à 9 h 30 au rectorat de Versailles. Les résultats seront "
        "consultables en ligne le mardi 4 juillet 2028 à partir de 14 h.")
NOTES = [
    "Note de service publiée au bulletin officiel ; elle fixe les dates des épreuves écrites nationales.",
    "Aucune interrogation le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 (lundi de Pentecôte).",
]
SIGNATURE = ["Pour le recteur et par délégation,", "La directrice des examens et concours", "Claire Hautecœur"]
