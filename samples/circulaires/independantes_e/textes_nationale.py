# -*- coding: utf-8 -*-
"""Textes de la note nationale fictive : BTS Électrotechnique, session 2028."""

STEM = "note_nationale_et_2028"

EMETTEUR = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
            "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
            "Service de la stratégie des formations – Bureau des diplômes de BTS"]
LIEU_DATE = "Paris, le 14 décembre 2027"
DEST = ("Mesdames et Messieurs les recteurs et rectrices d'académie, Mesdames et Messieurs les vice-recteurs "
        "(Polynésie française, Nouvelle-Calédonie) – Divisions des examens et concours")
TITRE = "Note nationale d'organisation – BTS Électrotechnique (ET) – Session 2028"
REFS = [
    "Arrêté du 22 juillet 2019 portant définition et fixant les conditions de délivrance du BTS Électrotechnique",
    "Note de service du 2 décembre 2026 relative au calendrier des BTS",
]

INTRO = ("La présente note fixe, pour l'ensemble du territoire, le calendrier des épreuves ponctuelles écrites, "
         "les périodes des épreuves orales et les dates de remontée des informations. Les académies précisent "
         "dans leur circulaire les centres et les modalités locales.")

T1 = "1. Épreuves et unités"
UNITES_ENTETE = ["Épreuve", "Unité", "Intitulé", "Forme ponctuelle"]
UNITES = [
    ("E1", "U1", "Culture générale et expression", "écrite, 4 h"),
    ("E2", "U2", "Langue vivante étrangère : anglais", "orale (calendrier académique)"),
    ("E3 – E.3.1", "U31", "Mathématiques", "CCF uniquement"),
    ("E3 – E.3.2", "U32", "Physique et chimie", "écrite, 2 h"),
    ("E4 – E.4.1", "U41", "Étude d'un système technique industriel : pré-étude et modélisation", "écrite, 4 h"),
    ("E4 – E.4.2", "U42", "Étude d'un système technique industriel : conception et industrialisation", "CCF (pas de date nationale)"),
    ("E5", "U5", "Projet", "orale"),
    ("E6 – 1ère partie", "U61", "Conduite de projet / chantier", "orale"),
    ("E6 – 2e partie", "U62", "Épreuve professionnelle de synthèse (rapport d'activités)", "orale"),
    ("EF1", "UF1", "Langue vivante étrangère 2 (facultative)", "orale (calendrier académique)"),
]
UNITES_NOTE = "Dans les applications de gestion, les sous-épreuves sont codées E31, E32, E41, E42, E61 et E62."

T2 = "2. Calendrier des épreuves écrites"
T2_NOTE = ("Les épreuves sont simultanées. Les horaires sont donnés en heure locale de chaque territoire ; "
           "les académies d'outre-mer appliquent la colonne qui les concerne.")
TERRITOIRES = ["Métropole", "Antilles (Guadeloupe, Martinique)", "Guyane", "La Réunion", "Mayotte",
               "Polynésie française", "Nouvelle-Calédonie"]
CAL = [
    ("Lundi 15 mai 2028", "E32 Physique et chimie", "2 h",
     ["14 h – 16 h", "8 h – 10 h", "9 h – 11 h", "16 h – 18 h", "15 h – 17 h"]),
    ("Mardi 16 mai 2028", "E1 Culture générale et expression", "4 h",
     ["14 h – 18 h", "8 h – 12 h", "9 h – 13 h", "16 h – 20 h", "15 h – 19 h"]),
    ("Mercredi 17 mai 2028", "E41 Pré-étude et modélisation", "4 h",
     ["13 h – 17 h", "7 h – 11 h", "8 h – 12 h", "15 h – 19 h", "14 h – 18 h"]),
]
CAL_PACIFIQUE = "Sujets spécifiques – calendrier fixé par le vice-rectorat (1)"
NOTES_BAS = [
    "(1) Les vice-rectorats du Pacifique organisent les épreuves selon leur propre calendrier et en informent la DGESIP.",
    "(2) Les jeudi 25 mai 2028 (Ascension) et lundi 5 juin 2028 (Pentecôte) sont fériés.",
    "(3) Horaires d'été : la métropole est à UTC+2 pendant toute la période des épreuves.",
]

T3 = "3. Épreuves orales"
ORAUX = ("Les épreuves ponctuelles E5 (Projet) et E6 (E61 et E62) se déroulent entre le lundi 29 mai et le vendredi "
         "16 juin 2028, selon un calendrier arrêté par chaque académie. L'épreuve E2 et l'épreuve facultative EF1 "
         "sont organisées à l'initiative des académies.")

T4 = "4. Dossiers et contrôle de conformité"
ETAPES = [
    ("Date limite de remise des dossiers de projet (E5) et des rapports d'activités (E61) aux centres d'épreuves : "
     "vendredi 7 avril 2028 à 12 h (heure locale)."),
    "Contrôle de conformité des dossiers par les commissions académiques : entre le lundi 10 et le vendredi 14 avril 2028.",
    ("Les dossiers non conformes sont signalés au candidat, qui ne peut plus les compléter. Le modèle de fiche "
     "de non-conformité est joint à la présente note."),
]

T5 = "5. Réunions nationales, remontées et résultats"
REUNIONS = [
    "Réunion nationale d'entente E41 (visioconférence) : jeudi 18 mai 2028 à 14 h, heure de Paris.",
    "Réunion nationale d'entente E32 (visioconférence) : vendredi 19 mai 2028 à 10 h, heure de Paris.",
    "Transmission des notes de CCF (E31, E42) par les académies : au plus tard le lundi 19 juin 2028.",
    "Les jurys académiques se tiennent au plus tard le vendredi 30 juin 2028.",
    "Publication nationale des résultats : mardi 4 juillet 2028 à partir de 14 h (heure de Paris).",
]
SIGNATURE = ["Pour la ministre et par délégation,", "le chef du service de la stratégie des formations", "Marc-Antoine Delorme"]
