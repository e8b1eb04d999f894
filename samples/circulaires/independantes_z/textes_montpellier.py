"""Texte d'une page d'intranet académique (fictive) imprimée depuis un navigateur : BTS Support à
l'action managériale, académie de Montpellier, session 2026. Menu, fil d'Ariane, tableau dont les
colonnes sont des jours (matin / après-midi en lignes), FAQ, en-tête et pied d'impression du navigateur."""

IMPRESSION_HAUT = "09/03/2026 11:02 | BTS SAM 2026 : organisation des épreuves – Intranet académique"
IMPRESSION_BAS = "https://intranet.ac-montpellier.fr/examens/bts/calendriers/sam-2026 | 1/1"
SITE = "Académie de Montpellier – Intranet des établissements"
MENU = ["Accueil", "Pédagogie", "Examens et concours", "Ressources humaines", "Vie de l'établissement", "Annuaire"]
ARIANE = "Accueil › Examens et concours › BTS › Calendriers 2026 › Support à l'action managériale"
COTE = ["Dans cette rubrique", "BTS – calendriers 2026", "BTS – inscriptions", "Dématérialisation des copies",
        "Aménagements d'épreuves", "Contacts DEC 5"]
TITRE = "BTS Support à l'action managériale (SAM) – session 2026 : organisation des épreuves"
META = "Note de la division des examens et concours (DEC 5) du 12 février 2026 · Mis à jour le 03/03/2026 · Lecture : 4 min"
CHAPO = ("Cette page remplace la circulaire papier. Elle s'adresse aux chefs d'établissement, aux centres "
         "d'épreuves et aux équipes pédagogiques du BTS SAM de l'académie de Montpellier.")

H_EPR = "Les épreuves"
EPREUVES = [
    ("E1", "Culture générale et expression", "écrite", "4 h"),
    ("E2", "Expression et culture en langues vivantes étrangères", "", ""),
    ("E21", "Langue A – compréhension de l'écrit, expression écrite", "écrite", "2 h"),
    ("E22", "Langue B – production orale", "orale", "20 min"),
    ("E3", "Culture économique, juridique et managériale", "écrite", "4 h"),
    ("E4", "Optimisation des processus administratifs", "CCF uniquement (pas de convocation)", "–"),
    ("E5", "Gestion de projet", "orale", "40 min"),
    ("E6", "Collaboration à la gestion des ressources humaines", "écrite", "4 h"),
    ("EF1", "Langue vivante C (facultative)", "orale", "20 min"),
]

H_ECR = "Calendrier des épreuves écrites"
JOURS = ["lun. 11/05/26", "mar. 12/05/26", "mer. 13/05/26", "lun. 18/05/26"]
MATIN = ["", "", "E21 Langue A\n10h-12h", ""]
APREM = ["E3 CEJM\n14h-18h", "E1 Culture générale\n14h-18h", "", "E6 GRH\n13:30 – 17:30"]

H_ORAUX = "Épreuves orales"
ORAUX = [
    "E22 (langue B) : ven. 29/05/26 – convocations individuelles.",
    "EF1 (langue C facultative) : lun. 01/06/26.",
    "E5 Gestion de projet : du mer. 03/06/26 au ven. 05/06/26 et du mar. 09/06/26 au jeu. 11/06/26.",
]

H_CENTRES = "Centres d'épreuves"
CENTRES = [
    ("Lycée Clémence-Royer", "140 avenue de Lodève", "Montpellier", "écrits et oraux E5"),
    ("Lycée Les Garrigues", "Rue de l'Aqueduc\nBP 30112 – 30001", "Nîmes CEDEX 1", "écrits et oraux E22, EF1"),
    ("Lycée Arago-Maillol", "2 rue Guynemer\n66000", "Perpignan", "écrits"),
]
FORMATION = ("Établissements de formation rattachés (ce ne sont pas des centres d'épreuves) : CFA régional CCI "
             "Occitanie (Montpellier), Lycée privé Saint-Joseph (Carcassonne), Institut Lozère Formation (Mende).")

H_FAQ = "Questions fréquentes"
FAQ = [
    ("Quand les dossiers E5 doivent-ils parvenir au centre ?",
     "Ils sont à transmettre au plus tard le ven. 10/04/26 à 12 h, par voie postale ou remis au secrétariat "
     "du centre d'épreuves contre récépissé."),
    ("Qui vérifie la conformité des dossiers ?",
     "Une commission se réunit au rectorat de Montpellier (31 rue de l'Université) le jeu. 16/04/26 à 14h "
     "pour le contrôle de conformité des dossiers E5. Les établissements sont prévenus en cas de non-conformité."),
    ("Des épreuves ont-elles lieu pendant les vacances ?",
     "Non. Les vacances de printemps (zone C) vont du samedi 18 avril au lundi 4 mai 2026 et le jeudi 14 mai "
     "2026 (Ascension) est férié."),
    ("Les correcteurs de E6 se réunissent-ils ?",
     "Oui : réunion de concertation des correcteurs E6 le mar. 19/05/26 à 9h, salle 204 du rectorat."),
    ("Quand les résultats seront-ils connus ?",
     "Le jury se réunit le jeu. 25/06/26 à 14h au Lycée Clémence-Royer ; les résultats sont publiés le "
     "ven. 03/07/26 à 10h."),
]
CONTACT = "Contact : ce.dec5@ac-montpellier.fr – 04 67 91 47 00"
