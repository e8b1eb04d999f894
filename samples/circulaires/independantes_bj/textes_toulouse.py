"""Académie de Toulouse / DRAAF Occitanie — calendrier commun BTS et BTSA, session 2029. Texte inventé."""

EN_TETE_G = ["RÉGION ACADÉMIQUE OCCITANIE", "ACADÉMIE DE TOULOUSE", "Rectorat – Division des examens et concours",
             "75, rue Saint-Roch – 31400 Toulouse"]
EN_TETE_D = ["MINISTÈRE DE L'AGRICULTURE", "DRAAF Occitanie", "Service régional de la formation et du développement",
             "Castanet-Tolosan"]
LIEU_DATE = "Toulouse, le 8 janvier 2029"
OBJET = ("Objet : calendrier commun des examens de techniciens supérieurs des filières biologie, analyses et "
         "agroalimentaire – session 2029 – BTSA STA, BTSA ANABIOTEC, BTS QIABI, BTS BioAC")
INTRO = ("Les sections de techniciens supérieurs de l'Éducation nationale et de l'enseignement agricole de "
         "l'académie préparent, dans les mêmes établissements, des diplômes voisins. Afin de faciliter "
         "l'organisation des services et des stages, le rectorat et la DRAAF publient un calendrier commun. "
         "Chaque colonne correspond à un diplôme ; les cases fusionnées valent pour tous les diplômes qu'elles "
         "recouvrent. Les épreuves du BTSA relèvent de la DRAAF, celles du BTS relèvent du rectorat.")
COLONNES = ["", "BTSA Sciences et technologies des aliments (STA)", "BTSA Analyses agricoles, biologiques et "
            "biotechnologiques (ANABIOTEC)", "BTS Qualité dans les industries alimentaires et les bio-industries (QIABI)",
            "BTS Bioanalyses et contrôles (BioAC)"]
# each row: label, then list of (text, span) cells covering the 4 diploma columns
LIGNES = [
    ("Centres d'épreuves", [
        ("LEGTA Toulouse-Auzeville, Castanet-Tolosan", 1),
        ("EPLEFPA de Vic-en-Bigorre, Vic-en-Bigorre", 1),
        ("Lycée Pierre-Paul-Riquet, Saint-Orens-de-Gameville (écrits et E5)\nLycée Antoine-Bourdelle, Montauban (E6)", 1),
        ("Lycée Déodat-de-Séverac, Toulouse", 1)]),
    ("Expression, culture générale", [
        ("E1 – Expression française et culture socio-économique\njeudi 17 mai 2029\n9 h – 12 h", 2),
        ("E1 – Culture générale et expression\nmardi 15 mai 2029\n14 h – 18 h", 2)]),
    ("Langue vivante", [
        ("E3 – Communication en langue étrangère\nCCF", 2),
        ("E2 – Anglais (écrit)\nmercredi 16 mai 2029\n10 h – 12 h", 2)]),
    ("Mathématiques", [
        ("CCF (module M22)", 2),
        ("E3 – Mathématiques\nmercredi 16 mai 2029\n14 h – 16 h", 1),
        ("E3 – Mathématiques\njeudi 17 mai 2029\n14 h – 16 h", 1)]),
    ("Épreuve écrite professionnelle", [
        ("E5 – Maîtrise des procédés\nmercredi 16 mai 2029\n9 h – 13 h", 1),
        ("E5 – Analyse et diagnostic\nvendredi 18 mai 2029\n9 h – 13 h", 1),
        ("E4 – Sciences et technologies des aliments et des bio-industries\njeudi 17 mai 2029\n8 h – 12 h", 1),
        ("E4 – Biochimie, biologie, microbiologie\nvendredi 18 mai 2029\n8 h – 12 h", 1)]),
    ("Épreuve pratique", [
        ("E6 – du 22 au 25 mai 2029", 1),
        ("E6 – du 29 mai au 1er juin 2029", 1),
        ("E5 – Contrôles et analyses en laboratoire\ndu lundi 28 mai au vendredi 1er juin 2029", 1),
        ("E5 – Travaux pratiques\ndu mardi 22 au vendredi 25 mai 2029", 1)]),
    ("Dépôt des dossiers", [
        ("Rapport de stage (E7) : vendredi 13 avril 2029", 2),
        ("Dossier de projet (E6) : vendredi 20 avril 2029, 12 h, au centre d'interrogation", 2)]),
    ("Épreuves orales", [
        ("E7 – du lundi 11 au vendredi 15 juin 2029", 2),
        ("E6 – Projet\ndu lundi 4 au jeudi 7 juin 2029", 1),
        ("E6 – Soutenance\ndu lundi 11 au mercredi 13 juin 2029", 1)]),
    ("Jury de délibération", [
        ("mardi 26 juin 2029, 9 h\n(DRAAF, Castanet-Tolosan)", 2),
        ("mercredi 27 juin 2029, 14 h\n(lycée Riquet)", 1),
        ("jeudi 28 juin 2029, 9 h\n(lycée Déodat-de-Séverac)", 1)]),
    ("Publication des résultats", [
        ("mardi 3 juillet 2029, 10 h", 2),
        ("vendredi 29 juin 2029, 16 h", 2)]),
]
NOTES = [
    "Jours sans épreuve : jeudi 10 et vendredi 11 mai 2029 (Ascension et pont), lundi 21 mai 2029 (Pentecôte).",
    "Vacances de printemps (zone C) : du samedi 14 avril au lundi 30 avril 2029 ; les dossiers peuvent être "
    "déposés avant le début des vacances.",
    "BTS : les épreuves ponctuelles de langue vivante facultative sont organisées par le centre d'écrit et ne "
    "figurent pas dans ce calendrier.",
]
SIGNATURES = [("Pour le recteur et par délégation,\nla cheffe de la DEC\n\nMaylis Darrigrand"),
              ("Pour le directeur régional,\nle chef du SRFD\n\nBenoît Castagné-Roumiguières")]
