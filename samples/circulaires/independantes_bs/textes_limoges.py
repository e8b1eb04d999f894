"""BTS Analyses de biologie médicale – académie de Limoges – session 2030 (fictitious).
A letter laid out in a spreadsheet (openpyxl -> LibreOffice Calc PDF), with an empty « Observations » column where
the DEC types its corrections (typewriter FreeText), strikes the old centre, adds a sticky note and an ink circle."""

EN_TETE = ["ACADÉMIE DE LIMOGES", "Rectorat – Division des examens et concours – DEC 2",
           "13 rue François Chénieux – 87031 Limoges Cedex 1"]
DATE = "Limoges, le 6 mars 2030"
OBJET = "Objet : BTS Analyses de biologie médicale (ABM) – session 2030 – calendrier et centres"
AVANT = [
    "Centres des épreuves écrites : lycée Gay-Lussac, 12 boulevard Georges Périn, 87000 Limoges ; lycée Edmond "
    "Perrier, 6 avenue Henri de Bournazel, 19000 Tulle.",
    "Épreuve pratique E52 : lycée Turgot, 6 rue Paul Derignac, 87000 Limoges.",
    "Épreuve orale E6 : lycée Gay-Lussac (Limoges).",
]
TABLE = [["Date", "Horaire", "Épreuve", "Centre", "Observations"],
         ["lundi 13 mai 2030", "14 h – 18 h", "E4 – Biologie et physiopathologie humaines", "Gay-Lussac, Perrier", ""],
         ["mardi 14 mai 2030", "14 h – 18 h", "E1 – Culture générale et expression", "Gay-Lussac, Perrier", ""],
         ["mercredi 15 mai 2030", "9 h – 11 h", "E31 – Mathématiques", "Gay-Lussac, Perrier", ""],
         ["mercredi 15 mai 2030", "14 h – 16 h", "E32 – Sciences physiques et chimiques", "Gay-Lussac, Perrier", ""],
         ["jeudi 16 mai 2030", "10 h – 12 h", "E2 – Anglais", "Gay-Lussac, Perrier", ""],
         ["vendredi 17 mai 2030", "8 h – 12 h", "E51 – Analyses de biologie médicale (écrit)", "Gay-Lussac, Perrier", ""],
         ["du lundi 20 au vendredi 24 mai 2030", "sur convocation", "E52 – Analyses de biologie médicale (pratique)",
          "lycée Turgot", ""],
         ["du mardi 11 au jeudi 13 juin 2030", "sur convocation", "E6 – Soutenance du rapport de stage", "Gay-Lussac", ""]]
APRES = [
    "E3 – Mathématiques et sciences physiques regroupe E31 et E32 ; E5 – Analyses de biologie médicale regroupe E51 et E52.",
    "Jours fériés sans épreuve : jeudi 30 mai 2030 (Ascension), lundi 10 juin 2030 (Pentecôte).",
    "Dépôt des rapports de stage E6 au lycée Gay-Lussac : le mardi 23 avril 2030.",
    "Contrôle de conformité des rapports E6 : jeudi 25 avril 2030 à 9 h, lycée Gay-Lussac.",
    "Jury : jeudi 27 juin 2030 à 14 h au rectorat de Limoges. Résultats : vendredi 28 juin 2030 à 10 h.",
    "Pour le recteur et par délégation, le chef de la DEC – Patrick Lavergne",
]

AUTEUR = "DEC 2 – M. Faucher"
QUAND = "D:20300325142000+01'00'"
ANNOTS = [
    {"kind": "stamp", "text": "VU – DEC 2", "at": (470, 785, 570, 810), "author": AUTEUR},
    {"kind": "strikeout", "anchor": "lycée Turgot, 6 rue Paul Derignac, 87000 Limoges", "author": AUTEUR,
     "contents": "Centre remplacé"},
    {"kind": "freetext", "anchor": "lycée Turgot, 6 rue Paul Derignac, 87000 Limoges", "author": AUTEUR,
     "typewriter": True, "after": True, "dy": 1,
     "text": "Centre E52 modifié : lycée Suzanne Valadon, 39 rue Fernand Bourdelle, 87000 Limoges."},
    {"kind": "strikeout", "anchor": "lycée Turgot", "occurrence": 1, "author": AUTEUR, "contents": "Centre remplacé"},
    {"kind": "freetext", "anchor": "lycée Turgot", "occurrence": 1, "author": AUTEUR, "typewriter": True,
     "column": "Observations", "text": "lycée Suzanne Valadon (Limoges)"},
    {"kind": "note", "anchor": "Dépôt des rapports de stage E6", "author": AUTEUR, "open": True,
     "contents": "DEC 2 – précision : dépôt accepté jusqu'à 17 h ce jour-là (accueil du lycée Gay-Lussac)."},
    {"kind": "ink", "anchor": "E4 – Biologie et physiopathologie", "author": "R. Dumas (relecture)"},
]
