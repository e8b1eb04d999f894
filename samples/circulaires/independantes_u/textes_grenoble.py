"""Texte de la circulaire fictive : BTS Systèmes numériques, académie de Grenoble, session 2028."""

STEM = "circulaire_sn_2028_grenoble"

ENTETE_GAUCHE = "Académie de Grenoble – Division des examens et concours"
ENTETE_DROITE = "DEC 3 – BTS SN – session 2028"
PIED = "Rectorat de l'académie de Grenoble – 7 place Bir-Hakeim – CS 81065 – 38021 Grenoble Cedex 1"

LETTERHEAD = [
    "RÉGION ACADÉMIQUE AUVERGNE-RHÔNE-ALPES",
    "**ACADÉMIE DE GRENOBLE**",
    "Division des examens et concours",
    "DEC 3 – Bureau des brevets de technicien supérieur",
    "Affaire suivie par : Nadine Berthoud",
    "Tél. : 04 76 74 71 38",
    "Mél : ce.dec3-bts@ac-grenoble.fr",
]
LIEU_DATE = "Grenoble, le 17 janvier 2028"

EXPEDITEUR = "Le recteur de l'académie de Grenoble, chancelier des universités"
DESTINATAIRES = (
    "à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat, "
    "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation, "
    "s/c de Mesdames et Messieurs les inspecteurs d'académie – IA-IPR et IEN-ET STI"
)
OBJET = ("Organisation de l'examen du BTS Systèmes numériques (SN) – option A « Informatique et réseaux » (IR) "
         "et option B « Électronique et communications » (EC) – SESSION 2028")
REFERENCES = [
    "décret n° 2013-756 du 19 août 2013 portant règlement général du brevet de technicien supérieur ;",
    "arrêté du 9 avril 2014 portant définition et fixant les conditions de délivrance du BTS Systèmes numériques ;",
    "note nationale d'organisation de la session 2028 du 4 décembre 2027.",
]
INTRO = (
    "La présente circulaire précise, pour l'académie de Grenoble, le calendrier et les modalités "
    "d'organisation des épreuves du BTS Systèmes numériques. Je vous remercie d'en assurer la diffusion "
    "auprès des équipes pédagogiques, des candidats et des personnels chargés de l'organisation des épreuves."
)

# --- I. Écrits (tableau : jour | date jj/mm | épreuve | début | fin | durée)
T_ECRITS_TITRE = "CALENDRIER DES ÉPREUVES ÉCRITES"
T_ECRITS_ENTETE = ["Jour", "Date", "Épreuve", "Début", "Fin", "Durée"]
# None = cellule fusionnée avec la précédente (date commune)
T_ECRITS = [
    ["mardi", "16/05", "E1 – Culture générale et expression", "14h00", "18h00", "4 h"],
    ["mercredi", "17/05", "E2 – Anglais, partie écrite ¹", "10h00", "12h00", "2 h"],
    [None, None, "E3 – Mathématiques ²", "14h00", "17h00", "3 h"],
    ["jeudi", "18/05", "E4 – Étude d'un système numérique et d'information\n"
     "Sujets distincts : option A IR / option B EC. Sortie autorisée après 3 h.", "8h00", "14h00", "6 h"],
]
T_ECRITS_NOTES = [
    "¹ Dictionnaire bilingue non autorisé.",
    "² Candidats relevant de la forme ponctuelle uniquement ; calculatrice autorisée en mode examen.",
]
ECRITS_APRES = [
    "Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) sont des jours fériés : "
    "aucune épreuve n'est organisée ces jours-là.",
    "Les copies de l'épreuve E4 sont corrigées au lycée Vaucanson du lundi 22 mai au mercredi 31 mai 2028. "
    "Une réunion d'entente des correcteurs de l'E4 se tiendra le vendredi 19/05 à 9H00 au lycée Vaucanson, "
    "salle C204 ; la présence de tous les correcteurs convoqués est obligatoire.",
]

# --- II. Oraux
ORAUX_TITRE = "ÉPREUVES ORALES ET PRATIQUES"
ORAUX = [
    "**E2 – Anglais, partie orale** (candidats hors CCF) : du lundi 22 au mercredi 24 mai 2028, "
    "dans le centre d'épreuves de rattachement.",
    "**EF1 – Langue vivante étrangère 2** (épreuve facultative) : le mercredi 24 mai 2028 à partir de 14 h, "
    "au lycée Vaucanson.",
    "**E5 – Intervention sur un système numérique et d'information** : épreuve évaluée exclusivement en "
    "contrôle en cours de formation ; aucune convocation n'est émise par la division des examens.",
    "**E6 – Projet technique** : elle comprend la sous-épreuve E.6.1 « Rapport de stage » et la "
    "sous-épreuve E.6.2 « Projet technique » dont le déroulé figure ci-dessous.",
]

# --- III. Déroulé E.6.2 (étapes numérotées, tabulations)
DEROULE_TITRE = "DÉROULÉ DE LA SOUS-ÉPREUVE E.6.2 – PROJET TECHNIQUE"
DEROULE_INTRO = "Les opérations se succèdent selon les étapes suivantes (année 2028) :"
DEROULE = [
    ("Étape 1", "ven. 07/04", "Les rapports de stage (E.6.1) et les dossiers techniques (E.6.2) sont à "
     "transmettre au centre d'épreuves au plus tard à 12 h, accompagnés du bordereau figurant en annexe."),
    ("Étape 2", "mer. 19/04", "Contrôle de conformité des dossiers E.6.2 par la commission académique, "
     "à 14 h 00, au lycée Vaucanson. Les non-conformités sont notifiées aux candidats."),
    ("Étape 3", "mer. 10/05", "Réunion d'entente des commissions d'évaluation E.6.2 à 9 h 30, en visioconférence "
     "(le lien sera adressé aux examinateurs convoqués)."),
    ("Étape 4", "12/06 au 16/06", "Soutenances des projets dans les centres d'épreuves, selon le planning "
     "établi par chaque centre."),
    ("Étape 5", "mer. 21/06", "Saisie des notes de l'E.6.2 dans l'application Cyclades au plus tard à 17 h "
     "et envoi des grilles signées."),
]
DEROULE_APRES = ("Aucune opération n'est programmée pendant les vacances de printemps (zone A), "
                 "du samedi 22 avril 2028 au lundi 8 mai 2028 inclus.")

# --- IV. Centres (section paysage)
CENTRES_TITRE = "CENTRES D'ÉPREUVES ET RÉPARTITION DES CANDIDATS"
CENTRES_INTRO = ("Les candidats sont répartis comme suit ; le centre d'épreuves accueille l'ensemble des "
                 "épreuves écrites et orales de ses candidats.")
T_CENTRES_ENTETE = ["Centre d'épreuves", "Ville", "Option A – IR", "Option B – EC", "Total"]
T_CENTRES = [
    ["Lycée Vaucanson\n27 rue Anatole France\nCS 20512\n38030 GRENOBLE CEDEX 2", "Grenoble", "48", "22", "70"],
    ["Lycée Ferdinand Buisson\n21 boulevard Edgar Kofler\nBP 131\n38506 VOIRON CEDEX", "Voiron", "31", "—", "31"],
    ["Lycée Germain Sommeiller\n33 avenue du Capitaine Anjot\n74000 ANNECY", "Annecy", "27", "18", "45"],
    ["Lycée Algoud-Laffemas\n37 rue Barthélémy de Laffemas\nBP 1036\n26010 VALENCE CEDEX", "Valence", "24", "14", "38"],
    ["Lycée Monge\n119 avenue Marius Berroir\n73000 CHAMBÉRY", "Chambéry", "19", "11", "30"],
]
T_CENTRES_TOTAL = ["Total académie", "149", "65", "214"]
FORMATION_INTRO = ("Pour information, les établissements de formation suivants ne sont pas centres d'épreuves ; "
                   "leurs candidats sont inclus dans les effectifs ci-dessus :")
FORMATION = [
    "Lycée privé Itec Boisfleury – La Tronche (candidats rattachés au lycée Vaucanson)",
    "CFA Formation Industries Isère – Moirans (candidats rattachés au lycée Ferdinand Buisson)",
    "Lycée Pablo Neruda – Saint-Martin-d'Hères (candidats rattachés au lycée Vaucanson)",
]

# --- V. Livrets, jury, résultats
FIN_TITRE = "LIVRETS SCOLAIRES, JURY ET RÉSULTATS"
FIN = [
    "Les livrets scolaires, complétés et signés, sont à transmettre au lycée Vaucanson au plus tard le "
    "vendredi 9 juin 2028.",
    "Le jury de délibération se réunira le mardi 4 juillet 2028 à 14 heures au lycée Vaucanson.",
    "Les résultats seront publiés le vendredi 7 juillet 2028 à partir de 10 h sur le site de l'académie.",
]
SIGNATURE = [
    "Pour le recteur et par délégation,",
    "La cheffe de la division des examens et concours,",
    "",
    "Hélène Marchetti",
]

ANNEXE_TITRE = "ANNEXE – BORDEREAU DE TRANSMISSION DES DOSSIERS E.6"
ANNEXE = [
    "Centre d'épreuves : ………………………………………………………",
    "Nombre de rapports de stage (E.6.1) : ………    Nombre de dossiers techniques (E.6.2) : ………",
    "Fait à ……………………………, le …/…/20…",
    "Signature et cachet du chef d'établissement :",
]
