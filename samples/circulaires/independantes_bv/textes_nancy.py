"""BTS Électrotechnique, académie de Nancy-Metz, session 2027 (XPS / OpenXPS). Invented content."""

EN_TETE = ["RÉGION ACADÉMIQUE GRAND EST", "Académie de Nancy-Metz", "Rectorat — Division des examens et concours",
           "Bureau DEC 3 — Brevets de technicien supérieur"]
REF = "Affaire suivie par : Mme Solène Kieffer — Tél. 03 83 86 21 47 — ce.dec3@ac-nancy-metz.fr"
LIEU_DATE = "Nancy, le vendredi 5 février 2027"
DEST = ["La rectrice de la région académique Grand Est,", "rectrice de l'académie de Nancy-Metz,",
        "à", "Mesdames et Messieurs les chefs d'établissement", "des lycées publics et privés sous contrat",
        "préparant au BTS Électrotechnique"]
OBJET = "Objet : organisation du BTS Électrotechnique (ET) — session 2027"
REFS = ["Réf. : arrêté du 4 juin 2019 portant définition et fixant les conditions de délivrance du BTS Électrotechnique ;",
        "note de service nationale du 10 décembre 2026 relative au calendrier des BTS, session 2027."]

LETTRE_P1 = [
    ("p", "J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2027 du brevet de technicien "
          "supérieur Électrotechnique. Le calendrier détaillé des épreuves écrites figure dans le second document de ce "
          "fichier (annexe 1)."),
    ("h", "1. Examinateurs et surveillants"),
    ("p", "La liste des professeurs susceptibles d'être convoqués comme examinateurs ou correcteurs est à retourner au "
          "bureau DEC 3 avant le vendredi 12 mars 2027, délai de rigueur."),
    ("h", "2. Dossiers des épreuves E5 et E6"),
    ("p", "Les dossiers de projet (E5 — Projet) et les rapports d'activités en entreprise (E6 — Épreuve professionnelle "
          "de synthèse) seront déposés en deux exemplaires au lycée Henri Loritz, 29 rue des Jardiniers, 54000 Nancy, "
          "au plus tard le vendredi 2 avril 2027 à 12 h 00."),
    ("p", "Le contrôle de conformité des dossiers E5 et E6 aura lieu le mardi 13 avril 2027 à 14 h 00 au lycée Henri "
          "Loritz. Un dossier non conforme entraîne l'attribution de la mention « non valide » à l'épreuve concernée."),
    ("h", "3. Épreuves écrites"),
    ("p", "Les épreuves écrites E1, E2, E31, E32, E41 et E42 se dérouleront au lycée Henri Loritz à Nancy et au lycée "
          "Louis de Cormontaigne, 12 place Cormontaigne, 57000 Metz, selon le calendrier joint. Aucune épreuve n'est "
          "prévue le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte)."),
    ("p", "La commission d'entente des correcteurs E41 et E42 se réunira le jeudi 20 mai 2027 à 9 h 00 au lycée "
          "Henri Loritz."),
]
LETTRE_P2 = [
    ("h", "4. Épreuves orales"),
    ("p", "Les soutenances de l'épreuve E5 se tiendront du mardi 25 mai au vendredi 28 mai 2027 au lycée Henri Loritz "
          "(Nancy) et au lycée Louis de Cormontaigne (Metz)."),
    ("p", "Les interrogations de l'épreuve E6 auront lieu du lundi 31 mai au jeudi 3 juin 2027 au lycée Louis Geisler, "
          "6 rue du Lycée, 88110 Raon-l'Étape."),
    ("h", "5. Délibérations et résultats"),
    ("p", "Le jury de délibération se réunira le mercredi 30 juin 2027 à 9 h 30 au rectorat de Nancy-Metz, "
          "2 rue Philippe de Gueldres, 54000 Nancy. Les résultats seront publiés le jeudi 1er juillet 2027 à partir "
          "de 16 h 00 sur le site de l'académie."),
    ("p", "Je vous remercie de bien vouloir assurer la diffusion de ces informations auprès des équipes pédagogiques "
          "et des candidats."),
    ("sig", "Pour la rectrice et par délégation,"),
    ("sig", "la cheffe de la division des examens et concours,"),
    ("sig", "Nadège Wurtz"),
]

ANNEXE_TITRE = "Annexe 1 — BTS Électrotechnique — calendrier des épreuves écrites — session 2027"
ANNEXE_SOUS = "Centres d'écrit : lycée Henri Loritz (Nancy) et lycée Louis de Cormontaigne (Metz). Horaires de métropole."
ANNEXE_TABLE = [
    ["Épreuve", "Intitulé", "Date", "Horaire", "Durée"],
    ["E1", "Culture générale et expression", "lundi 10 mai 2027", "14 h 00 – 18 h 00", "4 h"],
    ["E2", "Langue vivante étrangère : anglais", "mardi 11 mai 2027", "10 h 00 – 12 h 00", "2 h"],
    ["E3", "Mathématiques et physique-chimie", "", "", ""],
    ["E31", "   Mathématiques", "mardi 11 mai 2027", "14 h 00 – 16 h 00", "2 h"],
    ["E32", "   Physique-chimie", "mercredi 12 mai 2027", "10 h 00 – 12 h 00", "2 h"],
    ["E4", "Étude d'un système technique industriel", "", "", ""],
    ["E41", "   Pré-étude et modélisation", "mercredi 12 mai 2027", "14 h 00 – 18 h 00", "4 h"],
    ["E42", "   Conception et industrialisation", "vendredi 14 mai 2027", "8 h 00 – 12 h 00", "4 h"],
]
ANNEXE_NOTE = ("Les candidats doivent être présents 30 minutes avant le début de chaque épreuve. Calculatrice autorisée "
               "en E31, E32, E41 et E42 (mode examen).")
