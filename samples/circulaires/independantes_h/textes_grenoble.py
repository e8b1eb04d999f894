"""Texte de la page web fictive : BTS NDRC, académie de Grenoble, session 2026."""

SITE = "Académie de Grenoble"
NAV = ["Accueil", "Examens et concours", "BTS", "Calendriers 2026"]
PUBLIE = "Publié le 02/02/2026"
TITRE = "BTS Négociation et digitalisation de la relation client (NDRC) – session 2026"
CHAPO = ("Circulaire rectorale du 2 février 2026 – Division des examens et concours (DEC 5). "
         "Calendrier et organisation des épreuves dans l'académie de Grenoble.")

ECRITS_TITRE = "Épreuves écrites – calendrier national"
ECRITS_NOTE = ("Les horaires applicables dans l'académie de Grenoble sont ceux de la colonne Métropole. "
               "Polynésie française et Nouvelle-Calédonie : sujets et calendrier fixés par les vice-rectorats.")
TERRITOIRES = ["Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte", "Polynésie", "Nouvelle-Calédonie"]
ECRITS = [
    ("E3", "Culture économique, juridique et managériale", "lun. 11/05/26",
     ["14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h", "sujet spécifique", "sujet spécifique"], "4 h"),
    ("E1", "Culture générale et expression", "mar. 12/05/26",
     ["14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h", "sujet spécifique", "sujet spécifique"], "4 h"),
    ("E5 A", "Relation client à distance et digitalisation – partie écrite", "mer. 13/05/26",
     ["14h-17h", "8h-11h", "9h-12h", "16h-19h", "15h-18h", "sujet spécifique", "sujet spécifique"], "3 h"),
]
FERIES = "Jeu. 14/05/26 (Ascension) et ven. 15/05/26 (pont) : aucune épreuve. Lun. 25/05/26 : lundi de Pentecôte."

ORAUX_TITRE = "Épreuves orales et pratiques (candidats hors CCF)"
ORAUX = [
    ("E4", "Relation client et négociation-vente", "du mar. 26/05/26 au ven. 29/05/26", "Vaucanson, Sommeiller"),
    ("E5 – B", "Relation client à distance et digitalisation – partie pratique (40 min)",
     "du lun. 01/06/26 au mer. 03/06/26", "Vaucanson, Louis Armand"),
    ("E6", "Relation client et animation de réseaux", "du jeu. 04/06/26 au ven. 05/06/26",
     "Vaucanson, Algoud-Laffemas"),
    ("E2", "Communication en langue vivante étrangère (oral, candidats individuels)",
     "lun. 08/06/26 – mar. 09/06/26", "Vaucanson"),
    ("EF1", "Langue vivante étrangère 2 (facultative)", "mer. 10/06/26", "Vaucanson"),
]
E5_NOTE = ("L'épreuve E5 « Relation client à distance et digitalisation » comporte une partie écrite (E5 A, "
           "ponctuelle pour tous les candidats) et une partie pratique (E5 – B).")

DOSSIERS_TITRE = "Dossiers, réunions, jury"
DOSSIERS = [
    "Dépôt des dossiers E4 et E6 des candidats hors CCF : ven. 27/03/26 à 17h00, au centre d'épreuves.",
    "Contrôle de conformité des dossiers E4 et E6 : jeu. 02/04/26, 13:30, dans chaque centre.",
    "Réunion d'harmonisation des examinateurs E4 et E6 : mar. 19/05/26 – 9h30, lycée Vaucanson.",
    "Jury de délibération : mer. 24/06/26 à 9h, rectorat de Grenoble.",
    "Publication des résultats : ven. 03/07/26 à 10h.",
]
VACANCES = "Vacances de printemps (zone A) : du samedi 4 avril au lundi 20 avril 2026."

CENTRES_TITRE = "Centres d'épreuves"
CENTRES = [
    ("Lycée Vaucanson", "27 rue Anatole France\nCS 20043", "38030", "Grenoble"),
    ("Lycée Germain Sommeiller", "2 boulevard du Fier\nBP 2051", "74011", "Annecy"),
    ("Lycée Louis Armand", "321 rue du Grand Champ\nBP 1104", "73011", "Chambéry"),
    ("Lycée Algoud-Laffemas", "37 rue Barthélémy de Laffemas\nBP 20", "26901", "Valence"),
]
FORMATION_TITRE = "Établissements de formation (ne sont pas centres d'épreuves)"
FORMATION = ["Lycée Marie Curie – Échirolles", "CFA Formaposte Sud-Est – Saint-Martin-d'Hères",
             "Lycée Saint-Michel – Annecy", "IFRIA Auvergne-Rhône-Alpes – Montélimar"]
CONTACT = "Contact : DEC 5 – rectorat de Grenoble, 7 place Bir-Hakeim, CS 81065, 38021 Grenoble Cedex 1 – ce.dec5@ac-grenoble.fr"
PIED = ["Mentions légales", "Plan du site", "Accessibilité : partiellement conforme", "© Académie de Grenoble"]
