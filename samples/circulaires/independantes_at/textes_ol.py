"""Note nationale fictive : BTS Opticien-lunetier (OL), session 2029, épreuves écrites nationales.
Page 1 : calendrier prévisionnel (version 1) avec colonne « État » ; page 2 : encadré « calendrier définitif »."""

MINISTERE = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "ET DE L'ENSEIGNEMENT SUPÉRIEUR",
             "Direction générale de l'enseignement scolaire", "Service de l'accompagnement des examens — bureau des BTS"]
VERSION = "Note de service — version 2 du 2 avril 2029"
DEST = ("La ministre à Mesdames et Messieurs les recteurs et rectrices d'académie — Division des examens et concours ; "
        "Mesdames et Messieurs les proviseurs des établissements préparant au BTS Opticien-lunetier")
OBJET = "Objet : BTS Opticien-lunetier (OL) — session 2029 — calendrier des épreuves écrites nationales"
INTRO = ("La version 1 de la présente note (22 janvier 2029) publiait un calendrier prévisionnel, sous réserve de "
         "la validation des sujets. Elle est complétée ci-dessous : la partie 1 rappelle les dates prévisionnelles, "
         "la partie 2 (page suivante) arrête le calendrier définitif. Les horaires sont exprimés en heure de Paris ; "
         "les horaires applicables outre-mer seront communiqués aux académies concernées.")
T1 = "1. Calendrier prévisionnel (version 1 du 22 janvier 2029)"
P_ENTETES = ["Épreuve", "Date prévue", "Horaire", "État"]
PREVISIONNEL = [
    ["E1 — Culture générale et expression", "lundi 14 mai 2029", "14 h – 18 h", "à confirmer"],
    ["E2 — Anglais", "xx/05/2029", "10 h – 12 h", "date à préciser"],
    ["E3 — Mathématiques", "mardi 15 mai 2029", "14 h – 16 h", "sous réserve"],
    ["E41 — Étude technique des systèmes optiques", "mercredi 16 mai 2029", "9 h – 13 h", "à confirmer"],
    ["E42 — Analyse de la vision", "semaine 20 (date exacte\ncommuniquée ultérieurement)", "3 h", "à préciser"],
    ["Réunion nationale d'harmonisation E41", "jeudi 24 mai 2029", "10 h", "sous réserve"],
    ["Publication des résultats", "date à préciser", "—", "voir note ultérieure"],
]
P_NOTE = ("E4 — Étude technique : l'épreuve comporte les sous-épreuves E41 et E42, passées séparément. "
          "Les épreuves E5 et E6 (pratiques et orales) sont organisées par chaque académie, qui en fixe le calendrier.")
T2 = "2. CALENDRIER DÉFINITIF"
D_ENTETES = ["Épreuve", "Date définitive", "Horaire (heure de Paris)", "Rappel"]
DEFINITIF = [
    ["E1", "lundi 14 mai 2029", "14 h – 18 h", "date prévue confirmée"],
    ["E2", "mardi 15 mai 2029", "10 h – 12 h", "xx/05 fixé"],
    ["E3", "mercredi 16 mai 2029", "14 h – 16 h", "décalée d'un jour"],
    ["E41", "jeudi 17 mai 2029", "9 h – 13 h", "décalée d'un jour"],
    ["E42", "vendredi 18 mai 2029", "9 h – 12 h", "semaine 20 précisée"],
]
D_SUITE = [
    "La réunion nationale d'harmonisation de l'épreuve E41 est reportée ; sa date reste à préciser et sera "
    "communiquée par une note ultérieure.",
    "Les académies publient les résultats au plus tard le vendredi 6 juillet 2029.",
    "Le jeudi 10 mai 2029 (Ascension) et le lundi 21 mai 2029 (lundi de Pentecôte) sont fériés : aucune épreuve "
    "n'est programmée ces jours-là.",
    "Références : arrêté du 12 mars 2018 portant définition et fixant les conditions de délivrance du BTS "
    "Opticien-lunetier.",
]
SIGNATURE = ["Pour la ministre et par délégation,", "le chef du service de l'accompagnement des examens,",
             "Bertrand Lesueur-Daminois"]
