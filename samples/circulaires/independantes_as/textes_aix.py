"""Circulaire BTS GPME 2026, groupement Aix-Marseille (pilote) + Nice + Corse. Texte inventé."""
TITRE = "BTS Gestion de la PME (GPME) – Session 2026"
SOUS_TITRE = "Organisation inter-académique Aix-Marseille – Nice – Corse"
EMETTEUR = ["Académie d'Aix-Marseille – académie pilote du groupement",
            "Division des examens et concours – DIEC 13 – Bureau des BTS tertiaires",
            "Place Lucien-Paye, 13621 Aix-en-Provence Cedex 1"]
DATE = "Aix-en-Provence, le 2 février 2026"
REF = "Note n° 2026-0117 – Affaire suivie par M. Raphaël Castellani"
INTRO = [
    "La présente note précise l'organisation de la session 2026 du BTS Gestion de la PME pour les candidats des "
    "académies d'Aix-Marseille, de Nice et de Corse, regroupés sous le pilotage de l'académie d'Aix-Marseille.",
    "Les épreuves écrites sont communes au groupement. Les épreuves orales de l'épreuve E4, le dépôt des dossiers "
    "et les centres d'examen sont propres à chaque académie : ils sont présentés ci-dessous en trois colonnes.",
]
ECRITS = [
    ("Lundi 11 mai 2026", "10h00-12h00", "E2", "Communication en langue vivante étrangère (anglais)"),
    ("Mardi 12 mai 2026", "14h00-18h00", "E1", "Culture générale et expression"),
    ("Mercredi 13 mai 2026", "14h00-18h00", "E3", "Culture économique, juridique et managériale"),
    ("Vendredi 15 mai 2026", "09h00-13h00", "E6", "Soutenir le fonctionnement et le développement de la PME"),
]
ECRITS_NOTE = ("Jeudi 14 mai 2026 : Ascension, jour férié. L'épreuve E5 « Participer à la gestion des risques "
               "de la PME » est évaluée en contrôle en cours de formation (CCF) dans les établissements ; "
               "elle n'a pas de date de session.")
ACADEMIES = [
    ("Aix-Marseille", [
        ("Dépôt des dossiers E4", "Au plus tard le vendredi 10 avril 2026 avant 17h00, au centre d'examen."),
        ("Oraux E4", "Du mardi 26 mai au vendredi 29 mai 2026."),
    ], [("Lycée Saint-Exupéry", "529 chemin de la Madrague-Ville", "13015 Marseille"),
        ("Lycée Vauvenargues", "60 boulevard Carnot", "13100 Aix-en-Provence"),
        ("Lycée Louis-Pasquet", "11 rue Charles-Bödeker", "13200 Arles")]),
    ("Nice", [
        ("Dépôt des dossiers E4", "Au plus tard le lundi 13 avril 2026 à 16h00."),
        ("Oraux E4", "Du lundi 1er juin au mercredi 3 juin 2026."),
    ], [("Lycée Les Eucalyptus", "7 avenue des Eucalyptus", "06200 Nice"),
        ("Lycée Bonaparte", "avenue W.-Churchill", "83000 Toulon")]),
    ("Corse", [
        ("Dépôt des dossiers E4", "Au plus tard le jeudi 9 avril 2026 à 12h00 (délai d'acheminement)."),
        ("Oraux E4", "Jeudi 28 mai et vendredi 29 mai 2026."),
    ], [("Lycée Fesch", "5 cours Grandval", "20000 Ajaccio"),
        ("Lycée Giocante-de-Casabianca", "avenue Jean-Zuccarelli", "20200 Bastia")]),
]
FIN = [
    "Commission d'harmonisation des notes de l'épreuve E4 (représentants des trois académies) : "
    "jeudi 4 juin 2026 à 14h00, en visioconférence.",
    "Délibération du jury du groupement : mardi 23 juin 2026 à 09h30, au rectorat d'Aix-Marseille "
    "(Aix-en-Provence).",
    "Publication des résultats : vendredi 26 juin 2026 à 14h00.",
]
SIGNATURE = "Pour le recteur et par délégation, la cheffe de la DIEC, Hélène Morabito-Ricci"
