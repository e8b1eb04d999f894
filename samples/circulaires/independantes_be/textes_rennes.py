"""Texte de la circulaire fictive BTS Comptabilité et gestion, académie de Rennes, session 2027.
Piège principal : tableau comparé « Session 2026 (pour mémoire) | Session 2027 » et bilan chiffré de 2026."""

EN_TETE = ["RÉGION ACADÉMIQUE BRETAGNE", "Académie de Rennes", "Rectorat – Division des examens et concours",
           "Bureau DEC 3 – Brevets de technicien supérieur"]
AFFAIRE = ["Affaire suivie par : Gwenaëlle Le Floc'h", "Tél. : 02 23 21 74 50", "Mél. : dec3-bts@ac-rennes.fr"]
LIEU_DATE = "Rennes, le 12 janvier 2027"
DESTINATAIRES = ("Le recteur de l'académie de Rennes\nà\nMesdames et Messieurs les chefs d'établissement\n"
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation\n"
                 "Mesdames et Messieurs les chefs de centre d'examen")
OBJET = "Objet : organisation de la session 2027 du BTS Comptabilité et gestion (CG)"
REFERENCES = [
    "Réf. : code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "arrêté du 3 novembre 2014 modifié portant définition et fixant les conditions de délivrance du BTS CG ;",
    "arrêté du 8 juillet 2024 modifiant l'arrêté du 3 novembre 2014 ;",
    "circulaire nationale d'organisation de la session 2027 du 4 décembre 2026.",
]
INTRO = ("La présente circulaire fixe le calendrier et les lieux des épreuves de la session 2027 du BTS Comptabilité "
         "et gestion pour l'académie de Rennes. Afin de faciliter la préparation des équipes, le calendrier de la "
         "session 2027 est présenté en regard de celui de la session 2026, qui n'est rappelé qu'à titre de "
         "comparaison : seules les dates de la colonne « Session 2027 » s'appliquent.")

T1 = "1. Bilan de la session 2026 (pour information)"
BILAN = [
    "Inscrits (effectifs arrêtés au 15 janvier 2026) : 1 146 candidats, dont 812 scolaires, 251 apprentis et 83 "
    "candidats de la formation continue ou individuels.",
    "Présents à l'ensemble des épreuves : 1 097. Admis : 891, soit un taux de réussite de 81,2 % (79,6 % en 2025).",
    "Le jury de délibération de la session 2026 s'est réuni le jeudi 2 juillet 2026 et les résultats ont été "
    "publiés le vendredi 3 juillet 2026 à 10 h.",
    "Pour la session 2027, les effectifs connus au 8 janvier 2027 s'élèvent à 1 171 inscrits (+ 2,2 %).",
]

T2 = "2. Calendrier comparé des sessions 2026 et 2027"
T2_NOTE = ("Les dates de 2026 figurent en grisé pour mémoire. Les candidats scolaires des établissements habilités "
           "sont évalués en CCF pour l'épreuve E3 ; le calendrier ci-dessous concerne les candidats ponctuels.")
CAL_ENTETE = ["Épreuve", "Unité", "Forme", "Session 2026 (pour mémoire)", "Session 2027"]
CAL = [
    ["Dépôt des fiches de situations professionnelles (E7)", "U7", "dossier",
     "vendredi 17 avril 2026, 12 h", "vendredi 16 avril 2027, 12 h"],
    ["Contrôle de conformité des dossiers E7", "U7", "—",
     "jeudi 23 avril 2026", "mardi 20 avril 2027, 14 h"],
    ["E4 – Culture économique, juridique et managériale", "U4", "écrit 4 h",
     "lundi 11 mai 2026, 13 h 30 – 17 h 30", "lundi 10 mai 2027, 13 h 30 – 17 h 30"],
    ["E1 – Culture générale et expression", "U1", "écrit 4 h",
     "mardi 12 mai 2026, 14 h – 18 h", "mardi 11 mai 2027, 14 h – 18 h"],
    ["E3 – Mathématiques appliquées", "U3", "écrit 2 h",
     "mercredi 13 mai 2026, 10 h – 12 h", "mercredi 12 mai 2027, 10 h – 12 h"],
    ["E5 – Traitement et contrôle des opérations comptables, fiscales et sociales", "U5", "écrit 4 h 30",
     "mardi 19 mai 2026, 9 h – 13 h 30", "jeudi 13 mai 2027, 9 h – 13 h 30"],
    ["E6 – Situations de contrôle de gestion et d'analyse financière", "U6", "écrit 4 h",
     "mercredi 20 mai 2026, 9 h – 13 h", "vendredi 14 mai 2027, 9 h – 13 h"],
    ["EF1 – Langue vivante facultative", "UF1", "oral 20 min",
     "jeudi 28 mai 2026", "jeudi 27 mai 2027"],
    ["E2 – Langue vivante étrangère (anglais)", "U2", "oral 20 min",
     "du lundi 1er au vendredi 5 juin 2026", "du mardi 1er au vendredi 4 juin 2027"],
    ["E7 – Parcours de professionnalisation", "U7", "oral 30 min",
     "du lundi 8 au vendredi 12 juin 2026", "du lundi 7 au vendredi 11 juin 2027"],
    ["Jury de délibération", "—", "—",
     "jeudi 2 juillet 2026", "mercredi 30 juin 2027, 14 h"],
    ["Publication des résultats", "—", "—",
     "vendredi 3 juillet 2026, 10 h", "jeudi 1er juillet 2027, 10 h"],
]
CAL_PIED = ("Nota : le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés ; "
            "aucune épreuve n'est organisée ces jours-là.")

T3 = "3. Centres d'épreuves de la session 2027"
CENTRES_ECRITS = [
    ("Lycée Chateaubriand", "136 boulevard de Vitré", "35700 Rennes", "centre d'écrit et siège du jury"),
    ("Lycée Yves Thépot", "28 avenue Yves Thépot", "29000 Quimper", "centre d'écrit"),
    ("Lycée Alain-René Lesage", "20 rue Winston Churchill", "56000 Vannes", "centre d'écrit"),
]
CENTRE_ORAUX = ("Les épreuves orales E2, E7 et EF1 se déroulent au lycée Victor et Hélène Basch, 15 avenue Charles "
                "Tillon, 35000 Rennes. Les fiches de situations professionnelles de l'épreuve E7 y sont déposées, "
                "contre récépissé, au secrétariat du DDFPT.")
CENTRE_ANCIEN = ("Rappel : en 2026, les oraux étaient accueillis par le lycée Bréquigny (Rennes) ; ce centre n'est "
                 "pas reconduit en 2027. Aucune convocation ne doit y être adressée.")

T4 = "4. Délibération et résultats"
JURY = ("Le jury de délibération se réunit au lycée Chateaubriand le mercredi 30 juin 2027 à 14 h. Les résultats "
        "seront publiés le jeudi 1er juillet 2027 à 10 h sur le site de l'académie. Les relevés de notes sont "
        "édités par le rectorat de Rennes, 96 rue d'Antrain, 35705 Rennes Cedex 7.")
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Maëlle Quéméner"]
PIED = "Rectorat de Rennes – 96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"
