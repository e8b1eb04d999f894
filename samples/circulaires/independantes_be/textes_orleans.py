"""Texte de la circulaire fictive BTS Systèmes numériques, académie d'Orléans-Tours, session 2026 (PDF reportlab).
Pièges : la date de la session 2025 est rappelée entre parenthèses après chaque date 2026 ; histogramme des
effectifs 2022-2026 ; E5 datée en 2025 mais en CCF seulement en 2026 ; ancien centre d'oral."""

EN_TETE = ["Académie d'Orléans-Tours", "Rectorat – Division des examens et concours", "DEC 2 – Examens de l'enseignement supérieur"]
LIEU_DATE = "Orléans, le 19 janvier 2026"
DESTINATAIRES = ["Le recteur de l'académie d'Orléans-Tours", "à", "Mesdames et Messieurs les proviseurs",
                 "Mesdames et Messieurs les directeurs de CFA", "s/c de Mesdames et Messieurs les IA-IPR et IEN-ET"]
OBJET = "Objet : BTS Systèmes numériques, option A Informatique et réseaux (SN) – session 2026"
INTRO = ("La présente circulaire précise l'organisation de la session 2026. Pour chaque étape, la date correspondante "
         "de la session 2025 est indiquée entre parenthèses, en italique, afin que les équipes mesurent les "
         "décalages : ces dates de 2025 ne sont données que pour comparaison.")

T1 = "1. Épreuves écrites (candidats ponctuels et scolaires)"
ECRITS = [
    ("E1 – Culture générale et expression", "lundi 11 mai 2026, 14 h – 18 h", "session 2025 : lundi 12 mai 2025"),
    ("E4 – Étude d'un système numérique et d'information", "mardi 12 mai 2026, 8 h – 14 h",
     "session 2025 : mardi 13 mai 2025"),
    ("E3 – Mathématiques (candidats ponctuels)", "mercredi 13 mai 2026, 10 h – 12 h",
     "session 2025 : mercredi 14 mai 2025"),
]
E5 = ("E5 – Valorisation de la donnée et cybersécurité : à compter de la session 2026, épreuve évaluée en CCF "
      "uniquement, sans date académique (en 2025 : épreuve ponctuelle le jeudi 15 mai 2025).")
CENTRES_ECRITS = ("Centres d'écrit : lycée Jean Zay, 2 rue Ferdinand Buisson, 45000 Orléans ; lycée Jacques Cœur, "
                  "108 rue Jean Baffier, 18000 Bourges.")

T2 = "2. Épreuves orales et dossiers"
ORAUX = [
    ("E2 – Anglais (oral ponctuel)", "du mardi 26 au vendredi 29 mai 2026", "session 2025 : du lundi 2 au vendredi 6 juin 2025"),
    ("E61 – Rapport de stage : dépôt du rapport", "vendredi 22 mai 2026 avant 17 h", "session 2025 : vendredi 23 mai 2025"),
    ("E62 – Projet technique : contrôle de conformité des dossiers", "mercredi 27 mai 2026 à 14 h",
     "session 2025 : mercredi 28 mai 2025"),
    ("E61 – Rapport de stage : soutenances", "du lundi 8 au mercredi 10 juin 2026",
     "session 2025 : du mardi 10 au jeudi 12 juin 2025"),
    ("E62 – Projet technique : soutenances", "du lundi 15 au vendredi 19 juin 2026",
     "session 2025 : du lundi 16 au vendredi 20 juin 2025"),
]
E6 = ("L'épreuve E6 – Épreuve professionnelle de synthèse comprend les sous-épreuves E61 et E62. Les rapports de "
      "stage sont déposés au lycée Vaucanson, 1 rue Védrines, 37000 Tours, où se déroulent également toutes les "
      "soutenances E61 et E62. En 2025, les soutenances avaient été organisées au lycée Durzy de Villemandeur ; "
      "ce centre n'accueille plus d'épreuve de BTS SN.")
NOUVEAU = "Nouveau en 2026"

T3 = "3. Jury et résultats"
JURY = ("Le jury de délibération se réunit au lycée Jean Zay d'Orléans le mardi 30 juin 2026 à 9 h 30 "
        "(session 2025 : mardi 1er juillet 2025). Les résultats seront publiés le jeudi 2 juillet 2026 à 14 h "
        "(session 2025 : jeudi 3 juillet 2025).")

T4 = "4. Effectifs"
EFFECTIFS_TEXTE = ("Effectifs inscrits à chaque session (arrêtés au 15 janvier de l'année de la session ; pour 2026, "
                   "effectifs au 15 janvier 2026 provisoires).")
EFFECTIFS = [("2022", 318), ("2023", 341), ("2024", 356), ("2025", 372), ("2026", 389)]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "Armand Thévenot-Lucas"]
NOTE_BAS = ("Les dates de la session 2025 sont rappelées à titre indicatif ; elles ne valent pas convocation. "
            "Rectorat d'Orléans-Tours, 21 rue Saint-Étienne, 45043 Orléans Cedex 1.")
