"""Textes de la circulaire fictive BTS GPME, académie de La Réunion, session 2026 (heures locales)."""

EN_TETE = "Académie de La Réunion — Division des examens et concours — BTS GPME 2026"
EMETTEUR = ("RECTORAT DE LA RÉUNION\nDivision des examens et concours — Bureau DEC 2\n"
            "24 avenue Georges-Brassens — CS 71003\n97743 Saint-Denis Cedex 9")
LIEU_DATE = "Saint-Denis, le 14 janvier 2026"
OBJET = "Objet : BTS Gestion de la PME (GPME) — session 2026 — organisation des épreuves"
AVERTISSEMENT = ("À RETENIR — Tous les horaires de la présente circulaire sont exprimés en heure de La Réunion. "
                 "Les sujets étant nationaux, les épreuves écrites débutent au même instant qu'en métropole, "
                 "soit deux heures plus tard à l'horloge locale. La fin de chaque épreuve se déduit de sa durée.")
TITRE_ECRITS = "1. Épreuves écrites — fiche horaire"
ENTETES = ["Jour", "Épreuve", "Début (heure de La Réunion)", "Durée"]
ECRITS = [
    ("lun. 11/05", "E3 — Culture économique, juridique et managériale", "16 h 00\n(14 h 00 à Paris)", "4 h"),
    ("mar. 12/05", "E1 — Culture générale et expression", "16 h 00\n(14 h 00 à Paris)", "4 h"),
    ("mer. 13/05", "E2 — Langue vivante étrangère : anglais (écrit)", "12 h 00\n(10 h 00 à Paris)", "2 h"),
    ("lun. 18/05", "E6 — Soutenir le fonctionnement et le développement de la PME", "15 h 30\n(13 h 30 à Paris)",
     "4 h 30"),
]
NOTE_ECRITS = ("Les dates du tableau s'entendent en mai 2026. Le jeudi 14 mai 2026 (Ascension) est férié. "
               "Les candidats sont présents dans la salle trente minutes avant le début de l'épreuve.")
TITRE_ORAUX = "2. Épreuves orales"
ORAUX = [
    "E4 — Gérer la relation avec les clients et les fournisseurs de la PME (candidats hors CCF) : du mardi 26 au "
    "vendredi 29 mai 2026.",
    "E5 — Participer à la gestion des risques de la PME (forme ponctuelle) : du lundi 1er au mercredi 3 juin 2026.",
    "EF1 — Langue vivante étrangère 2 (facultative) : jeudi 4 juin 2026, de 8 h à 12 h, au lycée Anchaing-Héva.",
]
TITRE_DOSSIERS = "3. Dossiers et réunions"
DOSSIERS = [
    "Dépôt des dossiers E4 (tableaux de synthèse et fiches d'activités) : au plus tard le jeudi 30 avril 2026 "
    "à 16 h, au lycée Anchaing-Héva.",
    "Contrôle de conformité des dossiers E4 : mardi 5 mai 2026 à 8 h 30.",
    "EF2 — Engagement étudiant : le dossier sera remis au plus tard le vendredi 24 avril 2026 à 12 h au rectorat.",
    "Réunion d'entente des examinateurs E4 et E5 : vendredi 22 mai 2026 à 13 h 30, au lycée Dimitile.",
]
TITRE_FIN = "4. Jury et résultats"
FIN = [
    "Le jury de délibération se réunira le mercredi 1er juillet 2026 à 8 h 30 au rectorat.",
    "Les résultats seront publiés le jeudi 2 juillet 2026 à 14 h.",
]
TITRE_CENTRES = "5. Centres d'épreuves"
CENTRES = [
    "Lycée Anchaing-Héva\n10 rue du Butor\n97400 Saint-Denis\nTél. 0262 90 41 00",
    "Lycée Dimitile\n2 chemin Bois-d'Olive\n97410 Saint-Pierre\nTél. 0262 35 18 20",
    "Lycée Cap-Lahoussaye\n120 chemin de la Plaine\n97460 Saint-Paul\nTél. 0262 45 77 30",
]
TITRE_FORMATION = "Organismes de formation (non centres d'épreuves)"
FORMATION = ["CFA académique — site du Port", "Institut régional de formation tertiaire — Saint-André"]
SIGNATURE = "Pour la rectrice et par délégation,\nla cheffe de la DEC\n\nMarie-Annick Payet"
