"""Vice-rectorat de la Polynésie française - BTS MHR, session 2030 (web page). All invented."""

EN_TETE = [
    "VICE-RECTORAT DE LA POLYNÉSIE FRANÇAISE",
    "Liberté — Égalité — Fraternité",
    "Direction des examens et concours (DEC) — Bureau des examens post-bac",
    "BP 1632 — 98713 Papeete — Tahiti",
]
PIED = "© Vice-rectorat de la Polynésie française — mentions légales — plan du site"

TITRE = "BTS Management en hôtellerie-restauration (MHR) : calendrier de la session 2030"
CHAPO = ("Publié le jeudi 7 février 2030 — rubrique Examens › BTS. "
         "Circulaire conjointe du vice-recteur de la Polynésie française et de la Direction générale de l'éducation et des "
         "enseignements (DGEE).")

BLOCS = [
    ("p", "Les sujets des épreuves écrites sont nationaux (académie pilote : Nice) ; toutes les heures indiquées ci-dessous sont "
          "des heures locales de Tahiti. Les dispositions de la convention du 22 octobre 2016 entre l'État et la Polynésie française "
          "restent applicables."),
    ("h", "Épreuves écrites"),
    ("table", [
        ["Épreuve", "Date", "Heure locale"],
        ["E3 — Management de l'entreprise hôtelière et mercatique des services", "lundi 13 mai 2030", "7 h 30 – 11 h 30"],
        ["E1 — Culture générale et expression", "mardi 14 mai 2030", "7 h 30 – 11 h 30"],
        ["E21 — Langue vivante A (écrit)", "mardi 14 mai 2030", "13 h 00 – 15 h 00"],
    ], None),
    ("p", "Centres d'écrit : lycée Paul-Gauguin, Papeete ; lycée d'Uturoa, Uturoa (Raiatea)."),
    ("h", "Épreuves pratiques et orales"),
    ("ul", [
        "E4 — Conception et production de services (options A, B et C) : du lundi 20 mai au vendredi 24 mai 2030, "
        "au lycée hôtelier de Tahiti, Punaauia.",
        "E22 — Langue vivante B (oral) : mardi 28 mai 2030, lycée Paul-Gauguin, Papeete.",
        "E5 — Entrepreneuriat en hôtellerie-restauration (soutenance) : du lundi 3 juin au mercredi 5 juin 2030, "
        "au lycée hôtelier de Tahiti.",
    ]),
    ("p", "L'épreuve E2 se compose de l'écrit E21 et de l'oral E22."),
    ("h", "Dossier E5 et contrôle de conformité"),
    ("p", "Le dossier de l'épreuve E5 est déposé au lycée hôtelier de Tahiti avant le vendredi 12 avril 2030 à 11 h 00. "
          "Le contrôle de conformité des dossiers E5 se tiendra le mardi 23 avril 2030 à 8 h 00. "
          "Les convocations seront disponibles sur Cyclades à compter du lundi 15 avril 2030."),
    ("h", "Notes, jury, résultats"),
    ("p", "Les notes de CCF sont saisies avant le vendredi 31 mai 2030. Le jury se réunira le jeudi 20 juin 2030 à 8 h 00 "
          "au vice-rectorat, à Papeete ; les résultats seront affichés le vendredi 21 juin 2030 à 14 h 00."),
    ("p", "Rappel : le mardi 5 mars 2030 (arrivée de l'Évangile) et le jeudi 30 mai 2030 (Ascension) sont fériés en Polynésie française."),
    ("sig", "Le vice-recteur de la Polynésie française, Teiki Marchand-Tauraa\nLa directrice générale de l'éducation et des enseignements, Vaimiti Lenoir"),
]

PIEGES = ["2030-02-07", "2016-10-22", "2030-03-05", "2030-05-30"]
