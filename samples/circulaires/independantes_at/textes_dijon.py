"""Circulaire fictive : BTS Gestion des transports et logistique associée (GTLA), académie de Dijon, session 2028.
Page HTML : tableau prévisionnel avec pastilles d'état, puis un calendrier définitif rédigé en prose qui
confirme certaines dates « sans changement » sans les réécrire."""

TITRE = "BTS GTLA — session 2028 — calendrier des épreuves"
EN_TETE = "Académie de Dijon · Rectorat · Division des examens et concours · Bureau des BTS"
LIEU_DATE = "Dijon, le lundi 20 mars 2028"
OBJET = "Objet : BTS Gestion des transports et logistique associée (GTLA) — session 2028 — calendrier définitif"
INTRO = ("Par note du 7 février 2028, un calendrier prévisionnel vous a été adressé. Il est rappelé en partie 1. "
         "La partie 2 arrête le calendrier définitif : elle seule fait foi pour les convocations.")
T1 = "1. Calendrier prévisionnel (rappel de la note du 7 février 2028)"
ENTETES = ["Épreuve / étape", "Date", "Horaire", "État"]
LIGNES = [  # (épreuve, date, horaire, état, classe CSS de la pastille)
    ("E1 — Culture générale et expression", "lundi 15 mai 2028", "13 h 30 – 17 h 30", "sous réserve", "res"),
    ("E2 — Langue vivante A : anglais", "mardi 16 mai 2028", "9 h – 11 h", "sous réserve", "res"),
    ("E3 — Langue vivante B", "mercredi 17 mai 2028", "14 h – 16 h", "sous réserve", "res"),
    ("E4 — Mise en œuvre d'opérations de transport et de prestations logistiques", "jeudi 18 mai 2028",
     "8 h 30 – 12 h 30", "sous réserve", "res"),
    ("E5 — Conception d'opérations de transport (oral)", "semaine 23 (date exacte communiquée ultérieurement)",
     "—", "à préciser", "tbd"),
    ("Dépôt des dossiers E5", "xx/05/2028", "—", "à préciser", "tbd"),
    ("E6 — Analyse de la performance d'une activité", "voir note ultérieure", "—", "voir note ultérieure", "tbd"),
    ("EF1 — Langue vivante facultative", "date à préciser", "—", "à préciser", "tbd"),
    ("Jury de délibération", "date à préciser", "—", "à préciser", "tbd"),
    ("Publication des résultats", "voir note ultérieure", "—", "voir note ultérieure", "tbd"),
]
T2 = "2. Calendrier définitif"
DEFINITIF = [
    "Les dates et horaires prévisionnels des épreuves E1, E2 et E4 sont confirmés sans changement.",
    "L'épreuve E3 (langue vivante B) est déplacée : elle a lieu le vendredi 19 mai 2028, de 14 h à 16 h.",
    "Les épreuves écrites se déroulent au lycée Hippolyte-Fontaine, 20 boulevard Voltaire, 21000 Dijon.",
    "L'oral E5 a lieu du mardi 6 au vendredi 9 juin 2028 (le lundi 5 juin 2028, lundi de Pentecôte, est férié) au "
    "lycée Nicéphore-Niépce, 141 avenue Boucicaut, 71100 Chalon-sur-Saône. Les dossiers E5 y sont déposés au plus "
    "tard le mercredi 24 mai 2028 à 16 h.",
    "L'épreuve E6 est évaluée en contrôle en cours de formation : elle n'a pas de date académique.",
    "La date de l'épreuve facultative EF1 reste à préciser.",
    "Le jury de délibération se réunit le lundi 3 juillet 2028 à 14 h au rectorat de Dijon.",
    "La date de publication des résultats sera fixée par une note ultérieure.",
]
NOTE = ("Les étudiants du lycée Carnot de Dijon (établissement de formation) sont convoqués au lycée Hippolyte-Fontaine. "
        "Aucune épreuve n'a lieu le jeudi 25 mai 2028 (Ascension).")
SIGNATURE = "Pour le recteur et par délégation, la cheffe de la DEC — Solène Bourdon"
