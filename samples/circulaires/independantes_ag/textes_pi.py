# -*- coding: utf-8 -*-
"""Circulaire fictive BTS Professions immobilières, académie de Montpellier, session 2027 (ODT)."""

ENTETE = ["ACADÉMIE DE MONTPELLIER", "Division des examens et concours — DEC 4", "Affaire suivie par : Mme Combal — dec4-bts@ac-montpellier.example"]
LIEU_DATE = "Montpellier, le 3 février 2027"
OBJET = "Objet : BTS Professions immobilières (PI) — organisation de la session 2027"
REF = ("Réf. : arrêté du 10 mars 2021 portant définition du BTS Professions immobilières ; circulaire nationale "
       "n° 2026-211 du 24 novembre 2026.")
INTRO = ("Vous trouverez ci-après les étapes et le calendrier de la session 2027. Chaque étape comporte une échéance "
         "indiquée en gras, qu'il vous appartient de respecter strictement.")

ETAPES_TITRE = "A. Les étapes de la session"
ETAPES = [  # (intitulé, avant, échéance en gras, après)
    ("Étape 1 — Engagement étudiant (EF2)", "Le dossier de validation est à déposer auprès de la DEC ",
     "au plus tard le vendredi 9 avril 2027", "."),
    ("Étape 2 — Dossier professionnel E6", "Le dossier « Formalisation de l'expérience professionnelle » est déposé sur la plateforme ",
     "au plus tard le vendredi 16 avril 2027 à 17 h", " ; au-delà, le candidat ne pourra pas être interrogé."),
    ("Étape 3 — Contrôle de conformité E6", "La commission de conformité se réunit le ",
     "mardi 4 mai 2027 à 9 h", " au rectorat de Montpellier."),
    ("Étape 4 — Épreuves écrites", "Voir le tableau B (colonnes « Début » et « Fin »).", "", ""),
    ("Étape 5 — Réunion d'entente des examinateurs E6", "Réunion d'entente ",
     "jeudi 27 mai 2027 à 14 h", " au lycée Clémence Royer."),
    ("Étape 6 — Livrets scolaires", "Les livrets scolaires sont à transmettre ",
     "au plus tard le 11-06-2027", "."),
    ("Étape 7 — Jury et résultats", "Le jury de délibération siège le ",
     "mardi 29 juin 2027 à 9 h", " ; résultats publiés le vendredi 2 juillet 2027 à 10 h."),
]

TABLEAU_TITRE = "B. Calendrier des épreuves écrites"
# colonnes : Épreuve | Intitulé | Début | Fin
ECRITS = [
    ("E5 – 1", "Techniques immobilières : transaction immobilière", "lun. 10-05-2027 13:30", "lun. 10-05-2027 17:30"),
    ("E3", "Conseil en ingénierie de l'immobilier", "mar. 11-05-2027 14:00", "mar. 11-05-2027 18:00"),
    ("E5 – 2", "Techniques immobilières : gestion immobilière", "mer. 12-05-2027 08:00", "mer. 12-05-2027 12:00"),
    ("E1", "Culture générale et expression", "mer. 12-05-2027 14:00", "mer. 12-05-2027 18:00"),
    ("E2", "Communication en langue vivante étrangère (anglais)", "jeu. 13-05-2027 10:00", "jeu. 13-05-2027 12:00"),
]
NOTE_E5 = ("E5 – 1 et E5 – 2 désignent respectivement les sous-épreuves E51 et E52 de l'épreuve E5 « Techniques immobilières ».")

ORAUX_TITRE = "C. Épreuves orales"
ORAUX = [
    "E4 — Communication professionnelle en français et en langue étrangère : du mardi 18 au vendredi 21 mai 2027 (le lundi 17 mai 2027 est férié).",
    "E6 — Formalisation de l'expérience professionnelle : du mardi 1er au jeudi 3 juin, du lundi 7 au mercredi 9 juin et du lundi 14 au vendredi 18 juin 2027.",
    "EF1 — Langue vivante étrangère 2 (facultative) : 31-05-2027, de 8 h à 12 h.",
]

CENTRES_TITRE = "D. Centres d'examen"
CENTRES = [  # nom, adresse, ville, épreuves
    ("Lycée Clémence Royer", "2 avenue des Garrigues", "34090 Montpellier", "écrits, E4, E6, EF1"),
    ("Lycée Rosa Bonheur", "15 rue du Canigou — BP 1102", "66000 Perpignan", "écrits, E6"),
    ("Lycée Séverine", "9 chemin des Arènes", "30000 Nîmes", "écrits, E4"),
]
FORMATION_TITRE = "Établissements de formation (pour information, non centres d'examen)"
FORMATION = ["CFA de l'immobilier Occitanie — Castelnau-le-Lez", "École Sup'Immo — Béziers", "Lycée privé Saint-Guilhem — Lodève"]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la DEC", "Magali ESCANDE"]
