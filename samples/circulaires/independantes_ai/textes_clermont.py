"""Circulaire fictive BTS Systèmes numériques (SN), académie de Clermont-Ferrand, session 2025.
Les deux calendriers sont des suites de formes (chevrons, flèches) de type SmartArt, sans image ni tableau."""

ENTETE = ["ACADÉMIE DE CLERMONT-FERRAND", "Rectorat – Division des examens et concours (DEC)",
          "Pôle des examens post-baccalauréat", "Dossier suivi par : Grégoire Aubignat-Fayolle",
          "3 avenue Vercingétorix – 63033 Clermont-Ferrand Cedex 1"]
LIEU_DATE = "Clermont-Ferrand, le 14 février 2025"
OBJET = ("Objet : Brevet de technicien supérieur Systèmes numériques (SN), options Informatique et réseaux et "
         "Électronique et communications – session 2025 – organisation des épreuves")
REFERENCES = ("Références : décret n° 2013-756 du 19 août 2013 ; arrêté du 12 juin 2019 portant définition du BTS "
              "Systèmes numériques ; note de service nationale du 28 novembre 2024 (calendrier des épreuves écrites).")
INTRO = ("J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2025 du BTS Systèmes "
         "numériques dans l'académie de Clermont-Ferrand. Les horaires sont ceux de la métropole.")

CENTRES_TITRE = "1. Centres d'épreuves écrites"
CENTRES = [
    "Lycée Lafayette, 21 boulevard Robert Schuman, 63000 Clermont-Ferrand",
    "Lycée Paul Constans, rue Christophe Thivrier, 03100 Montluçon",
    "Lycée Charles et Adrien Dupuy, 2 avenue Baptiste Marcet, 43000 Le Puy-en-Velay",
]

ECRITS_TITRE = "2. Calendrier des épreuves écrites"
ECRITS_INTRO = "Les épreuves écrites s'enchaînent selon la séquence ci-dessous (une flèche par épreuve)."
# (date, code, intitulé court, horaire) – un chevron par épreuve
CHEVRONS_ECRITS = [
    ("Lun. 12 mai 2025", "E1 · U1", "Culture générale et expression", "14 h 00 – 18 h 00 (4 h)"),
    ("Mar. 13 mai 2025", "E2 · U2", "Anglais", "10 h 00 – 12 h 00 (2 h)"),
    ("Mar. 13 mai 2025", "E3 · U3", "Mathématiques", "14 h 00 – 16 h 00 (2 h)"),
    ("Mer. 14 mai 2025", "E4 · U4", "Étude d'un système numérique et d'information", "8 h 30 – 14 h 30 (6 h)"),
]
ECRITS_APRES = [
    "Une réunion d'entente des correcteurs de l'épreuve E4 se tiendra le jeudi 15 mai 2025 à 9 h 00 au Lycée "
    "Lafayette ; la correction débute à l'issue de cette réunion.",
]

ORAUX_TITRE = "3. Épreuves pratiques et orales"
ORAUX = [
    "E5 – Intégration d'un système numérique et d'information (U5) : épreuve pratique du mardi 20 au jeudi 22 mai "
    "2025 au Lycée Lafayette, Clermont-Ferrand, selon le planning de passage joint aux convocations.",
    "E6 – Projet technique : la sous-épreuve E61 « Rapport d'activités en entreprise » (U61) est évaluée en CCF "
    "uniquement ; la sous-épreuve E62 « Projet technique » (U62) donne lieu à une soutenance dont les étapes "
    "figurent dans la séquence ci-dessous.",
    "EF1 – Langue vivante facultative (UF1) : oral le jeudi 5 juin 2025 au Lycée Blaise Pascal, 36 avenue Carnot, "
    "63000 Clermont-Ferrand.",
]
# (titre, date, ligne 2) – formes en flèche pour le projet E62 puis la fin de session
ETAPES_E62 = [
    ("Remise du dossier E62", "Vendredi 25 avril 2025", "avant 12 h 00, au rectorat (DEC)"),
    ("Contrôle de conformité E62", "Mercredi 30 avril 2025", "14 h 00, commission académique"),
    ("Soutenances E62", "du 02 au 04 juin 2025", "Lycée Lafayette"),
    ("Jury de délibération", "Lundi 23 juin 2025", "14 h 00, rectorat"),
]
FIN = [
    "Les résultats seront publiés le mardi 24 juin 2025 à 17 h 00 sur le site de l'académie.",
    "Pour mémoire, le jeudi 29 mai 2025 (Ascension) et le lundi 9 juin 2025 (lundi de Pentecôte) sont fériés.",
    "Les sections de BTS SN du Lycée Virlogeux (Riom) et du Lycée Jean Zay (Thiers) présentent leurs candidats "
    "au Lycée Lafayette ; ces établissements ne sont pas centres d'épreuves.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,",
             "Hélène Chassaing-Rouvier"]
