"""Texte de la circulaire fictive BTS Électrotechnique, académie de Nancy-Metz, session 2026 (HTML + PDF Chromium)."""

EMETTEUR = ["Académie de Nancy-Metz", "Rectorat – Division des examens et concours (DEC 2)",
            "Pôle des BTS industriels"]
REF = "DEC2/BTS/2026-014"
LIEU_DATE = "Nancy, le 3 février 2026"
DESTINATAIRES = ("à Mesdames et Messieurs les proviseurs des lycées et les directeurs des CFA et organismes de "
                 "formation préparant au BTS Électrotechnique")
TITRE = "BTS Électrotechnique (ET) – session 2026"
SOUS_TITRE = "Circulaire d'organisation académique"
INTRO = ("Le tableau ci-dessous est le calendrier académique des épreuves écrites des BTS du domaine industriel. "
         "Il est diffusé à l'identique à toutes les spécialités : chaque colonne correspond à une spécialité, chaque "
         "ligne à un créneau. Une case étendue sur plusieurs colonnes signale une épreuve commune aux spécialités "
         "qu'elle recouvre ; un tiret signale que la spécialité n'a pas d'épreuve sur ce créneau. La colonne du BTS "
         "Électrotechnique est surlignée.")
CAL_TITRE = "Calendrier des épreuves écrites des BTS industriels – session 2026"
COLONNES = ["CIRA", "Électro-<br>technique", "SN", "CRSA", "MS", "FED", "CPRP"]
ET_COL = 1
# (date, horaire, [(texte, colspan), ...]) ; "—" = pas d'épreuve
CAL = [
    ("lun. 11/05/2026", "14h00 – 18h00", [("U1 – Culture générale et expression", 7)]),
    ("mar. 12/05/2026", "10h00 – 12h00", [("U2 – Anglais (écrit)", 7)]),
    ("mar. 12/05/2026", "14h00 – 16h00", [("U31 – Mathématiques<br><i>groupement A</i>", 3),
                                          ("—", 1), ("—", 1), ("—", 1), ("—", 1)]),
    ("mer. 13/05/2026", "10h00 – 12h00", [("—", 1), ("—", 1), ("—", 1),
                                          ("U31 – Mathématiques<br><i>groupement B</i>", 4)]),
    ("mer. 13/05/2026", "14h00 – 16h00", [("U32 – Physique-chimie", 2), ("—", 1),
                                          ("U32 – Physique-chimie", 1), ("—", 1), ("—", 1), ("—", 1)]),
    ("lun. 18/05/2026", "08h00 – 12h00", [("U41 – Instrumentation et régulation", 1),
                                          ("U41 – Pré-étude et modélisation", 1), ("—", 1), ("—", 1),
                                          ("U41 – Analyse des systèmes", 1), ("—", 1), ("—", 1)]),
    ("mar. 19/05/2026", "08h00 – 14h00", [("—", 1), ("U42 – Conception et industrialisation", 1),
                                          ("U4 – Étude d'un système numérique", 1), ("—", 1), ("—", 1),
                                          ("—", 1), ("—", 1)]),
    ("jeu. 21/05/2026", "08h00 – 12h00", [("—", 1), ("—", 1), ("—", 1), ("—", 1), ("—", 1),
                                          ("U41 – Dimensionnement des installations", 1),
                                          ("U4 – Conception préliminaire", 1)]),
    ("ven. 22/05/2026", "13h00 – 17h00", [("—", 1), ("—", 1), ("—", 1), ("U4 – Conception d'un système automatisé", 1),
                                          ("—", 1), ("—", 1), ("—", 1)]),
]
LEGENDE = ("CIRA : contrôle industriel et régulation automatique – SN : systèmes numériques – CRSA : conception et "
           "réalisation de systèmes automatiques – MS : maintenance des systèmes – FED : fluides, énergies, domotique "
           "– CPRP : conception des processus de réalisation de produits. Jeudi 14 mai 2026 (Ascension) et lundi "
           "25 mai 2026 (lundi de Pentecôte) : aucune épreuve.")

T_ET = "Épreuves orales et pratiques du BTS Électrotechnique"
ET_ITEMS = [
    ("Dépôt des dossiers", "Les dossiers de projet (U52) et les rapports d'activités en entreprise (U61) sont déposés "
     "au plus tard le <b>jeudi 30 avril 2026 à 16 h 00</b> au lycée Louis Majorelle (Toul)."),
    ("U62 – Épreuve pratique d'essais et de mesures", "du <b>mardi 26 au vendredi 29 mai 2026</b>, au lycée Jean-Zay "
     "(Jarny)."),
    ("U51 – Revue de projet et U52 – Soutenance du projet technique", "du <b>lundi 1er au vendredi 5 juin 2026</b>, "
     "au lycée Jean-Zay (Jarny) et au lycée Louis Majorelle (Toul)."),
    ("U61 – Rapport d'activités en entreprise (oral)", "du <b>lundi 8 au mercredi 10 juin 2026</b>, au lycée Louis "
     "Majorelle (Toul)."),
    ("UF1 – Langue vivante facultative", "<b>mardi 9 juin 2026 à 14 h 00</b>, au lycée Louis Majorelle (Toul)."),
]
T_CORR = "Correction des épreuves U41 et U42"
CORR = ("La réunion d'entente des correcteurs des épreuves U41 et U42 aura lieu le <b>mercredi 20 mai 2026 à 9 h 00</b> "
        "au lycée Claude Gellée (Épinal). La correction se déroulera sur place du <b>mercredi 20 au mercredi 27 mai "
        "2026</b>. Les épreuves U1, U2 et U31 sont corrigées selon l'organisation commune aux BTS industriels.")
T_JURY = "Délibération et résultats"
JURY = ("Le jury se réunira le <b>jeudi 2 juillet 2026 à 9 h 30</b> au lycée Claude Gellée (Épinal). Les résultats "
        "seront consultables à partir du <b>vendredi 3 juillet 2026 à 14 h 00</b>.")
T_CENTRES = "Centres"
CENTRES = [
    ("Lycée Jean-Zay", "2 rue de la Tuilerie", "54800 Jarny", "U62, U51, U52"),
    ("Lycée Louis Majorelle", "15 avenue du Colonel Péchot", "54200 Toul", "dépôt des dossiers, U51, U52, U61, UF1"),
    ("Lycée Claude Gellée", "44 rue Abel Ferry", "88000 Épinal", "correction U41-U42, jury"),
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours,",
             "Thibaut Kieffer"]
PIED = "Rectorat de l'académie de Nancy-Metz – 2 rue Philippe de Gueldres – CO n° 13 – 54035 Nancy Cedex"
