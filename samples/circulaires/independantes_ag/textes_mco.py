# -*- coding: utf-8 -*-
"""Page web fictive du vice-rectorat des îles Wallis et Futuna : BTS MCO, session 2028, horaires locaux."""

TITRE_SITE = "Vice-rectorat des îles Wallis et Futuna"
MENU = ["Accueil", "Examens", "Personnels", "Orientation", "Contact"]
FIL = "Accueil › Examens › BTS › Session 2028"
TITRE = "BTS Management commercial opérationnel (MCO) — session 2028 : organisation"
PUBLIE = "Publié le 22/02/2028 — Service des examens et concours (SEC)"
CHAPO = ("Toutes les heures indiquées sur cette page sont en heure locale de Wallis-et-Futuna (UTC+12). "
         "La colonne « heure de Paris » est donnée à titre indicatif pour les échanges avec les services nationaux.")
ECRITS_TITRE = "Épreuves écrites"
# colonnes : Date (heure locale) | Épreuve | Horaires à Wallis | Horaires à Futuna | Heure de Paris
ECRITS = [
    ("mardi 16 mai 2028", "E3 Culture économique, juridique et managériale", "7 h 30 – 11 h 30", "7 h 30 – 11 h 30", "veille, 21 h 30 – 1 h 30"),
    ("mardi 16 mai 2028", "E2 Communication en langue vivante étrangère (écrit)", "13 h 00 – 15 h 00", "13 h 00 – 15 h 00", "3 h 00 – 5 h 00"),
    ("mercredi 17 mai 2028", "E1 Culture générale et expression", "7 h 30 – 11 h 30", "7 h 30 – 11 h 30", "veille, 21 h 30 – 1 h 30"),
    ("jeudi 18 mai 2028", "E5 Gestion opérationnelle", "7 h 30 – 10 h 30", "7 h 30 – 10 h 30", "veille, 21 h 30 – 0 h 30"),
]
ORAUX_TITRE = "Épreuves orales (candidats en forme ponctuelle)"
ORAUX = [  # terme, définition
    ("E41 Développement de la relation client et vente conseil", "du lundi 29 mai au jeudi 1er juin 2028"),
    ("E42 Animation et dynamisation de l'offre commerciale", "du mardi 6 au vendredi 9 juin 2028 (le lundi 5 juin 2028 est férié)"),
    ("EF1 Langue vivante facultative", "vendredi 2 juin 2028"),
    ("EF2 Parcours de professionnalisation à l'étranger", "aucun candidat inscrit pour la session 2028"),
]
DOSSIERS_TITRE = "Dossiers E41 et E42"
DOSSIERS = [
    "Les fiches et dossiers des épreuves E41 et E42 sont à remettre au SEC au plus tard le vendredi 21 avril 2028 à 11 h (heure locale).",
    "Contrôle de conformité des dossiers E41 et E42 : mercredi 3 mai 2028 à 8 h, salle de réunion du vice-rectorat.",
]
CENTRES_TITRE = "Centres d'examen"
CENTRES = [  # nom, adresse, ville
    ("Lycée d'État de Wallis et Futuna", "BP 15 — route de Lano", "Mata-Utu, 98600 Uvea"),
    ("Collège de Sisia", "Village de Ono", "Ono, 98620 Futuna"),
]
JURY_TITRE = "Délibération et résultats"
JURY = [
    "Jury de délibération : mercredi 28 juin 2028 à 8 h (heure locale), vice-rectorat, Mata-Utu.",
    "Affichage et mise en ligne des résultats : jeudi 29 juin 2028 à 17 h (heure locale).",
]
AUTRES = ("À noter : le 29 juillet 2028 (fête du Territoire) et le 14 juillet 2028 sont fériés ; la rentrée scolaire "
          "australe n'est pas concernée par ce calendrier.")
PIED = "© Vice-rectorat des îles Wallis et Futuna — mentions légales — plan du site"
