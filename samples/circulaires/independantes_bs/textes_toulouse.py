"""BTS Support à l'action managériale – académie de Toulouse – session 2026 (fictitious).
Built with reportlab; the DEC then annotates the PDF (annotee), the same corrections are flattened (aplat);
the initial version is kept without any annotation (initiale)."""

EN_TETE = ["ACADÉMIE DE TOULOUSE", "Rectorat – Division des examens et concours – DEC 4 (BTS)",
           "75 rue Saint-Roch – 31400 Toulouse"]

LETTRE = [
    ("right", "Toulouse, le 2 mars 2026"),
    ("small", "Affaire suivie par M. Julien Rouquette – 05 36 25 71 48 – dec4-bts@ac-toulouse.fr"),
    ("indent", "Le recteur de l'académie de Toulouse\nà\nMesdames et Messieurs les proviseurs des lycées "
               "préparant au BTS Support à l'action managériale"),
    ("bold", "Objet : BTS Support à l'action managériale (SAM) – session 2026 – organisation des épreuves"),
    ("small", "Référence : circulaire nationale d'organisation du 9 janvier 2026."),
    ("h", "1. Centres d'épreuves"),
    ("p", "Épreuves écrites : lycée Ozenne, 9 rue Merly, 31000 Toulouse, et lycée Rascol, 10 rue de la "
          "République, 81000 Albi. Épreuves orales E4 et E5 des candidats ponctuels : lycée Déodat de Séverac, "
          "26 boulevard Déodat de Séverac, 31300 Toulouse."),
    ("h", "2. Épreuves écrites"),
]

ECRITS = [["Date", "Horaire", "Épreuve", "Centres"],
          ["lundi 11 mai 2026", "9 h – 11 h", "E21 – Langue vivante A (écrit)", "Ozenne, Rascol"],
          ["lundi 11 mai 2026", "13 h – 17 h", "E6 – Collaboration à la gestion des ressources humaines", "Ozenne, Rascol"],
          ["mardi 12 mai 2026", "14 h – 18 h", "E1 – Culture générale et expression", "Ozenne, Rascol"],
          ["mercredi 13 mai 2026", "14 h – 18 h", "E3 – Culture économique, juridique et managériale", "Ozenne, Rascol"]]

SUITE = [
    ("p", "L'épreuve E2 – Langues vivantes étrangères comprend l'écrit E21 ci-dessus et l'oral E22 (langue "
          "vivante B), évalué en cours de formation, sans convocation académique. Aucune épreuve n'a lieu le "
          "jeudi 14 mai 2026 (Ascension) ni le lundi 25 mai 2026 (lundi de Pentecôte)."),
    ("h", "3. Épreuves orales (candidats ponctuels)"),
    ("p", "E5 – Gestion de projet : du mardi 26 au vendredi 29 mai 2026, lycée Déodat de Séverac.\n"
          "E4 – Optimisation des processus administratifs : du lundi 1er au vendredi 5 juin 2026, même centre."),
    ("h", "4. Dossiers E4 et E5"),
    ("p", "Les dossiers des candidats sont déposés au lycée Déodat de Séverac au plus tard le "
          "vendredi 10 avril 2026 à 12 h, accompagnés du bordereau récapitulatif."),
    ("p", "Le contrôle de conformité des dossiers E4 et E5 aura lieu le mercredi 22 avril 2026 à 14 h "
          "au lycée Déodat de Séverac."),
    ("h", "5. Notes, jury et résultats"),
    ("p", "Les centres saisissent les notes des épreuves E4 et E5 au plus tard le mardi 9 juin 2026."),
    ("p", "Le jury se réunira le jeudi 25 juin 2026 à 9 h au rectorat de Toulouse. Les résultats seront "
          "publiés le vendredi 26 juin 2026 à 15 h."),
    ("sig", "Pour le recteur et par délégation,\nla cheffe de la division des examens et concours\n\nHélène Castagné"),
]

AUTEUR = "DEC 4 – J. Rouquette"
QUAND = "D:20260316104200+01'00'"
ANNOTS = [
    {"kind": "stamp", "text": "VERSION DÉFINITIVE", "at": (395, 760, 570, 800), "author": AUTEUR},
    {"kind": "strikeout", "anchor": "13 h – 17 h", "contents": "Horaire remplacé", "author": AUTEUR},
    {"kind": "freetext", "anchor": "13 h – 17 h", "author": AUTEUR,
     "text": "Modification : E6 de 14 h à 18 h au lieu de 13 h – 17 h. DEC 4, 16/03/2026"},
    {"kind": "strikeout", "anchor": "vendredi 10 avril 2026 à 12 h", "contents": "Date remplacée (voir encadré)",
     "author": AUTEUR},
    {"kind": "freetext", "anchor": "vendredi 10 avril 2026 à 12 h", "author": AUTEUR,
     "text": "Modification DEC 4 : dépôt reporté au mardi 14 avril 2026 à 12 h (même lieu)."},
    {"kind": "highlight", "anchor": "mercredi 22 avril 2026 à 14 h", "contents": "À confirmer aux centres ?",
     "author": "C. Bessière (relecture)"},
    {"kind": "note", "anchor": "Le contrôle de conformité", "author": "C. Bessière (relecture)", "open": False,
     "contents": "Pour moi : réserver la salle 204 le mardi 21 avril pour la réunion interne du bureau "
                 "(préparation de la conformité)."},
]
