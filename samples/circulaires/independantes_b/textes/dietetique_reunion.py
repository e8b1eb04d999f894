"""BTS Diététique, académie de La Réunion, session 2025 — calendrier sur deux pages
(texte posé en x/y ; une ligne de date puis les épreuves du jour ; ville sous l'établissement)."""

ENTETE = ["ACADÉMIE DE LA RÉUNION", "Rectorat – Division des examens et concours",
          "DEC 4 – Enseignement supérieur"]
TITRE = "BTS DIÉTÉTIQUE – SESSION 2025"
SOUS_TITRE = "CALENDRIER DES ÉPREUVES"
AVIS = "Tous les horaires sont exprimés en heure de La Réunion (UTC+4)."

CENTRES_ECRIT = [
    ("Candidats du Nord et de l'Est", ["Lycée Leconte de Lisle", "SAINT-DENIS"]),
    ("Candidats du Sud et de l'Ouest", ["Lycée Roland Garros", "LE TAMPON"]),
]

JOURS_ECRITS = [
    ("LUNDI 12 MAI 2025", [
        ("16 h 00 – 20 h 00", "E.1", "Culture générale et expression", "4 h"),
    ]),
    ("MARDI 13 MAI 2025", [
        ("12 h 00 – 14 h 00", "E.2", "Langue vivante étrangère", "2 h"),
        ("16 h 00 – 19 h 00", "E.3", "Biochimie – physiologie", "3 h"),
    ]),
    ("MERCREDI 14 MAI 2025", [
        ("12 h 00 – 16 h 00", "E.4", "Bases physiopathologiques de la diététique", "4 h"),
    ]),
    ("JEUDI 15 MAI 2025", [
        ("16 h 00 – 18 h 00", "E.5", "Économie et gestion", "2 h"),
    ]),
]
CORRECTION = ("Correction des épreuves E.1 à E.5 : du mardi 20 mai au mardi 27 mai 2025",
              ["Lycée Leconte de Lisle", "SAINT-DENIS"])

PRATIQUES = [
    ("E.6", "Activités technologiques d'alimentation", "pratique – 5 h",
     "du lundi 2 juin au mercredi 4 juin 2025", ["Lycée Ambroise Vollard", "SAINT-PIERRE"]),
    ("E.7", "Épreuve professionnelle de synthèse", "oral – 40 min",
     "du mardi 10 juin au jeudi 12 juin 2025", ["Lycée Bellepierre", "SAINT-DENIS"]),
]
NOTE_PRATIQUES = "Les convocations précisent le jour et l'heure de passage de chaque candidat."

ECHEANCES = [
    ("Remise des fiches techniques (E.6)", "vendredi 16 mai 2025 à 12 h 00",
     ["Lycée Ambroise Vollard", "SAINT-PIERRE"]),
    ("Réunion d'entente des correcteurs E.4 (visioconférence)", "lundi 19 mai 2025 à 14 h 00", ["", ""]),
    ("Dépôt du mémoire (E.7) – 3 exemplaires", "mercredi 21 mai 2025 à 16 h 00",
     ["Rectorat – DEC 4", "SAINT-DENIS"]),
    ("Contrôle de conformité des mémoires (E.7)", "mardi 27 mai 2025 à 9 h 00",
     ["Rectorat", "SAINT-DENIS"]),
    ("Jury de délibération", "jeudi 26 juin 2025 à 8 h 30",
     ["Lycée Bellepierre", "SAINT-DENIS"]),
    ("Publication des résultats", "vendredi 27 juin 2025 à 15 h 00", ["", ""]),
]
PIED = "Rectorat de La Réunion – 24 avenue Georges Brassens – CS 71003 – 97743 Saint-Denis Cedex 9"
