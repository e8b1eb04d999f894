"""Circulaire BTS Gestion de la PME, académie de Lille, session 2028 (fictive).
Procédure en étapes numérotées ; les échéances renvoient aux numéros d'autres étapes."""

EN_TETE = ["Académie de Lille", "Division des examens et concours — DEC 2 « BTS »", "144 rue de Bavay — 59000 Lille"]
LIEU_DATE = "Lille, le 14 février 2028"
OBJET = "Objet : BTS Gestion de la PME (GPME) — session 2028 — calendrier et procédure académique"
INTRO = [
    "La session 2028 du BTS Gestion de la PME est organisée selon la procédure ci-après. Les épreuves écrites "
    "sont datées par la note nationale (étapes 3 à 5) ; les autres échéances de l'académie en découlent et sont "
    "exprimées par rapport à ces étapes. Les heures s'entendent à l'heure de Lille.",
]
TITRE_ECRITS = "Épreuves écrites (dates nationales)"
ECRITS = [  # étape, date, horaire, épreuve
    ("3", "lundi 15 mai 2028", "14 h – 18 h", "E1 — Culture générale et expression"),
    ("4", "mardi 16 mai 2028", "10 h – 12 h", "E2 — Communication en langue vivante étrangère (anglais)"),
    ("4", "mardi 16 mai 2028", "14 h – 18 h", "E3 — Culture économique, juridique et managériale"),
    ("5", "mercredi 17 mai 2028", "14 h – 18 h", "E6 — Soutenir le fonctionnement et le développement de la PME"),
]
TITRE_PROC = "Procédure académique étape par étape"
ETAPES = [  # numéro, intitulé, échéance (texte)
    ("1", "Dépôt des dossiers de l'épreuve E4 (candidats ponctuels) au lycée Gaston-Berger, Lille",
     "vendredi 7 avril 2028, à 12 h"),
    ("2", "Contrôle de conformité des dossiers E4 par la commission académique",
     "le jeudi suivant l'étape 1, à 14 h"),
    ("3 à 5", "Épreuves écrites (voir tableau ci-dessus)", "du lundi 15 au mercredi 17 mai 2028"),
    ("6", "Réunion d'entente des correcteurs E6 au lycée Baudelaire, Roubaix",
     "le jour où commence l'étape 7, à 9 h"),
    ("7", "Correction des copies E6 au lycée Baudelaire, Roubaix (centre de correction)",
     "débute trois jours ouvrés après la fin des écrits (étape 5) ; s'achève le vendredi de la semaine suivante"),
    ("8", "Oraux ponctuels E4 au lycée Gaston-Berger, Lille",
     "la semaine suivant celle des écrits, du lundi au mercredi"),
    ("9", "Réunion d'harmonisation des examinateurs E5",
     "dans la semaine précédant l'étape 10 (date précisée par convocation)"),
    ("10", "Oraux ponctuels E5 au lycée Gaston-Berger, Lille", "du mardi 30 mai au jeudi 1er juin 2028"),
    ("11", "Envoi des livrets scolaires au rectorat (bureau DEC 2)", "la veille de l'étape 12"),
    ("12", "Délibération du jury au rectorat de Lille", "mardi 27 juin 2028, à 9 h"),
    ("13", "Publication des résultats", "le lendemain de l'étape 12, à partir de 16 h"),
]
TITRE_CENTRES = "Centres d'épreuves écrites"
CENTRES = [
    "Lycée Gaston-Berger, avenue Gaston-Berger, 59000 Lille",
    "Lycée Jean-Bart, 1 rue du Gouvernement, 59140 Dunkerque",
    "Lycée Antoine-Watteau, 20 boulevard Pater, 59300 Valenciennes",
    "Lycée Robespierre, avenue des Fusillés, 62000 Arras",
]
REMARQUES = [
    "On entend par jour ouvré un jour du lundi au vendredi qui n'est pas un jour férié.",
    "Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) sont fériés.",
    "Les candidats scolaires et apprentis des établissements habilités passent E4 et E5 en contrôle en cours de "
    "formation ; ils ne sont pas concernés par les étapes 1, 2, 8, 9 et 10.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la DEC,", "Murielle Vandenbussche"]
