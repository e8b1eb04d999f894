"""Circulaire fictive : BTS Services et prestations des secteurs sanitaire et social (SP3S), académie de
Besançon, session 2025. Un seul tableau à deux colonnes de dates : « prévisionnelle » / « définitive »,
la colonne définitive disant parfois seulement « confirmée » ou « voir note ultérieure »."""

EN_TETE = ["Académie de Besançon", "Rectorat — DEC — Pôle des examens de l'enseignement supérieur"]
LIEU_DATE = "Besançon, le 10 mars 2025"
DESTINATAIRES = ("Le recteur de l'académie de Besançon à Mesdames et Messieurs les chefs d'établissement "
                 "des lycées préparant au BTS SP3S")
OBJET = ("Objet : BTS Services et prestations des secteurs sanitaire et social (SP3S) — session 2025 — "
         "passage du calendrier prévisionnel au calendrier définitif")
INTRO = ("Le calendrier prévisionnel diffusé par la note du 13 janvier 2025 comportait plusieurs dates provisoires. "
         "Le tableau ci-dessous rappelle chaque date prévisionnelle et indique, dans la colonne « Date définitive », "
         "la date désormais arrêtée. Lorsque cette colonne porte la mention « confirmée », la date prévisionnelle est "
         "maintenue telle quelle ; lorsqu'elle porte « voir note ultérieure », aucune date n'est encore fixée.")
ENTETES = ["Épreuve / opération", "Date prévisionnelle\n(note du 13 janvier 2025)", "Date définitive", "Horaire"]
LIGNES = [
    ["E1 — Culture générale et expression", "mardi 13 mai 2025 (à confirmer)", "confirmée", "14 h – 18 h"],
    ["E2 — Langue vivante étrangère : anglais", "xx/05/2025", "mercredi 14 mai 2025", "10 h – 12 h"],
    ["E3 — Publics et institutions", "jeudi 15 mai 2025 (sous réserve)", "vendredi 16 mai 2025", "9 h – 13 h"],
    ["E4 — Techniques de l'information et de la communication professionnelle", "date à préciser",
     "jeudi 15 mai 2025", "14 h – 17 h"],
    ["E5 — Relation de service (oral)", "semaine 23 (date exacte communiquée ultérieurement)",
     "du lundi 2 au vendredi 6 juin 2025", "selon convocation"],
    ["E6 — Conduite de projet (oral)", "voir note ultérieure", "voir note ultérieure", "—"],
    ["Dépôt des dossiers de projet E6", "xx/05/2025", "mercredi 21 mai 2025", "avant 17 h"],
    ["Jury de délibération", "date à préciser", "mardi 1er juillet 2025", "14 h"],
    ["Publication des résultats", "jeudi 3 juillet 2025 (à confirmer)", "confirmée", "10 h"],
]
CENTRES_TITRE = "Lieux des épreuves"
CENTRES = [
    "Épreuves écrites E1 à E4 : lycée Louis-Pergaud, 91 boulevard Blum, 25000 Besançon, et lycée Edgar-Faure, "
    "2 rue du Collège, 25500 Morteau.",
    "Oral E5 et dépôt des dossiers E6 : lycée Jules-Haag, 1 rue Labbé, 25000 Besançon.",
    "Le jury de délibération se tient au rectorat (Besançon).",
]
REMARQUES = [
    "Les candidats de la section SP3S du lycée Xavier-Marmier de Pontarlier (établissement de formation) composent "
    "les épreuves écrites à Morteau.",
    "Le lundi de Pentecôte 9 juin 2025 et le jeudi 29 mai 2025 (Ascension) sont fériés.",
    "Les dates de l'épreuve E6 et de la commission de conformité des dossiers seront fixées par une note ultérieure.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la DEC,", "Thibaut Vuillemin"]
