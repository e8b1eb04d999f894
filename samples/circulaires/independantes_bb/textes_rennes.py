"""Texte de la circulaire fictive BTS GPME, académie de Rennes, session 2028 (PDF reportlab).
Planning en matrice date × unité, cellules codées par lettres, légende sous la grille ; dates « ma 16/05 »."""

EN_TETE = ["ACADÉMIE DE RENNES", "Division des examens et concours – DEC 2 / BTS"]
LIEU_DATE = "Rennes, le 02/02/2028"
OBJET = "Objet : BTS Gestion de la PME (GPME) – session 2028 – planning académique"
REF = "Réf. : circ. nat. d'org. du 09/01/2028."
INTRO = [
    "J'ai l'honneur de vous transmettre le planning de la session 2028 du BTS GPME. Il est présenté sous la forme "
    "d'une grille « date × unité » : chaque case porte une lettre (nature de l'opération) suivie, le cas échéant, "
    "de l'horaire. La légende figure sous la grille. Les dates de la grille s'entendent en 2028.",
    "L'épreuve E4 (U4) – gérer la relation avec les clients et les fournisseurs – est orale : les candidats "
    "ponctuels déposent leur dossier puis sont interrogés au Lyc. de Bréquigny. L'unité U2 est évaluée en CCF "
    "pour tous les candidats de l'académie : elle n'apparaît pas dans la grille datée.",
]
GRILLE_TITRE = "Planning session 2028 – vue par unité"
COLS = ["U1", "U2", "U3", "U4", "U5", "U6", "UF1"]
# (libellé de ligne, {colonne: contenu}) ; "*" = ligne pleine largeur
LIGNES = [
    ("ve 24/03", {"U4": "D 12h"}),
    ("je 30/03", {"U4": "C 14h"}),
    ("ma 16/05", {"U3": "É 14-18h"}),
    ("me 17/05", {"U1": "É 14-18h"}),
    ("je 18/05", {"U6": "É 8h-12h"}),
    ("ve 19/05", {"U5": "É 13h30-16h30"}),
    ("lu 22/05", {"U5": "R 14-17h", "U6": "R 9h-12h"}),
    ("ma 23/05", {"UF1": "O 8h30-12h"}),
    ("lu 29/05\n→ ve 02/06", {"U4": "O (soutien.)"}),
    ("ve 16/06", {"*": "T – livrets sco. à transmettre au centre de délib."}),
    ("je 29/06", {"*": "J – J. délib., 9h, Lyc. Chateaubriand"}),
    ("ve 30/06", {"*": "P – publ. résultats à 14h"}),
]
LEGENDE_TITRE = "Légende"
LEGENDE = [
    ("É", "écrit ponct. (centres d'écrit)"),
    ("O", "oral ponct. / soutien."),
    ("D", "dép. doss. (heure limite)"),
    ("C", "ctrl conf. des dossiers"),
    ("R", "réu. d'entente des correcteurs"),
    ("T", "transmission"),
    ("J", "jury de délibération"),
    ("P", "publication"),
    ("U2", "CCF – non planifié"),
]
FERIES = "Hors grille : 25/05 (Ascension) et 05/06 (Pentecôte) sont fériés ; vac. print. du 08/04 au 24/04."

CENTRES_TITRE = "Centres"
CENTRES = [
    ("É – écrits U1, U3, U5, U6", [
        "Lyc. Chateaubriand – 136 bd de Vitré – 35700 Rennes",
        "Lyc. Dupuy de Lôme – 4 rue Jean Le Coutaller – 56100 Lorient",
        "Lyc. Kerichen – rue Prince de Joinville – 29200 Brest"]),
    ("D, C, O – U4 ; O – UF1 ; R – U5, U6", [
        "Lyc. de Bréquigny – 7 av. Georges Graff – 35200 Rennes"]),
    ("J – délibération", ["Lyc. Chateaubriand – Rennes"]),
]
SECTIONS = ("Les sections de formation (Lyc. Saint-Martin à Rennes, Lyc. Le Likès à Quimper, CFA CCI à Ploufragan) "
            "ne sont pas centres d'examen.")
CONTACT = "Gestionnaire : Mme Soizic Le Bihan – dec2-bts@ac-rennes.fr"
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la DEC,", "Yann-Erwan Guillou"]
PIED = "Rectorat de Rennes – 96 rue d'Antrain – 35705 Rennes cedex 7"
