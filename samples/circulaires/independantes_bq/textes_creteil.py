"""BTS Métiers de l'audiovisuel (MAV), académie de Créteil, session 2029 — texts (invented).
Theme: Word forms. [[X]] / [[ ]] = legacy FORMCHECKBOX fields (state only in w:ffData, no text);
{{X}} / {{ }} = content-control checkboxes (w14:checkbox, glyph ☒ / ☐ as text);
~~…~~ = the unused mention struck through (« rayer la mention inutile »)."""

HEADER = "Académie de Créteil – Division des examens et concours – DEC 5 – Réf. : DEC5/2029-112"
FOOTER = "BTS MAV – session 2029 – circulaire d'organisation"
LIEU_DATE = "Créteil, le 15 janvier 2029"
EXPEDITEUR = "Le recteur de l'académie de Créteil,\nchancelier des universités"
DEST = ("à\nMesdames et Messieurs les proviseurs des lycées publics et privés sous contrat\n"
        "et directeurs de CFA préparant au BTS Métiers de l'audiovisuel")
OBJET = "Objet : BTS Métiers de l'audiovisuel (MAV) – session 2029 – organisation des épreuves"
LECTURE = ("Mode de lecture : les cases cochées et les mentions non rayées indiquent les dispositions retenues pour "
           "la session 2029 ; les mentions rayées et les cases vides ne s'appliquent pas.")
OPTIONS = ("Options ouvertes dans l'académie : {{X}} Métiers de l'image   {{X}} Métiers du son   "
           "{{X}} Montage et postproduction   {{ }} Gestion de production   "
           "{{ }} Techniques d'ingénierie et exploitation des équipements")

S0 = "1. Accusé de réception"
S0_P = ("Le coupon figurant en dernière page est à retourner à la DEC 5 au plus tard le vendredi 2 février 2029, "
        "signé par le chef d'établissement.")

S1 = "2. Épreuves écrites"
S1_CHOIX_P = "Centre d'épreuves écrites (case cochée) :"
S1_CHOIX = [
    ("[[X]]", "Lycée Suger, 6 avenue Le Roy des Barres, 93200 Saint-Denis"),
    ("[[ ]]", "Lycée Jean-Pierre Timbaud, 103 avenue de la République, 93300 Aubervilliers"),
    ("[[ ]]", "Lycée Eugène Hénaff, 55 avenue Raspail, 93170 Bagnolet"),
]
ECRITS = [
    ["Date", "Horaire", "Épreuve", "Intitulé"],
    ["lundi 14 mai 2029", "13 h 30 – 17 h 30", "E1", "Culture audiovisuelle et artistique"],
    ["mardi 15 mai 2029", "14 h 00 – 16 h 00", "E2", "Anglais"],
    ["mercredi 16 mai 2029", "9 h 00 – 12 h 00", "E3", "Environnement économique, juridique et technologique de l'audiovisuel"],
    ["jeudi 17 mai 2029", "8 h 30 – 12 h 30", "E41", "Techniques et mise en œuvre – partie écrite"],
]
S1_NOTE = "Le mardi 8 mai 2029 et le jeudi 10 mai 2029 (Ascension) sont fériés."

S2 = "3. Épreuves pratiques et orales – Lycée Léon Blum, 5 avenue Georges Duhamel, 94000 Créteil"
E42 = ("E42 – Techniques et mise en œuvre – partie pratique : du mardi 22 au vendredi 25 mai 2029 "
       "(le lundi 21 mai 2029, lundi de Pentecôte, est férié).")
E5_ITEMS = [
    "E5 – Projet de production : dépôt du dossier le vendredi 20 avril 2029 à 16 h 00, ~~au rectorat~~ / au lycée "
    "Léon Blum (rayer la mention inutile).",
    "Contrôle de conformité des dossiers E5 : jeudi 26 avril 2029 à 10 h 00.",
    "Réunion d'entente des examinateurs E5 : ~~mardi 29 mai 2029~~ / mercredi 30 mai 2029 à 9 h 30 "
    "(rayer la mention inutile).",
    "Interrogations E5 : du lundi 4 au jeudi 7 juin 2029.",
]
E6_P = "E6 – Situation en milieu professionnel – période retenue (case cochée) :"
E6_CHOIX = [
    "{{ }} du lundi 28 mai au vendredi 1er juin 2029",
    "{{X}} du lundi 11 au jeudi 14 juin 2029",
]

S3 = "4. Délibération et résultats"
JURY = "Jury de délibération : mardi 3 juillet 2029 à 9 h 00, rectorat de Créteil, 4 rue Georges Enesco, 94000 Créteil."
RESULTATS = "Publication des résultats : vendredi 6 juillet 2029 à ~~10 h 00~~ / 14 h 00 (rayer la mention inutile)."
RAPPEL = "Pour mémoire, le jury de la session 2028 s'était réuni le mardi 4 juillet 2028."
SIGNATURE = "Pour le recteur et par délégation,\nla cheffe de la DEC,\nNadia Ferchichi"

COUPON_TITRE = "Accusé de réception – BTS MAV session 2029 (à retourner à la DEC 5)"
COUPON = ["Établissement : ……………………………………………", "Nom du chef d'établissement : ……………………………",
          "Date : ____ / ____ / 2029          Signature et cachet :"]

CORE = {"created": (2028, 12, 18, 10, 3), "modified": (2029, 1, 16, 11, 48), "last_printed": (2029, 1, 17, 8, 15),
        "revision": 7, "title": "BTS MAV 2029 – circulaire", "author": "DEC5"}

TRAPS = [["2029-05-29", None], ["2029-05-28", "2029-06-01"], ["2029-05-08", None], ["2029-05-10", None],
         ["2029-05-21", None], ["2028-07-04", None]]
META_TRAPS = [["2028-12-18", None], ["2029-01-16", None], ["2029-01-17", None]]  # CORE above
TRAP_CENTRES = ["timbaud", "henaff"]
