"""BTS Systèmes numériques (SN), académie de Nancy-Metz, session 2027 — texts (invented).
Theme: a version-history table, a « Réf. … du … » header, a « mis à jour le » footer with a PRINTDATE field,
and core properties (created / modified / last printed) that all look like dates of events."""

HEADER = [
    "Académie de Nancy-Metz – Rectorat – Division des examens et concours – DEC 3 (bureau des BTS)",
    "Réf. : DEC3/2027-045 du 11 janvier 2027",
]
FOOTER_BEFORE_FIELD = "Circulaire BTS SN – session 2027 – version 3, mise à jour le 4 février 2027 – Date d'impression : "
PRINTDATE_CACHED = "08/03/2027"

LIEU_DATE = "Nancy, le 4 février 2027"
EXPEDITEUR = ("Le recteur de la région académique Grand Est,\nrecteur de l'académie de Nancy-Metz,\n"
              "chancelier des universités")
DESTINATAIRES = ("à\nMesdames et Messieurs les proviseurs des lycées publics et privés sous contrat\n"
                 "Mesdames et Messieurs les directeurs de CFA\npréparant au BTS Systèmes numériques")
OBJET = ("Objet : organisation de la session 2027 du BTS Systèmes numériques (SN), option A Informatique et "
         "réseaux (IR) et option B Électronique et communications (EC)")
REFERENCE = ("Référence : note de service nationale du 9 décembre 2026 relative au calendrier des épreuves "
             "ponctuelles des BTS.")

VERSIONS_TITRE = "Historique des versions du document"
VERSIONS = [
    ["Version", "Date", "Modifications"],
    ["1", "11 janvier 2027", "Version initiale."],
    ["2", "25 janvier 2027", "Section 4 : le lycée Cormontaigne (Metz) n'est plus centre d'épreuves ; les candidats "
                             "de la Moselle composent au lycée Louis Vincent (Metz)."],
    ["3", "4 février 2027", "Section 3 : la date limite de dépôt des dossiers E62 est reportée au vendredi 2 avril "
                            "2027 à 12 h 00 (au lieu du vendredi 26 mars 2027) ; le contrôle de conformité est "
                            "déplacé au mardi 6 avril 2027 (au lieu du mardi 30 mars 2027)."],
]
VERSIONS_NOTE = ("Seule la version 3 fait foi. Elle annule les versions précédentes ; les passages modifiés "
                 "sont signalés par un trait dans la marge.")

INTRO = ("J'ai l'honneur de vous communiquer ci-dessous les modalités d'organisation de la session 2027 du BTS "
         "Systèmes numériques pour l'académie de Nancy-Metz. Je vous remercie d'en assurer la diffusion auprès des "
         "équipes pédagogiques et des candidats.")

S1 = "1. Épreuves écrites ponctuelles"
S1_P = "Les épreuves écrites se déroulent dans les centres désignés à la section 4, aux horaires suivants :"
ECRITS = [
    ["Date", "Horaire", "Épreuve", "Intitulé"],
    ["mardi 11 mai 2027", "14 h 00 – 18 h 00", "E1", "Culture générale et expression"],
    ["mercredi 12 mai 2027", "10 h 00 – 12 h 00", "E31", "Mathématiques"],
    ["mercredi 12 mai 2027", "14 h 00 – 16 h 00", "E32", "Physique-chimie"],
    ["jeudi 13 mai 2027", "10 h 00 – 12 h 00", "E2", "Anglais"],
    ["vendredi 14 mai 2027", "8 h 00 – 14 h 00", "E4", "Étude d'un système numérique et d'information"],
]
S1_NOTE = "Les épreuves E31 et E32 constituent l'épreuve E3 ; la convocation précise la salle de composition."

S2 = "2. Épreuve pratique E5 – Intervention sur un système numérique et d'information"
S2_P = ("L'épreuve E5 se déroule du mardi 18 au vendredi 21 mai 2027 dans les centres de la section 4, selon le "
        "planning de passage établi par chaque centre. Le lundi 17 mai 2027 (lundi de Pentecôte) est férié.")

S3 = "3. Épreuve E6 – Projet technique et rapport de stage"
S3_ITEMS = [
    "E62 – Projet technique : les dossiers sont déposés au centre d'épreuves au plus tard le vendredi 2 avril 2027 "
    "à 12 h 00 (délai de rigueur).",
    "Le contrôle de conformité des dossiers E62 a lieu le mardi 6 avril 2027 à 14 h 00 au rectorat (site de Nancy, "
    "salle Stanislas).",
    "E61 – Rapport de stage : dépôt au centre d'épreuves au plus tard le vendredi 23 avril 2027.",
    "Les soutenances E61 et E62 se déroulent du lundi 31 mai au jeudi 3 juin 2027.",
]

S4 = "4. Centres d'épreuves"
CENTRES = [
    ["Centre", "Adresse", "Candidats"],
    ["Lycée Henri Loritz", "29 rue des Jardiniers, 54000 Nancy", "Meurthe-et-Moselle et Meuse"],
    ["Lycée Louis Vincent", "rue de Verdun, 57000 Metz", "Moselle"],
    ["Lycée Louis Lapicque", "5 rue Nicolas Copernic, 88000 Épinal", "Vosges"],
]

S5 = "5. Délibération et résultats"
S5_P = ("Le jury de délibération se réunit le mardi 29 juin 2027 à 9 h 00 au rectorat de Nancy-Metz, "
        "2 rue Philippe de Gueldres, 54000 Nancy. Les résultats sont publiés le jeudi 1er juillet 2027 à 10 h 00.")

SIGNATURE = ("Pour le recteur et par délégation,\nla cheffe de la division des examens et concours,\n\nClaire Mangenot")

# document properties (metadata only): none of them is an event
CORE = {"created": (2027, 1, 8, 9, 12), "modified": (2027, 2, 4, 17, 5), "last_printed": (2027, 3, 8, 8, 30),
        "revision": 3, "title": "Circulaire BTS SN session 2027 – v3", "author": "DEC3 – bureau des BTS"}

TRAPS = [["2027-03-26", None], ["2027-03-30", None], ["2027-01-11", None], ["2027-01-25", None],
         ["2027-03-08", None], ["2027-05-17", None], ["2026-12-09", None]]
META_TRAPS = [["2027-01-08", None], ["2027-03-08", None]]  # CORE above (modified = date of the letter)
TRAP_CENTRES = ["cormontaigne"]
