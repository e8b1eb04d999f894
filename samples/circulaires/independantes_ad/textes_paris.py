"""Textes de la circulaire fictive BTS Édition, académie de Paris, session 2026 (page HTML)."""

EN_TETE = ["Académie de Paris", "Rectorat — Division des examens et concours (DEC)",
           "Bureau DEC 5 — Brevets de technicien supérieur", "12 boulevard d'Indochine — 75019 Paris"]
LIEU_DATE = "Paris, le 27 janvier 2026"
OBJET = "Brevet de technicien supérieur Édition — session 2026 — calendrier et organisation des épreuves"
REFERENCES = ("arrêté du 3 septembre 1997 modifié portant définition du BTS Édition ; circulaire nationale "
              "d'organisation du 12 décembre 2025")
INTRO = ("L'académie de Paris organise l'examen pour ses candidats et pour ceux des académies de Créteil et de "
         "Versailles. Les épreuves se dérouleront selon le calendrier ci-dessous ; chaque épreuve est suivie de "
         "sa date puis de ses horaires.")

# niveau 1 : épreuve ; niveau 2 : date(s) ; niveau 3 : horaires
ECRITS = [
    ("E4 – A Étude de cas éditoriale (sous-épreuve de E4 Conception et gestion de projet éditorial)",
     "lundi 11 mai 2026", ["9 heures – 13 heures"]),
    ("E1 – Culture générale et expression", "mardi 12 mai 2026", ["14 heures – 18 heures"]),
    ("E3 – Environnement économique, juridique et culturel de l'édition", "mercredi 13 mai 2026",
     ["8 heures – midi"]),
    ("E2 – Langue vivante étrangère : anglais", "mercredi 13 mai 2026", ["14 heures – 16 heures"]),
    ("E5 – A Techniques de fabrication (sous-épreuve de E5 Fabrication et suivi de production)",
     "lundi 18 mai 2026", ["13 h 30 – 16 h 30"]),
]
ORAUX = [
    ("E5B – Chaîne graphique et numérique (pratique, 4 h)", "du mardi 26 au jeudi 28 mai 2026",
     ["de 8 h 30 à 12 h 30", "ou de 13 h 30 à 17 h 30, selon la convocation"]),
    ("E4 – B Soutenance du projet éditorial (oral, 30 minutes)",
     "du lundi 1er au mercredi 3 juin et du lundi 8 au mardi 9 juin 2026", ["horaire porté sur la convocation"]),
    ("EF1 – Langue vivante 2 (facultative, orale)", "jeudi 4 juin 2026", ["de 9 heures à midi"]),
    ("E6 – Épreuve professionnelle de synthèse (oral, 40 minutes)", "du mercredi 10 au vendredi 12 juin 2026",
     ["passages à partir de 8 heures"]),
]
AUTRES = [
    "Les dossiers de l'épreuve E6 sont déposés au plus tard le vendredi 17 avril 2026 à midi au secrétariat des "
    "examens du lycée Claude-Garamond. Les vacances de printemps (zone C) s'étendent du samedi 18 avril au "
    "lundi 4 mai 2026 : aucun dossier ne sera accepté pendant cette période.",
    "Le contrôle de conformité des dossiers E6 aura lieu le mercredi 6 mai 2026, de 14 heures à 17 heures, au "
    "lycée Claude-Garamond.",
    "La réunion d'harmonisation des examinateurs de la sous-épreuve E5B se tiendra le vendredi 22 mai 2026 à "
    "9 h 30 au lycée Nicolas-Jenson.",
    "Le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte), aucune épreuve n'est organisée.",
    "Le jury de délibération se réunira le jeudi 25 juin 2026 à 14 heures à la Maison des examens, "
    "7 rue Ernest-Renan, 94110 Arcueil.",
    "Les résultats seront publiés le vendredi 3 juillet 2026 à 10 heures.",
]
# annexe : centres par département (nom, adresse, téléphone, mél)
CENTRES = [
    ("Paris (75)", [
        ("Lycée Claude-Garamond", "22 rue de la Glacière, 75013 Paris", "01 45 35 12 40", "ce.0750651k@ac-paris.fr"),
        ("Lycée Nicolas-Jenson", "8 rue Titon, 75011 Paris", "01 43 71 20 88", "ce.0750702r@ac-paris.fr"),
    ]),
    ("Seine-Saint-Denis (93)", [
        ("Lycée Simone-Didot", "41 rue de Romainville, 93100 Montreuil", "01 48 57 64 10",
         "ce.0931204m@ac-creteil.fr"),
    ]),
    ("Hauts-de-Seine (92) et Val-de-Marne (94)", []),
]
SANS_CENTRE = "Pas de centre d'épreuves : les candidats sont convoqués au lycée Nicolas-Jenson."
FORMATION = [
    "École Gutenberg des métiers du livre (établissement privé hors contrat) — Paris 5e",
    "CFA des métiers du livre et de l'image — Ivry-sur-Seine",
]
SIGNATURE = ["Pour le recteur de la région académique Île-de-France, recteur de l'académie de Paris,",
             "et par délégation, le chef de la division des examens et concours", "Laurent Desbordes-Vial"]
