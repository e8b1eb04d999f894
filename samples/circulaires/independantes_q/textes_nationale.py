# -*- coding: utf-8 -*-
"""Note nationale - BTS Systèmes numériques - session 2027.
DOCX : une colonne d'horaires par territoire, colonne Durée, notes de bas de tableau, tableau long en
section paysage coupé sur deux pages avec ligne d'en-tête répétée, sous-épreuves « E.6.1 / E.6.2 ».
Texte entièrement inventé."""

STEM = "note_nationale_sn_2027"

EN_TETE = "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE – DGESIP A1-2 – Bureau des BTS"
PIED = "Note nationale d'organisation – BTS Systèmes numériques – session 2027"

TIMBRE = [
    "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR",
    "ET DE LA RECHERCHE",
    "Direction générale de l'enseignement supérieur",
    "et de l'insertion professionnelle",
    "Service de la stratégie des formations",
    "DGESIP A1-2",
]
LIEU_DATE = "Paris, le 14 décembre 2026"
DESTINATAIRES = ("Note à l'attention de Mesdames et Messieurs les recteurs et rectrices d'académie, "
                 "Mesdames et Messieurs les vice-recteurs, Monsieur le directeur du service interacadémique "
                 "des examens et concours")
OBJET = ("Objet : brevet de technicien supérieur Systèmes numériques (SN), option A Informatique et réseaux et "
         "option B Électronique et communications – session 2027 – organisation et calendrier national")
REFS = [
    "arrêté du 5 mars 2020 modifié portant définition et fixant les conditions de délivrance du BTS SN ;",
    "note de service du 3 novembre 2026 relative au calendrier des épreuves des BTS, session 2027.",
]
INTRO = ("La présente note précise l'organisation de la session 2027. Les épreuves écrites sont nationales ; les "
         "épreuves pratiques et orales sont organisées par chaque académie dans le respect du cadre ci-dessous.")

S1 = "1. Règlement d'examen"
S1_ENTETE = ["Épreuve", "Intitulé", "Candidats en CCF", "Forme ponctuelle", "Durée"]
S1_LIGNES = [
    ("E1", "Culture générale et expression", "écrite", "écrite", "4 h"),
    ("E2", "Anglais", "écrite", "écrite", "2 h"),
    ("E3", "Mathématiques", "CCF", "écrite", "2 h"),
    ("E4", "Étude d'un système numérique et d'information", "écrite", "écrite", "6 h"),
    ("E5", "Intervention sur un système numérique et d'information", "CCF", "pratique", "4 h"),
    ("E6", "Projet technique", "", "", ""),
    ("E.6.1", "Rapport de stage", "CCF", "orale", "30 min"),
    ("E.6.2", "Projet technique", "orale", "orale", "1 h"),
    ("EF1", "Langue vivante étrangère 2 (facultative)", "orale", "orale", "20 min"),
]

S2 = "2. Calendrier national des épreuves écrites"
S2_INTRO = ("Les épreuves écrites se déroulent aux dates et heures ci-dessous. Les horaires sont exprimés en heure "
            "locale de chaque territoire. Le calendrier tient compte de l'Ascension (jeudi 6 mai 2027) et du "
            "lundi de Pentecôte (17 mai 2027), jours sans épreuve.")
S2_ENTETE = ["Date", "Épreuve", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte", "Polynésie (1)",
             "Nouvelle-Calédonie (1)", "Durée"]
S2_LIGNES = [
    ("lundi 10 mai 2027", "E4 – Étude d'un système numérique et d'information – option A Informatique et réseaux",
     "8h00-14h00", "7h00-13h00", "7h00-13h00", "10h00-16h00", "9h00-15h00", "7h00-13h00", "7h30-13h30", "6 h"),
    ("lundi 10 mai 2027", "E4 – Étude d'un système numérique et d'information – option B Électronique et "
     "communications", "8h00-14h00", "7h00-13h00", "7h00-13h00", "10h00-16h00", "9h00-15h00", "7h00-13h00",
     "7h30-13h30", "6 h"),
    ("mardi 11 mai 2027", "E1 – Culture générale et expression", "14h00-18h00", "8h00-12h00", "9h00-13h00",
     "16h00-20h00", "15h00-19h00", "7h30-11h30", "7h30-11h30", "4 h"),
    ("mercredi 12 mai 2027", "E3 – Mathématiques (candidats relevant de la forme ponctuelle)", "10h00-12h00",
     "7h00-9h00", "7h00-9h00", "12h00-14h00", "11h00-13h00", "7h30-9h30", "7h30-9h30", "2 h"),
    ("mercredi 12 mai 2027", "E2 – Anglais", "14h00-16h00", "8h00-10h00", "9h00-11h00", "16h00-18h00",
     "15h00-17h00", "10h00-12h00", "10h00-12h00", "2 h"),
]
S2_NOTES = [
    "(1) Sujets spécifiques : les épreuves sont organisées le même jour calendaire, en horaires locaux.",
    "Aucune sortie n'est autorisée avant la fin de la deuxième heure de composition.",
]

S3 = "3. Épreuves organisées par les académies"
S3_TXT = [
    "L'épreuve E5 est évaluée en CCF ou, pour les candidats relevant de la forme ponctuelle, sous forme pratique "
    "selon le calendrier fixé par chaque académie.",
    "Sous-épreuve E.6.2 – Projet technique : la date limite nationale de remise du dossier de projet est fixée au "
    "mercredi 28 avril 2027 à 17 h. Le contrôle de conformité des dossiers est organisé par chaque académie du "
    "lundi 3 au vendredi 7 mai 2027. Les soutenances ont lieu pendant la période nationale de référence, du "
    "mardi 1er au vendredi 18 juin 2027.",
    "La sous-épreuve E.6.1 et l'épreuve facultative EF1 sont organisées par les académies, sans date nationale.",
]

S4 = "4. Corrections, jurys et résultats"
S4_TXT = [
    "Réunions nationales d'entente de l'épreuve E4 (visioconférence) : option A le mardi 18 mai 2027 à 9 h 30 ; "
    "option B le même jour à 14 h 00.",
    "Les corrections se dérouleront du mercredi 19 mai au mercredi 2 juin 2027 sur l'application de correction "
    "dématérialisée.",
    "La remontée des notes dans Cyclades devra être achevée au plus tard le vendredi 11 juin 2027.",
    "Les jurys académiques de délibération se tiendront au plus tard le vendredi 2 juillet 2027.",
    "Publication nationale des résultats : lundi 5 juillet 2027 à 10 h 00 (heure de Paris).",
]
SIGNATURE = ["Pour la ministre et par délégation,", "la cheffe du service de la stratégie des formations,",
             "signé", "Catherine Delmas"]
