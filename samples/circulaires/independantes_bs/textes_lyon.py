"""BTS Contrôle industriel et régulation automatique – académie de Lyon – session 2027 (fictitious).
python-docx -> LibreOffice PDF, then annotated by the DEC (incremental update); a printed-and-scanned copy."""

EN_TETE = ["ACADÉMIE DE LYON", "Rectorat – Division des examens et concours – Bureau des BTS",
           "92 rue de Marseille – 69007 Lyon"]
DATE = "Lyon, le 15 février 2027"
DEST = ("La rectrice de l'académie de Lyon à Mesdames et Messieurs les chefs d'établissement des lycées "
        "préparant au BTS Contrôle industriel et régulation automatique")
OBJET = "Objet : BTS Contrôle industriel et régulation automatique (CIRA) – session 2027"
AVANT = [
    "J'ai l'honneur de vous communiquer l'organisation de la session 2027. Les épreuves écrites se déroulent au "
    "lycée La Martinière Monplaisir, 41 rue Antoine Lumière, 69008 Lyon, et au lycée Albert Thomas, "
    "20 rue Albert Thomas, 42300 Roanne. Les épreuves E51 et E6 ont lieu au lycée La Martinière Monplaisir (Lyon).",
]
TABLE = [["Date", "Horaire", "Épreuve", "Centres"],
         ["lundi 10 mai 2027", "14 h – 18 h", "E1 – Culture générale et expression", "Monplaisir, Albert Thomas"],
         ["mardi 11 mai 2027", "10 h – 12 h", "E31 – Mathématiques", "Monplaisir, Albert Thomas"],
         ["mardi 11 mai 2027", "13 h – 15 h", "E32 – Physique-chimie", "Monplaisir, Albert Thomas"],
         ["mercredi 12 mai 2027", "10 h – 12 h", "E2 – Anglais", "Monplaisir, Albert Thomas"],
         ["jeudi 13 mai 2027", "8 h – 12 h", "E4 – Étude d'un système instrumenté", "Monplaisir, Albert Thomas"],
         ["du mardi 18 au vendredi 21 mai 2027", "convocation individuelle",
          "E51 – Mise en œuvre d'un système de régulation (pratique)", "La Martinière Monplaisir"],
         ["du lundi 31 mai au jeudi 3 juin 2027", "convocation individuelle", "E6 – Rapport de stage (oral)",
          "La Martinière Monplaisir"]]
APRES = [
    "E3 – Mathématiques et physique-chimie regroupe E31 et E32. E5 – Mise en œuvre comprend E51 ci-dessus et "
    "E52 – Rapport d'activités, évaluée en cours de formation (pas de convocation). Aucune épreuve n'a lieu le "
    "lundi 17 mai 2027 (lundi de Pentecôte).",
    "Les rapports de stage E6 sont déposés au lycée La Martinière Monplaisir au plus tard le vendredi 9 avril 2027 "
    "à 17 h. Le contrôle de conformité des rapports aura lieu le jeudi 22 avril 2027 à 14 h.",
    "Le jury se réunira le mardi 29 juin 2027 à 10 h au rectorat de Lyon. Les résultats seront publiés le "
    "mercredi 30 juin 2027 à 14 h.",
]
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours", "",
             "Bertrand Vial"]

AUTEUR = "DEC Lyon – S. Mercier"
QUAND = "D:20270308153000+01'00'"
ANNOTS = [
    {"kind": "stamp", "text": "APPROUVÉ", "at": (430, 770, 560, 805), "author": AUTEUR},
    {"kind": "freetext", "anchor": "13 h – 15 h", "author": AUTEUR,
     "text": "Modification : E32 à 14 h au lieu de 13 h (fin à 16 h)."},
    {"kind": "line", "anchor": "jeudi 22 avril 2027 à 14 h", "author": AUTEUR, "contents": "Date barrée"},
    {"kind": "freetext", "anchor": "jeudi 22 avril 2027 à 14 h", "author": AUTEUR,
     "text": "Conformité reportée au mardi 27 avril 2027 à 14 h. S. Mercier, DEC"},
    {"kind": "freetext", "anchor": "Le jury se réunira", "author": AUTEUR, "hidden": True, "dy": -40,
     "text": "Jury avancé au lundi 28 juin 2027 ? (à voir avec la présidente)"},
    {"kind": "note", "anchor": "du mardi 18 au vendredi 21 mai 2027", "author": "N. Achard", "open": False,
     "contents": "Vérifier avec le DDFPT la disponibilité de l'atelier de régulation le vendredi 14 mai."},
]
