"""Textes de la circulaire fictive BTS Environnement nucléaire, académie de Grenoble, session 2027."""

COUVERTURE = [
    ("RÉGION ACADÉMIQUE AUVERGNE-RHÔNE-ALPES", 12, True),
    ("ACADÉMIE DE GRENOBLE", 16, True),
    ("Division des examens et concours — DEC 3", 11, False),
    ("", 11, False),
    ("BREVET DE TECHNICIEN SUPÉRIEUR", 20, True),
    ("ENVIRONNEMENT NUCLÉAIRE (EN)", 24, True),
    ("", 11, False),
    ("Circulaire d'organisation", 14, False),
    ("SESSION 2027", 18, True),
]

EN_TETE = "Académie de Grenoble — DEC 3 — BTS EN session 2027"

LETTRE = [
    "Rectorat de l'académie de Grenoble\n7 place Bir-Hakeim\n38021 Grenoble Cedex 1",
    "Affaire suivie par : Mme Coralie Vuillermoz\tTél. 04 76 74 71 30\nMél : dec3-bts@ac-grenoble.fr",
]
LIEU_DATE = "Grenoble, le 18 janvier 2027"
DESTINATAIRES = ("La rectrice de l'académie de Grenoble\nà\nMesdames et Messieurs les chefs des centres d'épreuves\n"
                 "Mesdames et Messieurs les chefs d'établissement de formation")
OBJET = "Objet : organisation du BTS Environnement nucléaire — session 2027"
REFERENCES = ("Réf. : arrêté du 9 mai 2007 portant définition et fixant les conditions de délivrance du BTS "
              "Environnement nucléaire ; note de service nationale du 4 décembre 2026.")
INTRO = ("J'ai l'honneur de vous communiquer ci-dessous le calendrier et les modalités d'organisation des épreuves "
         "de l'examen cité en objet. L'académie de Grenoble organise seule cette spécialité ; les convocations "
         "seront disponibles courant avril sur l'application de téléchargement.")

TITRE_ECRITS = "1. Épreuves écrites ponctuelles"
JOURS = ["Lundi 10 mai 2027", "Mardi 11 mai 2027", "Mercredi 12 mai 2027"]
# cellules : (ligne, colonne) -> texte ; la cellule E4 couvre matin et après-midi
CRENEAUX = ["Matin", "Après-midi"]
CELLULES = {
    (0, 0): "E.3.1 Mathématiques\n10 h – midi",
    (1, 0): "E.3.2 Physique-chimie\n14 heures – 16 heures",
    (0, 1): "E4 Analyse technique et préparation d'une intervention\n8 h 30 précises – 14 h 30\n(repas tiré du sac, "
            "pause de 11 h 15 à 11 h 30 en salle)",
    (0, 2): "—",
    (1, 2): "E1 Culture générale et expression\n13h30 (accueil 13h) – 17h30",
}
NOTES_ECRITS = [
    "E3 Mathématiques et physique-chimie comprend les deux sous-épreuves E.3.1 et E.3.2 ; les candidats "
    "composent le même jour.",
    "E2 Anglais et la sous-épreuve E5.1 Radioprotection et sûreté nucléaire sont évaluées exclusivement en "
    "contrôle en cours de formation : la présente circulaire ne fixe pour elles aucune date.",
    "Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte).",
]

TITRE_ORAUX = "2. Épreuves pratiques et orales"
ORAUX = [
    ("E5 – Intervention en environnement nucléaire",
     "Sous-épreuve E5.2 Réalisation d'une intervention en milieu nucléaire (pratique, 6 h). Les candidats seront "
     "convoqués du lundi 31 mai au mercredi 2 juin et du lundi 7 au mercredi 9 juin 2027, au lycée Frédéric-Joliot "
     "ou au lycée Germaine-Ribière selon leur établissement d'origine."),
    ("",
     "Les examinateurs de la sous-épreuve E5.2 sont réunis pour la réunion d'entente le jeudi 27 mai 2027 à 9 h 30, "
     "au lycée Frédéric-Joliot (salle du plateau technique)."),
    ("E6 – Rapport d'activités en milieu professionnel",
     "Les rapports, en deux exemplaires papier, sont à transmettre au plus tard le vendredi 14 mai 2027 à 12 h au "
     "secrétariat des examens du lycée Frédéric-Joliot. Le contrôle de conformité aura lieu le mardi 18 mai 2027 "
     "à 14 h ; un rapport non conforme entraîne l'attribution de la mention « non valide ». Les interrogations "
     "(40 minutes) se tiendront du jeudi 10 au vendredi 11 juin 2027."),
    ("EF1 – Langue vivante étrangère facultative (allemand, espagnol)",
     "Épreuve orale : jeudi 3 juin 2027, de 9 h à 12 h, au lycée Germaine-Ribière."),
]

TITRE_SUITE = "3. Livrets scolaires, jury et résultats"
SUITE = [
    "Les livrets scolaires, classés par ordre alphabétique, parviendront au lycée Frédéric-Joliot pour le "
    "vendredi 11 juin 2027, délai de rigueur.",
    "Le jury de délibération se réunira le mardi 29 juin 2027 à 9 h au rectorat (salle Vaucanson).",
    "Les résultats seront publiés le vendredi 2 juillet 2027 à 10 heures sur le site internet de l'académie.",
]

TITRE_CENTRES = "4. Centres d'épreuves"
CENTRES = [
    ("Lycée des métiers de l'énergie Frédéric-Joliot", "12 avenue du Tricastin\nBP 40117", "26702 PIERRELATTE CEDEX",
     "E.3.1, E.3.2, E1, E4, E5.2, E6"),
    ("Lycée technologique Germaine-Ribière", "3 rue des Alpes", "38200 VIENNE", "E.3.1, E.3.2, E1, E4, E5.2, EF1"),
]
TITRE_FORMATION = "Établissements de formation (pour information — ils ne sont pas centres d'épreuves)"
FORMATION = [
    "CFA de l'industrie nucléaire Drôme-Ardèche — Montélimar",
    "Lycée professionnel Xavier-Mallet — Le Teil",
    "GRETA Nord-Isère — Bourgoin-Jallieu",
]
SIGNATURE = ("Pour la rectrice et par délégation,\nla cheffe de la division des examens et concours\n\nÉlise Marchetti")

ACCUSE = [
    "ACCUSÉ DE RÉCEPTION (à retourner à la DEC 3)",
    "Établissement : ........................................................",
    "Nom du chef de centre : ..............................................",
    "Date : le …/…/20…\t\tSignature :",
]
