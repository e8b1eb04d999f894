"""Projet de circulaire BTS MHR, vice-rectorat de la Nouvelle-Calédonie, session 2027 (fictive). Reportlab."""

EN_TETE = ["VICE-RECTORAT DE LA NOUVELLE-CALÉDONIE", "Direction des examens et concours (DEC)",
           "1 avenue des Frères Carcopino – BP G4 – 98848 NOUMÉA CEDEX"]
FILIGRANE = "PROJET"
LIEU_DATE = "Nouméa, le 16 août 2027"
TITRE = ("BTS Management en hôtellerie-restauration (MHR) – session 2027 (calendrier austral)")
INTRO = ("En Nouvelle-Calédonie, la session 2027 se déroule selon le calendrier de l'hémisphère sud. Tous les "
         "horaires indiqués ci-dessous sont exprimés en heure locale de Nouméa (UTC+11). La colonne « Paris » "
         "est donnée pour information des candidats en correspondance avec la métropole.")
ENTETE_TABLE = ["Code", "Épreuve", "Forme", "Date", "Début\n(Nouméa)", "Fin\n(Nouméa)", "Paris\n(pour info.)"]
LIGNES = [
    ["E1", "Culture générale et expression", "écrite", "lundi 25 octobre 2027", "8 h 00", "12 h 00", "23 h 00 la veille"],
    ["E31", "Entrepreneuriat et pilotage de l'entreprise hôtelière", "écrite", "mardi 26 octobre 2027", "8 h 00", "12 h 00", "23 h 00 la veille"],
    ["E21", "Langue vivante A – anglais (écrit)", "écrite", "mardi 26 octobre 2027", "13 h 30", "15 h 30", "4 h 30"],
    ["E4", "Conception et production de services en HR", "écrite", "mercredi 27 octobre 2027", "7 h 30", "12 h 30", "22 h 30 la veille"],
    ["E22", "Langue vivante B (individuels) ¹", "orale", "vendredi 29 octobre 2027", "selon convocation", "", ""],
    ["E32", "Management de l'entreprise hôtelière et de restauration", "CCF", "—", "", "", ""],
    ["E5-A", "Management d'unité de restauration", "pratique", "du lundi 8 au mercredi 10 novembre 2027", "selon convocation", "", ""],
    ["E5 B", "Management d'unité de production culinaire", "pratique", "du lundi 15 au mardi 16 novembre 2027", "selon convocation", "", ""],
    ["E5C", "Management d'unité d'hébergement", "pratique", "mercredi 17 novembre 2027", "7 h 00", "15 h 00", ""],
    ["EF1", "Langue vivante C (facultative)", "orale", "vendredi 19 novembre 2027", "selon convocation", "", ""],
    ["E6", "Conduite du projet entrepreneurial ²", "orale", "du lundi 22 au jeudi 25 novembre 2027", "selon convocation", "", ""],
]
NOTES = ["¹ Les candidats scolaires sont évalués en CCF pour l'épreuve E22.",
         "² Le dossier de projet conditionne l'accès à l'épreuve (voir ci-dessous)."]
FERIES = "Jours fériés : lundi 1er novembre 2027 (Toussaint) et jeudi 11 novembre 2027 (Armistice) – aucune épreuve."
ECHEANCES_TITRE = "Échéances et réunions"
ECHEANCES = [
    "Remise des dossiers de projet E6 au vice-rectorat (DEC, bureau 12) au plus tard le vendredi 24 septembre 2027 "
    "à 11 h 00 (heure de Nouméa).",
    "Contrôle de conformité des dossiers E6 : mercredi 6 octobre 2027 à 13 h 30, vice-rectorat.",
    "Réunion d'entente des jurys de l'épreuve E5 (options A, B et C) : vendredi 5 novembre 2027 à 14 h 00, "
    "lycée Auguste Escoffier.",
    "Délibération du jury : jeudi 2 décembre 2027 à 8 h 30, vice-rectorat.",
    "Publication des résultats : vendredi 3 décembre 2027 à 16 h 00.",
]
CENTRES_TITRE = "Centres d'épreuves"
CENTRES = [
    ["Lycée Lapérouse", "Écrits (Province Sud, îles Loyauté)", "2 rue du Général Gallieni – BP 2128", "98846 NOUMÉA CEDEX"],
    ["Lycée polyvalent Michel Rocard", "Écrits (Province Nord)", "Route territoriale 1 – BP 14", "98825 POUEMBOUT"],
    ["Lycée hôtelier Auguste Escoffier", "E5 (toutes options), E6, E22, EF1", "Avenue James Cook – BP 4173", "98846 NOUMÉA CEDEX"],
]
SIGNATURE = ["Le vice-recteur, directeur général des enseignements,", "P/o la cheffe de la DEC", "Marie-Laure WAHETRA"]
