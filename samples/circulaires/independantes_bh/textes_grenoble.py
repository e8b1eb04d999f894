# -*- coding: utf-8 -*-
"""BTS Tourisme, académie de Grenoble, session 2026.
Saved by Word as « Page Web, fichier unique » (.mht, windows-1252, quoted-printable, with images)."""

AUTEUR = "Claire Vuillermoz"
CREE = "2026-01-27T14:42:00Z"        # Word document properties (not an event)
MODIFIE = "2026-01-29T08:15:00Z"

EN_TETE = ["Académie de Grenoble", "Rectorat – Division des examens et concours", "Bureau DEC 5 – BTS"]
LIEU_DATE = "Grenoble, le 29 janvier 2026"
DESTINATAIRES = ("La rectrice de l'académie de Grenoble à Mesdames et Messieurs les proviseurs des lycées publics et "
                 "privés sous contrat, Mesdames et Messieurs les directeurs de CFA et d'organismes de formation")
OBJET = "Objet : BTS Tourisme – session 2026 – organisation des épreuves dans l'académie"
INTRO = ("J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2026 du BTS Tourisme. "
         "Je vous remercie d'en informer les équipes et les candidats.")

H1 = "I – Calendrier"
CAL_ENTETE = ["Épreuve", "Forme", "Date et horaire", "Lieu"]
CAL = [
    ["E1 – Culture générale et expression", "écrite – 4 h", "lundi 11 mai 2026\n14 h – 18 h",
     "Lycée Émile Chartier, Annecy\nLycée Dauphiné-Savoie, Chambéry"],
    ["E2 – Communication en langues vivantes étrangères\nE21 – Langue vivante A", "orale (ponctuels)",
     "du lundi 1er au vendredi 5 juin 2026", "Lycée Dauphiné-Savoie, Chambéry"],
    ["E22 – Langue vivante B", "orale (ponctuels)", "du lundi 1er au vendredi 5 juin 2026", "Lycée Dauphiné-Savoie, Chambéry"],
    ["E3 – Gestion de la relation clientèle touristique", "CCF uniquement", "—", "dans l'établissement de formation"],
    ["E4 – Élaboration d'une prestation touristique", "écrite – 4 h", "mardi 12 mai 2026\n13 h – 17 h",
     "Lycée Émile Chartier, Annecy\nLycée Dauphiné-Savoie, Chambéry"],
    ["E5 – Gestion de l'information touristique", "CCF uniquement", "—", "dans l'établissement de formation"],
    ["E6 – Parcours de professionnalisation", "orale", "du lundi 8 au jeudi 11 juin 2026", "Lycée Germaine Tillion, Valence"],
    ["EF1 – Langue vivante C (facultative)", "orale", "mardi 9 juin 2026", "Lycée Germaine Tillion, Valence"],
]
ADRESSES = [
    "Lycée Émile Chartier – 12 avenue de Genève – 74000 Annecy",
    "Lycée Dauphiné-Savoie – 40 rue du Bon Pasteur – 73000 Chambéry",
    "Lycée Germaine Tillion – 9 avenue Victor Hugo – 26000 Valence",
]
H2 = "II – Dossier de l'épreuve E6"
E6_TEXTE = ("Le dossier de l'épreuve E6 (fiches descriptives et attestations de stage) est remis au plus tard le "
            "vendredi 3 avril 2026 à 17 h au lycée Germaine Tillion, Valence. Attention : les vacances de printemps "
            "débutent le samedi 4 avril 2026 ; aucun dépôt ne sera accepté pendant les congés.")
H3 = "III – Correction de l'épreuve E4"
E4_TEXTE = [
    "Réunion d'entente des correcteurs : mercredi 20 mai 2026 à 9 h 30, lycée Dauphiné-Savoie, Chambéry.",
    "Correction des copies : du mercredi 20 au mercredi 27 mai 2026.",
]
FERIES = "Rappel : le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (Pentecôte) sont fériés."
H4 = "IV – Jury"
JURY = [
    "Le jury de délibération se réunira le mercredi 24 juin 2026 à 14 h au lycée Dauphiné-Savoie, Chambéry.",
    "Les résultats seront publiés le vendredi 26 juin 2026.",
]
SIGNATURE = ["Pour la rectrice et par délégation,", "La cheffe de la division des examens et concours", "Claire Vuillermoz"]
