"""BTS Conception et réalisation de systèmes automatiques – note nationale – session 2029 (fictitious).
reportlab; annotated by the ministry office WITHOUT appearance streams (the viewer draws them): callout FreeText
with rich text, standard « Approved » stamp, a proposal and its rejected reply, a square, a caret."""

EN_TETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
           "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
           "Bureau des brevets de technicien supérieur"]

LETTRE = [
    ("right", "Paris, le 16 novembre 2028"),
    ("bold", "Note de service – BTS Conception et réalisation de systèmes automatiques (CRSA) – session 2029 – "
             "calendrier national des épreuves"),
    ("indent", "Destinataires : Mesdames les rectrices et Messieurs les recteurs d'académie ; divisions des "
               "examens et concours"),
    ("small", "Texte abrogé pour la présente session : note de service du 17 novembre 2027 (session 2028)."),
    ("p", "La présente note fixe les dates et horaires, en heure de Paris, des épreuves écrites nationales du BTS "
          "CRSA pour la session 2029 ainsi que les périodes laissées à l'organisation des académies."),
    ("h", "1. Épreuves écrites nationales"),
]

ECRITS = [["Date", "Horaire", "Épreuve"],
          ["lundi 14 mai 2029", "14 h – 18 h", "E1 – Culture générale et expression"],
          ["mardi 15 mai 2029", "10 h – 12 h", "E31 – Mathématiques"],
          ["mardi 15 mai 2029", "14 h – 16 h", "E32 – Physique-chimie"],
          ["mercredi 16 mai 2029", "10 h – 12 h", "E2 – Anglais"],
          ["mercredi 16 mai 2029", "14 h – 18 h", "E4 – Conception préliminaire d'un système automatique"],
          ["jeudi 17 mai 2029", "8 h – 12 h", "E51 – Conception détaillée"]]

SUITE = [
    ("p", "E3 – Mathématiques et physique-chimie regroupe E31 et E32. E5 – Conception et réalisation comprend "
          "E51 et E52 – Réalisation et mise en service, évaluée en cours de formation ou, pour les candidats "
          "ponctuels, selon le calendrier académique. Aucune épreuve n'est fixée le jeudi 10 mai 2029 (Ascension) "
          "ni le lundi 21 mai 2029 (lundi de Pentecôte)."),
    ("h", "2. Épreuves organisées par les académies"),
    ("p", "L'épreuve orale E6 – Rapport de stage se déroule entre le mercredi 23 mai et le vendredi 8 juin 2029, "
          "selon le calendrier de chaque académie. Les académies fixent la date de dépôt des rapports de stage E6, "
          "qui ne peut être postérieure au vendredi 13 avril 2029."),
    ("h", "3. Notes et résultats"),
    ("p", "Les notes de toutes les épreuves sont saisies au plus tard le mardi 19 juin 2029. Résultats : publication "
          "au plus tard le vendredi 6 juillet 2029."),
    ("sig", "Pour la ministre et par délégation,\nla cheffe du bureau des brevets de technicien supérieur\n\n"
            "Claire Desmarets"),
]

AUTEUR = "DGESIP – bureau des BTS"
QUAND = "D:20281204110000+01'00'"
ANNOTS = [
    {"kind": "stamp_std", "name": "Approved", "at": (440, 770, 570, 805), "author": AUTEUR,
     "contents": "Approuvé – bureau des BTS, 04/12/2028"},
    {"kind": "freetext", "anchor": "14 h – 16 h", "author": AUTEUR, "ap": False, "callout": True,
     "text": "Rectificatif : E32 de 14 h 30 à 16 h 30 (et non 14 h – 16 h)."},
    {"kind": "note", "anchor": "E4 – Conception préliminaire", "author": "A. Pelletier (DEC Rennes)", "open": False,
     "contents": "Proposition : avancer E4 au vendredi 18 mai 2029 ?", "id": "prop", "ap": False},
    {"kind": "note", "reply_to": "prop", "author": AUTEUR, "state": "Rejected", "ap": False,
     "contents": "Refusé : E4 maintenue le mercredi 16 mai 2029 à 14 h."},
    {"kind": "square", "anchor": "L'épreuve orale E6", "author": AUTEUR, "contents": "Fenêtre nationale inchangée.",
     "ap": False},
    {"kind": "caret", "anchor": "Résultats", "author": AUTEUR, "ap": False,
     "contents": "insérer : « sous réserve des délibérations des jurys »"},
]
