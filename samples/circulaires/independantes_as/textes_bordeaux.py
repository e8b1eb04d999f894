"""Circulaire BTS Électrotechnique 2029, groupement Bordeaux (pilote) + Poitiers + Limoges. Texte inventé."""
EN_TETE = ["Région académique Nouvelle-Aquitaine", "Académie de Bordeaux – pilote du groupement Bordeaux / Poitiers / Limoges",
           "Direction des examens et concours – DEC 3", "5 rue Joseph-de-Carayon-Latour – 33060 Bordeaux Cedex"]
DATE = "Bordeaux, le 15 janvier 2029"
OBJET = "BTS Électrotechnique – session 2029 – organisation dans le groupement Nouvelle-Aquitaine"
REF = "Référence : DEC3/BTS/2029-004 – Affaire suivie par M. Arnaud Etcheverry"
INTRO = [
    "Les académies de Bordeaux, de Poitiers et de Limoges organisent en commun la session 2029 du BTS "
    "Électrotechnique. L'académie de Bordeaux, pilote, conçoit les sujets des épreuves pratiques et assure la "
    "délibération du jury.",
    "Les épreuves écrites ont lieu le même jour et aux mêmes heures dans les trois académies :",
]
ECRITS = [
    "lundi 14 mai 2029, de 14 h à 18 h : E1 – Culture générale et expression ;",
    "mardi 15 mai 2029, de 8 h à 10 h : E32 – Physique et chimie ;",
    "mardi 15 mai 2029, de 14 h à 16 h : E31 – Mathématiques ;",
    "jeudi 17 mai 2029, de 8 h à 14 h : E41 – Étude d'un système technique industriel (pré-étude et modélisation).",
]
ECRITS_NOTE = ("Le jeudi 10 mai 2029 (Ascension) et le lundi 21 mai 2029 (lundi de Pentecôte) sont fériés. "
               "Les épreuves E2 (langue vivante étrangère : anglais) et E6 (épreuve professionnelle de synthèse, "
               "rapport d'activités en entreprise) sont évaluées en CCF dans les établissements.")
TITRE_TABLEAU = "Dispositions propres à chaque académie du groupement"
ACADEMIES = ["Académie de Bordeaux", "Académie de Poitiers", "Académie de Limoges"]
LIGNES = [
    ("Remise du dossier de projet E5", [
        "lundi 23 avril 2029, 12 h, au centre d'examen",
        "vendredi 27 avril 2029, 17 h, au centre d'examen",
        "vendredi 27 avril 2029, 12 h, au lycée Turgot"]),
    ("Soutenances E5 – Projet", [
        "du lundi 28 mai au mercredi 30 mai 2029",
        "du mardi 29 mai au jeudi 31 mai 2029",
        "du jeudi 31 mai au vendredi 1er juin 2029"]),
    ("E42 – Conception et industrialisation (épreuve pratique)", [
        "mardi 5 juin et mercredi 6 juin 2029",
        "lundi 4 juin 2029",
        "jeudi 7 juin 2029"]),
    ("Centres d'examen", [
        "Lycée Gustave-Eiffel, 143 cours de la Marne, Bordeaux\nLycée Jean-Baptiste-de-Baudre, Agen\nLycée Borda, Dax",
        "Lycée Réaumur, 4 rue Salvador-Allende, Poitiers\nLycée Dautet, La Rochelle",
        "Lycée Turgot, 6 rue Paul-Derignac, Limoges\nLycée Cabanis, Brive-la-Gaillarde"]),
]
FIN = [
    "Le jury du groupement délibérera le mardi 26 juin 2029 à 14 h au rectorat de Bordeaux.",
    "Les résultats seront publiés le vendredi 29 juin 2029.",
    "Les demandes d'aménagement d'épreuves restent instruites par l'académie d'inscription du candidat.",
]
SIGN = ["Pour le recteur et par délégation,", "La directrice des examens et concours,", "Maïté Larrouturou"]
