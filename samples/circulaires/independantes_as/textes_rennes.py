"""Circulaire BTS Tourisme 2028, groupement Rennes (pilote) + Nantes. Texte inventé."""
EN_TETE = ["RÉGION ACADÉMIQUE BRETAGNE", "Académie de Rennes", "Service inter-académique des examens du Grand Ouest",
           "96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"]
DATE = "Rennes, le 24 janvier 2028"
DEST = ["Les recteurs des académies de Rennes et de Nantes", "à",
        "Mesdames et Messieurs les chefs d'établissement", "et directeurs de CFA préparant au BTS Tourisme"]
OBJET = "Objet : BTS Tourisme – session 2028 – calendrier et centres du groupement Rennes / Nantes"
SUIVI = "Dossier suivi par Mme Gwenaëlle Le Floc'h – 02 23 21 74 06"
CORPS = [
    "En application de la convention de groupement signée entre les académies de Rennes et de Nantes, "
    "l'académie de Rennes pilote la session 2028 du BTS Tourisme. Les deux épreuves écrites nationales "
    "sont communes ; les sous-épreuves orales, le dépôt des dossiers de l'épreuve E6 et les centres "
    "d'examen diffèrent d'une académie à l'autre.",
    "Le tableau joint en page 2 présente, pour chaque épreuve, une colonne par académie. Lorsqu'une "
    "cellule occupe les deux colonnes, la disposition est commune au groupement.",
    "L'épreuve E4 « Élaboration d'une prestation touristique » est évaluée exclusivement en contrôle en "
    "cours de formation : aucun calendrier de session n'est fixé pour cette épreuve.",
    "Je rappelle que le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (Pentecôte) sont des jours fériés.",
    "Les établissements de formation transmettent la liste des candidats au centre d'examen de leur "
    "académie. Le jury du groupement se tiendra au rectorat de Rennes.",
]
SIGN = ["Pour les recteurs et par délégation,", "Le chef du service inter-académique des examens,", "Yann-Erwan Quéméner"]
TITRE_P2 = "BTS Tourisme – session 2028 – calendrier du groupement"
ENTETE = ["Épreuve", "Forme et durée", "Académie de Rennes", "Académie de Nantes"]
# rows: (épreuve, forme, rennes, nantes) ; nantes None = cell spanning both columns
LIGNES = [
    ("E1 – Culture générale et expression", "écrite, 4 h", "Lundi 15 mai 2028\n14 h 00 à 18 h 00", None),
    ("E21 – Langue A : anglais", "écrite, 2 h", "Mardi 16 mai 2028\n10 h 00 à 12 h 00", None),
    ("E5 – Gestion de l'information touristique", "écrite, 3 h", "Mardi 16 mai 2028\n14 h 00 à 17 h 00", None),
    ("E22 – Langue B", "orale, 20 min", "du lundi 22 mai\nau mercredi 24 mai 2028", "du lundi 22 mai\nau mardi 23 mai 2028"),
    ("E3 – Gestion de la relation clientèle touristique", "orale, 40 min", "du mardi 30 mai\nau vendredi 2 juin 2028",
     "du mercredi 31 mai\nau vendredi 2 juin 2028"),
    ("E6 – Parcours de professionnalisation\ndépôt du dossier", "—", "vendredi 21 avril 2028\navant 12 h 00",
     "mercredi 26 avril 2028\navant 17 h 00"),
    ("E6 – Parcours de professionnalisation\noral", "orale, 40 min", "du lundi 12 juin\nau mercredi 14 juin 2028",
     "du mardi 13 juin\nau jeudi 15 juin 2028"),
    ("E4 – Élaboration d'une prestation touristique", "CCF", "en établissement", None),
    ("Centres d'examen", "", "Lycée Jean-Macé, Rennes\nLycée de Kerichen, Brest\nLycée Dupuy-de-Lôme, Lorient",
     "Lycée Talensac, Nantes\nLycée Chevrollier, Angers\nLycée Touchard-Washington, Le Mans"),
    ("Jury du groupement", "", "jeudi 29 juin 2028 à 9 h 00 – rectorat de Rennes", None),
    ("Résultats", "", "vendredi 30 juin 2028 à 15 h 00", None),
]
