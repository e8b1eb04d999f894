"""Note inter-académique BTS Photographie, session 2026, académie pilote Lyon (fictive). DOCX."""

EN_TETE = "Région académique Auvergne-Rhône-Alpes – Académie de Lyon – Direction des examens et concours"
PIED = "Note inter-académique BTS Photographie – session 2026"
LIEU_DATE = "Lyon, le 2 février 2026"
TITRE = "NOTE D'ORGANISATION INTER-ACADÉMIQUE\nBTS PHOTOGRAPHIE – SESSION 2026"
OBJET = "Objet : organisation inter-académique des épreuves du BTS Photographie"
REGROUPEMENT = ("Pour la session 2026, l'académie de Lyon est académie pilote pour l'organisation de l'examen. "
                "Lui sont rattachées les académies de Grenoble, de Clermont-Ferrand et de Dijon. Les candidats de "
                "l'académie de Besançon composent dans l'académie de Dijon.")
ACAD_ENTETE = ["Académie", "Rôle", "Centre des épreuves écrites", "Ville"]
ACAD = [
    ["Lyon", "Académie pilote", "Lycée La Martinière Diderot\n18 place Gabriel Rambaud", "Lyon 1er"],
    ["Grenoble", "Rattachée", "Lycée Vaucanson\n27 rue Anatole France – CS 10143", "Grenoble"],
    ["Clermont-Ferrand", "Rattachée", "Lycée Sidoine Apollinaire\n20 rue Jean Richepin", "Clermont-Ferrand"],
    ["Dijon", "Rattachée (+ candidats de Besançon)", "Lycée Le Castel\n22 rue Daubenton – BP 17429", "Dijon Cedex"],
]
FRISE_TITRE = "CHRONOLOGIE DE LA SESSION (heures de métropole)"
# (date, horaire, texte)  – rendue avec taquets de tabulation et points de conduite
FRISE = [
    ("Vendredi 3 avril 2026", "17 h", "Date limite de dépôt des dossiers de l'épreuve E6 auprès de l'académie pilote"),
    ("Mardi 21 avril 2026", "10 h", "Contrôle de conformité des dossiers E6 (rectorat de Lyon)"),
    ("Lundi 11 mai 2026", "14:00 → 18:00", "E1 – Culture générale et expression"),
    ("Mardi 12 mai 2026", "10:00 → 12:00", "E2 – Anglais"),
    ("Mercredi 13 mai 2026", "08:00 → 10:00", "E.3.1 – Mathématiques (1ère partie de l'épreuve E3)"),
    ("Mercredi 13 mai 2026", "10:30 → 12:30", "E.3.2 – Sciences physiques (2e partie de l'épreuve E3)"),
    ("Mardi 19 mai 2026", "14:00 → 18:00", "E4 – Technologie de la photographie et de l'image"),
    ("Vendredi 29 mai 2026", "10 h", "Réunion d'entente des examinateurs E5 et E6 (visioconférence)"),
    ("Du lundi 1er au jeudi 4 juin 2026", "—", "E5 – Pratique de la prise de vue et de la post-production : candidats de Lyon, à La Martinière Diderot"),
    ("Du lundi 8 au mercredi 10 juin 2026", "—", "E5 – candidats de Grenoble, Clermont-Ferrand et Dijon, au lycée Vaucanson"),
    ("Mardi 9 juin 2026", "—", "EF1 – Langue vivante étrangère 2 (facultative), lycée La Martinière Diderot"),
    ("Du lundi 15 au mercredi 17 juin 2026", "—", "E6 – Projet professionnel (oral), lycée La Martinière Diderot"),
    ("Jeudi 25 juin 2026", "9 h 30", "Jury inter-académique de délibération (académie pilote)"),
    ("Vendredi 26 juin 2026", "14 h", "Publication des résultats"),
]
DOCUMENTS_TITRE = "DOCUMENTS À FOURNIR PAR LES CANDIDATS"
DOCUMENTS = [
    "Épreuve E5 : matériel de prise de vue personnel et carte mémoire vierge.",
    "Épreuve E6 : dossier de projet (portfolio imprimé et support numérique), déposé avant la date limite indiquée "
    "dans la chronologie ; aucun dossier ne sera accepté le jour de l'oral.",
    "Toutes épreuves : convocation et pièce d'identité en cours de validité.",
]
REMARQUES = [
    "Les candidats de l'académie de Besançon sont convoqués au lycée Le Castel à Dijon pour les épreuves écrites.",
    "Le jeudi 14 mai 2026 (Ascension) est férié : aucune épreuve n'est organisée.",
    "Vacances de printemps (zone A) : du samedi 4 avril au lundi 20 avril 2026.",
]
EFFECTIFS_TITRE = "Effectifs prévisionnels par académie et par épreuve"
EFFECTIFS_ENTETE = ["Académie", "E1", "E2", "E3", "E4", "E5", "E6", "EF1"]
EFFECTIFS = [
    ["Lyon", "48", "48", "46", "48", "48", "48", "9"],
    ["Grenoble", "21", "21", "21", "21", "21", "21", "3"],
    ["Clermont-Ferrand", "17", "17", "15", "17", "17", "17", "2"],
    ["Dijon (dont Besançon)", "19", "19", "19", "19", "19", "19", "4"],
]
SIGNATURE = ["Pour la rectrice de l'académie de Lyon, académie pilote,", "et par délégation,",
             "Le chef de la division des examens et concours", "Olivier CHAMBARD-REY"]
