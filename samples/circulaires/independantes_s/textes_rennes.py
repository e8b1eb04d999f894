"""Textes de la circulaire fictive BTS SIO, académie de Rennes, session 2027 (DOCX -> PDF)."""

EN_TETE_GAUCHE = ["ACADÉMIE DE RENNES", "Liberté", "Égalité", "Fraternité"]
EN_TETE_DROITE = ["Division des examens et concours", "DEC 3 – Examens de l'enseignement supérieur",
                  "Bureau des brevets de technicien supérieur"]
PIED = "Rectorat de Rennes – 96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7 – www.ac-rennes.fr"

LIEU_DATE = "Rennes, le 18 janvier 2027"
AFFAIRE = ["Affaire suivie par : Maëlle Le Goff", "Tél. : 02 23 21 74 00", "Mél : dec3-bts@ac-rennes.fr"]
EXPEDITEUR = "Le recteur de la région académique Bretagne, recteur de l'académie de Rennes, chancelier des universités"
DESTINATAIRES = ("à Mesdames et Messieurs les chefs d'établissement des lycées publics et privés sous contrat, "
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation")
OBJET = ("Objet : organisation du BTS Services informatiques aux organisations (SIO), options SISR et SLAM – "
         "session 2027")
REFERENCES = [
    "Arrêté du 8 juillet 2024 modifiant l'arrêté portant définition et fixant les conditions de délivrance du BTS "
    "« Services informatiques aux organisations » (JORF du 10 juillet 2024) ;",
    "Circulaire nationale d'organisation du 7 décembre 2026 (académie pilote) ;",
    "Annexe 1 : liste des établissements de formation ; annexe 2 : fiche de contrôle de conformité.",
]

INTRO = ("La présente circulaire précise le calendrier académique de la session 2027 et les modalités "
         "d'organisation des épreuves ponctuelles. Depuis la session 2025, les épreuves sont numérotées "
         "conformément à l'arrêté du 8 juillet 2024 : E4 pour la culture économique, juridique et managériale "
         "pour l'informatique, E5 pour le support et la mise à disposition de services informatiques, E6 pour "
         "l'épreuve de l'option (administration des systèmes et des réseaux pour SISR, conception et "
         "développement d'applications pour SLAM) et E7 pour la cybersécurité des services informatiques.")

TITRE_I = "I. ÉPREUVES ÉCRITES"
ECRITS_INTRO = ("Les épreuves écrites ont lieu aux dates fixées au niveau national. Les candidats doivent être "
                "présents dans la salle 30 minutes avant le début de chaque épreuve.")
# lignes du tableau : (date, épreuve, début, fin, durée, observations)
ECRITS = [
    ("Lundi 10 mai 2027", "E4 – Culture économique, juridique et managériale pour l'informatique",
     "14 h 00", "18 h 00", "4 h", ""),
    ("Mardi 11 mai 2027", "E1 – Culture générale et expression", "9 h 00", "12 h 00", "3 h", ""),
    ("Mardi 11 mai 2027", "E7 – Cybersécurité des services informatiques", "14 h 00", "18 h 00", "4 h",
     "Sujets distincts SISR / SLAM : vérifier l'option sur la convocation"),
    ("Mercredi 12 mai 2027", "E2 – Expression et communication en langue anglaise (écrit)",
     "10 h 00", "12 h 00", "2 h", ""),
    ("Mercredi 12 mai 2027", "E3 – Mathématiques pour l'informatique", "14 h 00", "16 h 00", "2 h",
     "Uniquement candidats ne relevant pas du CCF"),
    ("Mercredi 12 mai 2027", "EF 2 – Mathématiques approfondies (facultative)", "16 h 30", "18 h 30", "2 h",
     "Inscrits à l'épreuve facultative"),
]
TITRE_CENTRES = "Centres d'épreuves écrites"
CENTRES = [
    ["Lycée Bréquigny", "7 avenue Georges Graff", "CS 84204", "35042 Rennes Cedex"],
    ["Lycée Chaptal", "35 rue Chaptal", "BP 1403", "29104 Quimper Cedex"],
    ["Lycée Vauban", "rue de Kerichen", "29200 Brest"],
    ["Lycée Jean Guéhenno", "79 avenue de la Marne", "56017 Vannes Cedex"],
]
ORAL_E2 = ("La partie orale de l'épreuve E2 se déroulera du mardi 18 au vendredi 21 mai 2027 dans les centres "
           "d'écrit, selon les convocations. Le lundi 17 mai 2027 (lundi de Pentecôte) est férié.")
FACULTATIVES = [
    "EF1 – Langue vivante 2 et EF3 – Parcours de certification complémentaire : jeudi 20 mai 2027, au lycée "
    "Bréquigny à Rennes, selon convocation ;",
    "EF 2 – Mathématiques approfondies : voir le tableau ci-dessus ;",
    "EF4 – Engagement étudiant : évaluée en CCF uniquement par l'établissement de formation ; aucune date "
    "n'est fixée par le rectorat.",
]

TITRE_II = "II. ÉPREUVES PROFESSIONNELLES E5 ET E6"
DEPOT = ("Les dossiers numériques des candidats (E5 : tableau de synthèse et fiches descriptives de réalisation "
         "professionnelle ; E6 : dossier de réalisations de l'option SISR ou SLAM) sont déposés par les "
         "établissements sur la plateforme nationale « DEPOT-SIO » au plus tard le vendredi 9 avril 2027 à "
         "12 h 00. Aucun dossier ne sera accepté après cette date et heure.")
VACANCES = ("Pour mémoire, les vacances de printemps de la zone B s'étendent du samedi 10 avril au lundi "
            "26 avril 2027 : les établissements veilleront à anticiper les dépôts.")
CONFORMITE = ("La commission de contrôle de conformité des dossiers E5 et E6 se réunira le mercredi 28 avril "
              "2027 à 14 h au lycée Bréquigny. Chaque fiche de conformité (annexe 2) est datée et signée par "
              "la commission : « Fait à ……………, le …/…/2027 ».")
ENTENTE_ORAUX = ("Une réunion d'entente des examinateurs E5 et E6 est organisée le lundi 31 mai 2027 à 9 h 00 "
                 "au lycée Bréquigny (amphithéâtre B).")
# tableau des oraux : (épreuve, période, centre, options)
ORAUX = [
    ("E5 – Support et mise à disposition de services informatiques", "du mardi 1er au jeudi 3 juin 2027",
     "Lycée Bréquigny (Rennes)\nLycée Vauban (Brest)", "SISR et SLAM"),
    ("E6 – Administration des systèmes et des réseaux (SISR) / Conception et développement d'applications "
     "(SLAM)", "du lundi 7 au vendredi 11 juin 2027", "Lycée Bréquigny (Rennes)\nLycée Vauban (Brest, SISR "
     "uniquement)", "selon l'option"),
]

TITRE_III = "III. CORRECTIONS"
CORRECTIONS = [
    "Réunion d'entente des correcteurs de l'épreuve E7 : mardi 25 mai 2027 à 9 h 30, en visioconférence.",
    "Les copies des épreuves E4 et E7 sont corrigées du mercredi 26 mai au mercredi 2 juin 2027 au lycée "
    "Chaptal de Quimper (centre de correction).",
]
TITRE_IV = "IV. LIVRETS SCOLAIRES, JURY ET RÉSULTATS"
LIVRETS = ("Les livrets scolaires sont à transmettre au centre de délibération (lycée Bréquigny) au plus tard le "
           "vendredi 28 mai 2027, accompagnés du bordereau d'envoi.")
JURY = "Le jury de délibération se réunira le jeudi 24 juin 2027 à 9 h au lycée Bréquigny, Rennes."
RESULTATS = ("Les résultats seront publiés le vendredi 2 juillet 2027 à partir de 10 h sur le site de l'académie "
             "(application Cyclades).")

SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours",
             "Anne-Sophie Kerhervé"]

ANNEXE_TITRE = "Annexe 1 – Établissements de formation (pour information : ce ne sont pas des centres d'examen)"
FORMATION = [
    ("Lycée Pierre Mendès France", "Rennes", "SISR, SLAM"),
    ("Lycée Saint-Joseph", "Lannion", "SISR"),
    ("Lycée Le Likès", "Quimper", "SLAM"),
    ("CFA CCI Morbihan", "Vannes", "SISR, SLAM"),
    ("Lycée de l'Harteloire", "Brest", "SLAM"),
    ("Campus Ker Lann – Greta Est-Bretagne", "Bruz", "SISR"),
]
