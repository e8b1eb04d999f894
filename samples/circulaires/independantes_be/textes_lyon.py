"""Texte de la circulaire fictive BTS Tourisme, académie de Lyon, session 2028 (document ODT).
Pièges : « pour mémoire, en 2027 … », encadré « Rappel : dates de la session précédente »,
annexe « Ancien calendrier (pour information) » reproduisant le calendrier 2027 barré."""

EN_TETE = ["Académie de Lyon", "Rectorat – Division des examens et concours (DEC)", "Pôle des examens post-baccalauréat"]
REF = "DEC 4 / BTS / n° 2027-118"
LIEU_DATE = "Lyon, le 15 décembre 2027"
DESTINATAIRES = ("Madame la rectrice de la région académique Auvergne-Rhône-Alpes, rectrice de l'académie de Lyon, "
                 "à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat, les directeurs "
                 "de CFA et d'organismes de formation préparant au BTS Tourisme.")
OBJET = "Objet : BTS Tourisme – organisation de la session 2028"
INTRO = ("J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2028 du brevet de "
         "technicien supérieur Tourisme. Les effectifs connus au 1er décembre 2027 s'élèvent à 642 candidats "
         "(588 présents et 79,3 % de réussite lors de la session 2027).")

T1 = "I. Calendrier de la session 2028"
CAL_INTRO = "Seul le calendrier ci-dessous s'applique à la session 2028."
CAL_ENTETE = ["Épreuve", "Date", "Horaire", "Lieu"]
CAL = [
    ["Dépôt des dossiers de l'épreuve E6 – Parcours de professionnalisation", "vendredi 21 avril 2028",
     "avant 16 h", "Lycée Honoré d'Urfé"],
    ["Contrôle de conformité des dossiers E6", "mercredi 26 avril 2028", "9 h", "Lycée Honoré d'Urfé"],
    ["E1 – Culture générale et expression (écrit)", "lundi 15 mai 2028", "14 h – 18 h", "centres d'écrit"],
    ["E5 – Gestion de l'information touristique (écrit)", "mardi 16 mai 2028", "9 h 30 – 12 h 30", "centres d'écrit"],
    ["E4 – Élaboration d'une prestation touristique (écrit)", "mercredi 17 mai 2028", "13 h 30 – 17 h 30",
     "centres d'écrit"],
    ["Réunion d'entente des correcteurs de l'épreuve E4", "lundi 22 mai 2028", "14 h", "Lycée Ampère Saxe"],
    ["E21 – Langue vivante A et E22 – Langue vivante B (oraux ponctuels)", "du lundi 29 mai au mercredi 31 mai 2028",
     "selon convocation", "Lycée Ampère Saxe"],
    ["EF1 – Langue vivante C facultative (oral)", "jeudi 1er juin 2028", "selon convocation", "Lycée Ampère Saxe"],
    ["E3 – Gestion de la relation clientèle touristique (oral ponctuel)", "du mardi 6 au vendredi 9 juin 2028",
     "selon convocation", "Lycée Honoré d'Urfé"],
    ["E6 – Parcours de professionnalisation (oral)", "du lundi 12 au vendredi 16 juin 2028", "selon convocation",
     "Lycée Honoré d'Urfé"],
    ["Jury de délibération", "mardi 4 juillet 2028", "9 h", "Rectorat"],
    ["Publication des résultats", "mercredi 5 juillet 2028", "14 h", "—"],
]
CAL_NOTE = ("L'épreuve E2 – Communication en langues vivantes étrangères comprend les sous-épreuves E21 et E22. "
            "Les candidats scolaires des établissements habilités sont évalués en CCF pour E21, E22 et E3. "
            "Vacances de printemps (zone A) : du samedi 8 avril au dimanche 23 avril 2028.")

ENCADRE_TITRE = "Rappel : dates de la session précédente (2027)"
ENCADRE = [
    "Écrits : du lundi 10 au mercredi 12 mai 2027.",
    "Oraux E21 / E22 : du mardi 25 au vendredi 28 mai 2027.",
    "Dépôt des dossiers E6 : vendredi 16 avril 2027.",
    "Jury : lundi 5 juillet 2027 ; résultats : mardi 6 juillet 2027.",
]
MEMOIRE = ("Pour mémoire, en 2027 les écrits avaient eu lieu du lundi 10 au mercredi 12 mai 2027 et les oraux de "
           "l'épreuve E6 s'étaient tenus du lundi 7 au vendredi 11 juin 2027 au lycée Jean Puy de Roanne. Ce "
           "centre n'est pas reconduit en 2028 : les oraux E3 et E6 ont désormais lieu à Saint-Étienne.")

T2 = "II. Centres d'épreuves"
CENTRES = [
    ("Lycée Ampère Saxe", "29 cours de la Liberté, 69003 Lyon", "écrits, oraux E21, E22 et EF1, réunion d'entente"),
    ("Lycée Lalande", "16 rue du Lycée, 01000 Bourg-en-Bresse", "écrits (candidats de l'Ain)"),
    ("Lycée Honoré d'Urfé", "1 impasse Le Châtelier, 42000 Saint-Étienne", "dépôt des dossiers E6, oraux E3 et E6"),
]
JURY = ("Le jury se réunira au rectorat de Lyon, 92 rue de Marseille, 69007 Lyon, le mardi 4 juillet 2028 à 9 h. "
        "Les résultats seront accessibles aux candidats le mercredi 5 juillet 2028 à partir de 14 h.")
T3 = "III. Dossiers de l'épreuve E6"
DOSSIERS = ("Les dossiers de l'épreuve E6 (deux exemplaires) sont déposés au lycée Honoré d'Urfé au plus tard le "
            "vendredi 21 avril 2028 avant 16 h. La commission de contrôle de conformité se réunit le mercredi "
            "26 avril 2028 à 9 h ; les établissements seront informés des éventuelles non-conformités dans la "
            "journée.")
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,", "Thibaut Vernay-Morel"]

ANNEXE_TITRE = "Annexe – Ancien calendrier (session 2027, pour information)"
ANNEXE_NOTE = "Ce calendrier est périmé. Il est reproduit barré pour permettre la comparaison avec la session 2028."
ANNEXE = [
    ["Dépôt des dossiers E6", "vendredi 16 avril 2027", "avant 16 h", "Lycée Jean Puy, Roanne"],
    ["E1 – Culture générale et expression", "lundi 10 mai 2027", "14 h – 18 h", "centres d'écrit"],
    ["E5 – Gestion de l'information touristique", "mardi 11 mai 2027", "9 h 30 – 12 h 30", "centres d'écrit"],
    ["E4 – Élaboration d'une prestation touristique", "mercredi 12 mai 2027", "13 h 30 – 17 h 30", "centres d'écrit"],
    ["E21 et E22 – oraux ponctuels", "du mardi 25 au vendredi 28 mai 2027", "selon convocation", "Lycée Ampère Saxe"],
    ["EF1 – Langue vivante C facultative", "lundi 31 mai 2027", "selon convocation", "Lycée Ampère Saxe"],
    ["E3 – Gestion de la relation clientèle touristique", "du mardi 1er au vendredi 4 juin 2027",
     "selon convocation", "Lycée Jean Puy, Roanne"],
    ["E6 – Parcours de professionnalisation", "du lundi 7 au vendredi 11 juin 2027", "selon convocation",
     "Lycée Jean Puy, Roanne"],
    ["Jury de délibération", "lundi 5 juillet 2027", "9 h", "Rectorat"],
    ["Publication des résultats", "mardi 6 juillet 2027", "14 h", "—"],
]
