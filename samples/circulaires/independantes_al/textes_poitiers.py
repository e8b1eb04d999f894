"""Texte de la circulaire fictive BTS Électrotechnique, académie de Poitiers, session 2029 (FODT)."""

EN_TETE = ["Académie de Poitiers", "Rectorat – DEC – Bureau des BTS industriels",
           "Dossier suivi par M. Thibault Guérineau – 05 16 52 60 00"]
LIEU_DATE = "Poitiers, le 15 janvier 2029"
OBJET = "Objet : BTS Électrotechnique – session 2029 – calendrier et centres d'épreuves"
REFERENCES = ("Références : code de l'éducation, articles D. 643-1 à D. 643-35 ; arrêté du 22 juillet 2020 portant "
              "définition du BTS Électrotechnique ; circulaire nationale du 10 décembre 2028.")
INTRO = ("Vous trouverez ci-dessous l'organisation des épreuves ponctuelles du BTS Électrotechnique. Les sous-épreuves "
         "E2 (anglais) et E51 (projet – partie conception) sont évaluées en CCF dans les établissements habilités ; "
         "elles ne figurent pas au calendrier.")
H1 = "1. Épreuves écrites"
# Jour | Date | (vide) | Épreuve | Horaires | Centres (sous-tableau)
ENTETE = ["Jour", "Date", "", "Épreuve", "Horaires", "Centres"]
CENTRES_ECRITS = [("Lycée Isaac-de-l'Étoile", "Poitiers"), ("Lycée Édouard-Branly", "Châtellerault"),
                  ("Lycée Charles-Augustin-Coulomb", "Angoulême")]
ECRITS = [
    ["lundi", "14 mai", "", "E1 – Culture générale\net expression", "de 8 heures\nà 12 heures"],
    ["mardi", "15 mai", "", "E31 – Mathématiques\nE32 – Physique-chimie", "8h30-10h30\n14h-16h"],
    ["mercredi", "16 mai", "", "E41 – Pré-étude et modélisation", "8h-12h"],
    ["jeudi", "17 mai", "", "E42 – Conception et industrialisation", "de 8 heures\nà 14 heures"],
]
APRES_ECRITS = [
    "Le jeudi 10 mai 2029 (Ascension) et le lundi 21 mai 2029 (Pentecôte) sont fériés.",
    "Réunion d'entente des correcteurs E41 et E42 : mercredi 23 mai 2029 à 9h00, lycée Isaac-de-l'Étoile.",
]
H2 = "2. Épreuves orales et pratiques"
# Épreuve | Dépôt du dossier | (vide) | Interrogations | Centres (sous-tableau)
ENTETE2 = ["Épreuve", "Dépôt du dossier", "", "Interrogations", "Centres"]
ORAUX = [
    ["E52 – Projet : réalisation,\nmise en service, contrôle", "vendredi 25 mai\navant 16h00", "",
     "du lundi 4 juin\nau jeudi 7 juin", [("Lycée Édouard-Branly", "Châtellerault"),
                                          ("Lycée Charles-Augustin-Coulomb", "Angoulême")]],
    ["E61 – Épreuve professionnelle\n(rapport de stage)", "vendredi 1er juin\navant 12h00", "",
     "du lundi 11 juin\nau mercredi 13 juin", [("Lycée Léonce-Vieljeux", "La Rochelle")]],
]
APRES_ORAUX = ("Le dossier est remis en main propre au secrétariat du centre d'interrogation ou déposé sur la plateforme "
               "académique ; il doit comporter l'attestation de stage signée.")
H3 = "3. Adresses des centres"
ADRESSES = [
    "Lycée Isaac-de-l'Étoile – 62 rue du Porteau – 86000 Poitiers",
    "Lycée Édouard-Branly – 2 rue Édouard-Branly – 86100 Châtellerault",
    "Lycée Charles-Augustin-Coulomb – allée Joachim-du-Bellay – 16000 Angoulême",
]
H4 = "4. Jury et résultats"
FIN = [
    "Le jury se réunit le jeudi 28 juin 2029 à 14h00 au rectorat de Poitiers, salle du conseil.",
    "Publication des résultats : lundi 2 juillet 2029 à 10h00.",
]
ATTENTION = ("Attention : modification. Les interrogations de la sous-épreuve E61 n'auront pas lieu au lycée "
             "Léonce-Vieljeux de La Rochelle, indisponible pour travaux, mais au lycée Charles-Augustin-Coulomb "
             "d'Angoulême, aux mêmes dates (du lundi 11 au mercredi 13 juin 2029).")
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,",
             "Olivier Maupetit"]
