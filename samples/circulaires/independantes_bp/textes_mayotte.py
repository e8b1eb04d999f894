"""Rectorat de La Réunion (DEC) writing to the rectrice de l'académie de Mayotte - BTS GTLA, session 2026. All invented."""

EN_TETE = [
    "Division des examens et concours",
    "DEC 2 — Examens post-baccalauréat",
]
PIED = "Rectorat de La Réunion — 24 avenue Georges Brassens — 97702 Saint-Denis Messag cedex 9 — 0262 48 10 10"

BLOCS = [
    ("right", "Saint-Denis, le 20 janvier 2026"),
    ("p", "Affaire suivie par : Josian Payet\nDEC 2 — tél. 0262 48 13 77"),
    ("indent", "à\n\nMadame la rectrice de l'académie de Mayotte\nRectorat de Mayotte — Mamoudzou\n\n"
               "Copie : Mesdames et Messieurs les proviseurs des lycées\nformant au BTS GTLA (La Réunion et Mayotte)"),
    ("bold", "Objet : BTS Gestion des transports et logistique associée (GTLA) — session 2026\n"
             "Organisation commune des épreuves pour les candidats réunionnais et mahorais"),
    ("p", "Madame la rectrice,"),
    ("p", "Comme convenu lors de notre échange du 9 décembre 2025, l'académie de La Réunion assure, pour la session 2026, "
          "l'organisation du BTS GTLA pour les candidats des deux académies. J'ai l'honneur de vous faire connaître le calendrier "
          "retenu. Les épreuves écrites se déroulent simultanément dans les quatre centres, aux heures locales indiquées."),
    ("table", [
        ["Épreuve", "Date", "Horaire"],
        ["E3 — Culture économique, juridique et managériale", "lundi 11 mai 2026", "13 h 00 – 17 h 00"],
        ["E1 — Culture générale et expression", "mardi 12 mai 2026", "8 h 00 – 12 h 00"],
        ["E21 — Anglais (écrit)", "mardi 12 mai 2026", "14 h 00 – 16 h 00"],
        ["E4 — Mise en œuvre d'opérations de transport et de prestations logistiques", "mercredi 13 mai 2026", "8 h 00 – 12 h 00"],
        ["E5 — Conception d'opérations de transport et de prestations logistiques", "lundi 18 mai 2026", "8 h 00 – 12 h 00"],
    ], [8.5, 4.5, 3.5]),
    ("p", "Centres d'écrit — La Réunion : lycée Le Verger, Sainte-Marie ; lycée Roland Garros, Le Tampon. "
          "Mayotte : lycée des Lumières, Mamoudzou ; lycée de Kahani, Ouangani."),
    ("p", "L'épreuve E2 (langues vivantes) comprend l'écrit E21 et l'oral E22. L'oral E22 aura lieu du mardi 26 mai au "
          "vendredi 29 mai 2026 dans les centres d'écrit."),
    ("p", "Les dossiers de l'épreuve E6 « Pérennisation et développement de l'activité » sont déposés au plus tard le "
          "vendredi 3 avril 2026 à 16 h 00 ; le contrôle de conformité aura lieu le mercredi 15 avril 2026 à 9 h 00. "
          "Les convocations seront adressées à partir du lundi 20 avril 2026."),
    ("p", "Les oraux E6 se tiendront du mardi 2 juin au jeudi 4 juin 2026 au lycée Le Verger pour les candidats réunionnais, "
          "puis du lundi 8 juin au mardi 9 juin 2026 au lycée des Lumières, à Mamoudzou, où une commission se déplacera pour "
          "les candidats mahorais."),
    ("p", "Je vous serais reconnaissant de me faire parvenir la liste des examinateurs mahorais pressentis avant le "
          "vendredi 20 mars 2026. Je rappelle que le lundi 27 avril 2026, jour férié à Mayotte, ainsi que le jeudi 14 mai 2026 "
          "(Ascension) et le lundi 25 mai 2026 (Pentecôte) ne comportent aucune épreuve."),
    ("p", "Le jury de délibération se réunira au rectorat, à Saint-Denis, le mardi 23 juin 2026 à 9 h 00 ; les résultats "
          "seront publiés le mercredi 24 juin 2026 à 15 h 00."),
    ("p", "Je vous prie d'agréer, Madame la rectrice, l'expression de ma haute considération."),
    ("sig", "Pour le recteur de la région académique La Réunion,\nrecteur de l'académie de La Réunion,\net par délégation,\n"
            "le chef de la division des examens et concours,\n\nDidier Hoarau-Clain"),
]

PIEGES = ["2026-01-20", "2025-12-09", "2026-04-27", "2026-05-14", "2026-05-25"]
