"""Texte de la circulaire fictive : BTS Systèmes numériques, académie de Rennes, session 2028."""

ENTETE_GAUCHE = ["RÉGION ACADÉMIQUE", "BRETAGNE", "Liberté", "Égalité", "Fraternité"]
ENTETE_DROITE = ["Rectorat de l'académie de Rennes", "Division des examens et concours", "DEC 3 – Bureau des BTS"]
PIED = "Rectorat de Rennes – 96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7 – www.ac-rennes.fr"

AFFAIRE = ["Affaire suivie par :", "Gwenaëlle Le Floch", "Tél. : 02 23 21 74 18", "Mél. : dec3-bts@ac-rennes.fr"]
LIEU_DATE = "Rennes, le 12 janvier 2028"
EXPEDITEUR = ("Le recteur de la région académique Bretagne,\nrecteur de l'académie de Rennes,\nchancelier des universités")
DESTINATAIRES = ("à\n\nMesdames et Messieurs les proviseurs des lycées publics et privés sous contrat\n"
                 "Mesdames et Messieurs les directeurs de CFA\ns/c de Mesdames et Messieurs les IA-IPR STI")
OBJET = ("Objet : Organisation de l'examen du brevet de technicien supérieur « Systèmes numériques » "
         "(option A Informatique et réseaux, option B Électronique et communications) – session 2028")
REFERENCES = ("Réf. : arrêté du 22 avril 2014 portant définition et fixant les conditions de délivrance du BTS "
              "Systèmes numériques ; note de service nationale d'organisation du 4 décembre 2027.")
INTRO = ("La présente circulaire précise les modalités d'organisation de la session 2028 dans l'académie de Rennes. "
         "Je vous remercie de bien vouloir la diffuser aux équipes pédagogiques et aux candidats concernés. "
         "Le calendrier figure en page suivante ; les horaires sont donnés en heure de Paris.")

# Calendrier (section paysage). Chaque ligne : (date, code, intitulé, début, fin, durée, observations)
TITRE_CAL = "1. CALENDRIER DES ÉPREUVES PONCTUELLES"
COLONNES = ["Date", "Épreuve", "Intitulé", "Début", "Fin", "Durée", "Observations"]
ECRITS_TITRE = "ÉPREUVES ÉCRITES"
ECRITS = [
    ("Mardi 16 mai 2028", "E1", "Culture générale et expression", "14 h 00", "18 h 00", "4 h", ""),
    ("Mercredi 17 mai 2028", "E2", "Anglais", "10 h 00", "12 h 00", "2 h",
     "Dictionnaire bilingue non autorisé"),
    ("Mercredi 17 mai 2028", "E3", "Mathématiques", "14 h 00", "16 h 00", "2 h",
     "Calculatrice autorisée en mode examen"),
    ("Jeudi 18 mai 2028", "E4", "Étude d'un système numérique et d'information (options IR et EC)",
     "8 h 00", "14 h 00", "6 h",
     "Sujet propre à chaque option. Aucune sortie avant 10 h 00. Collation prise en salle."),
]
ORAUX_TITRE = "ÉPREUVES PRATIQUES ET ORALES"
ORAUX = [
    ("du lundi 29 mai au vendredi 2 juin 2028", "E5", "Intervention sur un système numérique et d'information",
     "selon convocation", None, "4 h", "Candidats hors CCF. Centres : lycée Joliot-Curie et lycée Vauban."),
    ("mercredi 31 mai 2028", "EF1", "Langue vivante étrangère 2 (épreuve facultative)", "9 h 00", "17 h 00",
     "20 min", "Lycée Joliot-Curie uniquement"),
    ("du mardi 6 au vendredi 9 juin 2028", "E.6.2", "Projet technique – soutenance", "selon convocation", None,
     "1 h", "Le lundi 5 juin 2028 (lundi de Pentecôte) est férié."),
    ("CCF", "E.6.1", "Rapport de stage", "—", "—", "—",
     "Évaluée en CCF dans l'établissement de formation ; notes à saisir au plus tard le vendredi 2 juin 2028."),
]
NOTE_CAL = ("L'épreuve E6 « Projet technique » comprend deux sous-épreuves : E.6.1 (rapport de stage) et "
            "E.6.2 (projet technique). Le jeudi 25 mai 2028 (Ascension) et le vendredi 26 mai 2028 "
            "(pont) ne comportent aucune épreuve.")

TITRE_DOSSIERS = "2. DOSSIERS, RÉUNIONS ET DÉLIBÉRATIONS"
DOSSIERS = [
    "Les dossiers de projet technique (E.6.2) sont à transmettre au centre d'épreuves au plus tard le "
    "vendredi 28 avril 2028 à 12 h, en deux exemplaires papier accompagnés de la version numérique.",
    "Le contrôle de conformité de ces dossiers aura lieu le mardi 9 mai 2028 à 14 h dans chaque centre. "
    "Le lundi 8 mai 2028 étant férié, aucun dossier ne sera réceptionné ce jour-là.",
    "Une réunion d'entente des commissions d'évaluation de l'E.6.2 se tiendra le mercredi 24 mai 2028 "
    "à 14 h au lycée Joliot-Curie à Rennes.",
    "Les livrets scolaires des candidats doivent parvenir au rectorat au plus tard le vendredi 12 mai 2028.",
    "Le jury de délibération se réunira le jeudi 22 juin 2028 à 9 h au rectorat de Rennes (salle B012).",
    "Les résultats seront publiés le vendredi 30 juin 2028 à partir de 10 h sur le site académique.",
]

TITRE_CENTRES = "3. CENTRES D'ÉPREUVES"
COL_CENTRES = ["Centre", "Adresse", "Ville", "Épreuves accueillies"]
CENTRES = [
    ("Lycée Joliot-Curie", "144 boulevard de Vitré\nCS 74426\n35044 RENNES CEDEX", "Rennes",
     "Écrits, E5, E.6.2, EF1"),
    ("Lycée Vauban", "Rue de Kerichen\nBP 42\n29801 BREST CEDEX 9", "Brest", "Écrits, E5, E.6.2"),
    ("Lycée Dupuy de Lôme", "4 rue Jean Le Coutaller\n56100 LORIENT", "Lorient", "Écrits, E.6.2"),
    ("Lycée Eugène Freyssinet", "32 rue Mansart\nBP 4401\n22044 SAINT-BRIEUC CEDEX 2", "Saint-Brieuc",
     "Écrits, E.6.2"),
]
TITRE_FORMATION = "4. ÉTABLISSEMENTS DE FORMATION (pour information – ils ne sont pas centres d'épreuves)"
FORMATION = [
    "Lycée Saint-Martin – Rennes",
    "Lycée La Croix-Rouge La Salle – Brest",
    "CFA de l'industrie – Bruz",
    "GRETA Bretagne Sud – Vannes",
]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "",
             "Soazig Kerdraon"]
ACCUSE = ("Accusé de réception à retourner à la DEC 3 – Établissement : ……………………………… "
          "Date : …/…/20…   Signature du chef d'établissement :")
