"""Texte de la circulaire fictive BTS GPME, académie de Toulouse, session 2026 (DOCX python-docx).

Tableaux à en-têtes verticaux (texte pivoté), cellules fusionnées, fenêtres d'oral par centre.
"""

STEM = "circulaire_gpme_2026_toulouse"

EN_TETE_PAGE = "Rectorat de Toulouse – DEC 4 – Examens de l'enseignement supérieur"
PIED_PAGE = "BTS Gestion de la PME – session 2026 – circulaire d'organisation"

LETTERHEAD = [
    ("ACADÉMIE DE TOULOUSE", True),
    ("Liberté – Égalité – Fraternité", False),
    ("Division des examens et concours – DEC 4", True),
    ("75 rue Saint-Roch – CS 87703 – 31077 Toulouse Cedex 4", False),
]
# lignes avec tabulation : gauche \t droite
BLOC_TAB = [
    ("Affaire suivie par : M. Julien Estrade", "Toulouse, le 2 février 2026"),
    ("Tél. : 05 36 25 70 00", ""),
    ("Mél : dec4-bts@ac-toulouse.fr", "à Mesdames et Messieurs les proviseurs"),
    ("", "et directeurs des centres de formation"),
]
OBJET = "Objet : BTS Gestion de la PME (GPME) – organisation des épreuves – session 2026"
REFS = ("Références : arrêté du 19 février 2018 modifié portant définition du BTS « Gestion de la PME » ; "
        "circulaire nationale d'organisation du 12 janvier 2026.")

INTRO = ("Vous trouverez ci-après les modalités d'organisation de la session 2026 du BTS Gestion de la PME "
         "dans l'académie de Toulouse. Je vous remercie de bien vouloir porter ces informations à la "
         "connaissance des enseignants et des candidats concernés.")

TITRE_ECRITS = "I – ÉPREUVES ÉCRITES"
TEXTE_ECRITS = ("Les épreuves écrites ont lieu dans les centres désignés ci-dessous, selon le calendrier "
                "suivant. Les candidats doivent être présents trente minutes avant le début de chaque épreuve.")
# en-têtes verticaux
ENTETE_ECRITS = ["Jour", "Horaire", "Épreuve", "Durée"]
# (jour, horaire, épreuve, durée) ; même jour consécutif -> cellule fusionnée
LIGNES_ECRITS = [
    ("lundi 11 mai 2026", "14:00 – 18:00", "E3 – Culture économique, juridique et managériale", "4 h"),
    ("mardi 12 mai 2026", "09:00 – 11:00", "E2 – Communication en langue vivante étrangère (partie écrite)", "2 h"),
    ("mardi 12 mai 2026", "14:00 – 18:00", "E1 – Culture générale et expression", "4 h"),
    ("mercredi 13 mai 2026", "13:30 – 18:00", "E6 – Gérer le personnel et soutenir le fonctionnement de la PME", "4 h 30"),
]
NOTE_ECRITS = ("Le jeudi 14 mai 2026 (Ascension) est férié. Les vacances de printemps de la zone C "
               "s'étendent du samedi 18 avril au lundi 4 mai 2026.")

TITRE_CENTRES = "Centres d'épreuves"
TEXTE_CENTRES = "Chaque centre accueille les épreuves écrites et orales des candidats qui lui sont rattachés."

TITRE_ORAUX = "II – ÉPREUVES ORALES"
TEXTE_ORAUX = ("Les épreuves orales E4 (Gérer la relation avec les clients et les fournisseurs de la PME) et "
               "E5 (Participer à la gestion des risques de la PME) se déroulent dans chaque centre aux dates "
               "indiquées sur sa ligne.")
ENTETE_ORAUX = ["Centre d'épreuves", "Adresse", "Ville", "Oraux E4", "Oraux E5"]
# (nom, adresse, ville, E4, E5)
CENTRES = [
    ("Lycée Ozenne", "9 rue Merly", "Toulouse",
     "du lundi 1er au mercredi 3 juin 2026", "du lundi 8 au mercredi 10 juin 2026"),
    ("Lycée Louis Rascol", "10 rue de la République", "Albi",
     "du mardi 2 au jeudi 4 juin 2026", "du mardi 9 au jeudi 11 juin 2026"),
    ("Lycée Antoine Bourdelle", "3 boulevard Edouard Herriot", "Montauban",
     "du lundi 1er au mardi 2 juin 2026", "du lundi 15 au mardi 16 juin 2026"),
    ("Lycée Gabriel Fauré", "5 rue Lieutenant-Paul-Delpech\nBP 30", "Foix",
     "du jeudi 4 au vendredi 5 juin 2026", "du jeudi 11 au vendredi 12 juin 2026"),
]
TEXTE_FACULTATIVES = [
    "EF1 – Langue vivante étrangère 2 (facultative) : épreuve orale le mardi 9 juin 2026 au lycée Ozenne, pour l'ensemble des candidats de l'académie.",
    "EF2 – Engagement étudiant (facultative) : évaluation conduite par l'établissement de formation, sans convocation.",
]

TITRE_DOSSIERS = "III – DOSSIERS ET CONTRÔLE DE CONFORMITÉ"
PUCES_DOSSIERS = [
    "Dépôt des dossiers E4 (fiches descriptives d'activités) au centre d'épreuves : au plus tard le vendredi 3 avril 2026 à 17 h.",
    "Contrôle de conformité des dossiers E4 : mercredi 15 avril 2026 à 14 h, dans chaque centre.",
    "En cas de non-conformité, le candidat est informé par le centre et ne peut être interrogé.",
]

TITRE_FIN = "IV – CORRECTIONS, JURY ET RÉSULTATS"
PUCES_FIN = [
    "Réunion d'harmonisation des correcteurs de l'épreuve E6 : mardi 19 mai 2026 à 9 h 00, lycée Ozenne.",
    "Jury de délibération : jeudi 25 juin 2026 à 14 h 00, rectorat de Toulouse.",
    "Publication des résultats : vendredi 26 juin 2026 à partir de 16 h 00.",
]

SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours",
             "", "Pierre-Yves Castagné"]
