"""Textes de la circulaire fictive BTS Électrotechnique, académie de Normandie, session 2028.
Mise en page principale : calendrier en grille hebdomadaire « façon Gantt » (semaines en lignes,
jours en colonnes, fenêtres d'oraux en cellules fusionnées horizontalement), section paysage."""

ENTETE_GAUCHE = ["RÉGION ACADÉMIQUE", "NORMANDIE", "Liberté", "Égalité", "Fraternité"]
SERVICE = ["Division des examens et concours", "DEC 2 – Bureau des examens de l'enseignement supérieur",
           "Affaire suivie par : Mme Gaëlle Hautot", "Tél. : 02 32 08 91 40",
           "Mél : dec2-bts@ac-normandie.fr"]
LIEU_DATE = "Rouen, le 24 janvier 2028"
EXPEDITEUR = "Le recteur de la région académique Normandie, recteur de l'académie de Normandie, chancelier des universités"
DESTINATAIRES = ("à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat, "
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation")
OBJET = "Objet : BTS Électrotechnique – organisation de la session 2028"
REFERENCES = ("Réf. : arrêté du 6 mars 2020 modifié portant définition et fixant les conditions de délivrance "
              "du brevet de technicien supérieur « Électrotechnique » ; note académique du 11 septembre 2027 "
              "relative aux inscriptions.")
INTRO = ("La présente circulaire précise l'organisation des épreuves ponctuelles du BTS Électrotechnique pour "
         "la session 2028 dans l'académie de Normandie. Elle doit être portée à la connaissance des équipes "
         "pédagogiques et des candidats.")

T1 = "1. Épreuves et modes d'évaluation"
EPREUVES = [
    ("E1", "Culture générale et expression", "écrite – 4 h"),
    ("E2", "Langue vivante étrangère : anglais", "écrite – 2 h"),
    ("E3", "Mathématiques et physique-chimie", ""),
    ("   E.3.1", "Mathématiques", "CCF uniquement – aucune convocation"),
    ("   E.3.2", "Physique-chimie", "écrite – 2 h"),
    ("E4", "Étude d'un système technique industriel", ""),
    ("   E.4.1", "Pré-étude et modélisation", "écrite – 4 h"),
    ("   E4-2", "Conception et industrialisation", "écrite – 4 h"),
    ("E5", "Projet", ""),
    ("   E5.1", "Conduite de projet / chantier", "orale"),
    ("   E5.2", "Conception et réalisation (sur dossier)", "orale"),
    ("E6", "Rapport d'activités en entreprise", "orale"),
    ("EF1", "Langue vivante étrangère facultative", "orale – 20 min"),
]

T2 = "2. Calendrier de la session (grille hebdomadaire)"
GRILLE_NOTE = ("Lecture de la grille : une ligne par semaine, une colonne par jour ouvré. Une case étendue sur "
               "plusieurs jours indique une période d'interrogations orales (convocations individuelles). "
               "Horaires en heure de Paris.")
JOURS = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
# chaque semaine : (libellé, [(texte, nombre de colonnes fusionnées), ...]) ; le total des colonnes fait 5
GRILLE = [
    ("Sem. 20\ndu 15 au 19 mai 2028", [
        ("lun. 15/05\nE.4.1 Pré-étude\n13h-17h", 1),
        ("mar. 16/05\nE1 Culture générale\n14h-18h", 1),
        ("mer. 17/05\nE2 Anglais\n10h-12h", 1),
        ("jeu. 18/05\nE.3.2 Physique-chimie\n14h-16h", 1),
        ("ven. 19/05\nE4-2 Conception\n8h-12h", 1)]),
    ("Sem. 21\ndu 22 au 26 mai 2028", [
        ("lun. 22/05 → mer. 24/05\nCorrection dématérialisée E.4.1 et E4-2\n(harmonisation lun. 22/05 à 9h30)", 3),
        ("jeu. 25/05\nAscension – férié", 1),
        ("ven. 26/05\n–", 1)]),
    ("Sem. 22\ndu 29 mai au 2 juin 2028", [
        ("lun. 29/05 → mer. 31/05\nE6 – oral (rapport d'activités)", 3),
        ("jeu. 01/06\nEF1 – oral", 1),
        ("ven. 02/06\n–", 1)]),
    ("Sem. 23\ndu 5 au 9 juin 2028", [
        ("lun. 05/06\nPentecôte – férié", 1),
        ("mar. 06/06 → ven. 09/06\nE5.1 – oral Conduite de projet / chantier", 4)]),
    ("Sem. 24\ndu 12 au 16 juin 2028", [
        ("lun. 12/06 → mer. 14/06\nE5.2 – oral Conception et réalisation", 3),
        ("jeu. 15/06\n–", 1),
        ("ven. 16/06\n–", 1)]),
]
APRES_GRILLE = ("Les épreuves orales E5.1 se dérouleront du mardi 6 au vendredi 9 juin 2028, celles de E5.2 du "
                "lundi 12 au mercredi 14 juin 2028 ; l'oral E6 a lieu du lundi 29 au mercredi 31 mai 2028 et "
                "l'oral facultatif EF1 le jeudi 1er juin 2028. Aucune épreuve n'est organisée le jeudi 25 mai "
                "2028 (Ascension) ni le lundi 5 juin 2028 (lundi de Pentecôte).")

T3 = "3. Dossiers des candidats"
DOSSIERS = [
    "Le dossier de projet support de l'épreuve E5.2 est à transmettre au centre d'épreuve au plus tard le "
    "vendredi 28 avril 2028 à 12 h (cachet de la poste faisant foi pour les envois postaux).",
    "Le rapport d'activités en entreprise (E6) est déposé en deux exemplaires au secrétariat du centre avant "
    "le jeudi 4 mai 2028, 17 h.",
    "Le contrôle de conformité des dossiers E5.2 et E6 aura lieu le mardi 9 mai 2028 à 14 h au rectorat, "
    "site de Caen (168 rue Caponière). Les établissements seront informés des non-conformités sous 48 h.",
    "Rappel : pendant les vacances de printemps, du samedi 8 avril au lundi 24 avril 2028, les secrétariats "
    "des centres ne réceptionnent aucun envoi.",
]

T4 = "4. Centres d'épreuves"
CENTRES_ENTETE = ["Centre d'épreuves", "Adresse", "Commune", "Épreuves"]
CENTRES = [
    ("Lycée Victor-Lépine", "12 avenue des Tisserands\nBP 4120", "76042 Rouen CEDEX 1",
     "écrits, E5.1, E5.2, E6, EF1"),
    ("Lycée des Sources Vives", "3 rue du Pressoir\nBP 204", "14013 Caen CEDEX 1", "écrits, E5.1, E5.2, E6"),
    ("Lycée Guillaume Le Tellier", "8 boulevard de la Mer", "50100 Cherbourg-en-Cotentin", "écrits uniquement"),
]
FORMATION = ("Pour information, établissements de formation présentant des candidats (ils ne sont pas centres "
             "d'épreuves) : CFA de l'Industrie de Normandie (Le Havre) ; Lycée privé Sainte-Ursule (Évreux) ; "
             "Lycée Côte d'Albâtre (Fécamp).")

T5 = "5. Correction, jury et résultats"
FIN = [
    "Les copies des épreuves E.4.1 et E4-2 sont corrigées de manière dématérialisée du lundi 22 au mercredi "
    "24 mai 2028. Une réunion d'harmonisation des correcteurs se tiendra le lundi 22 mai 2028 à 9 h 30 en "
    "visioconférence.",
    "Le jury de délibération se réunira le jeudi 22 juin 2028 à 9 h au Lycée Victor-Lépine (Rouen).",
    "Les résultats seront publiés le vendredi 30 juin 2028 à 10 h sur le site de l'académie.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours",
             "Sophie Lemonnier-Aubry"]
BORDEREAU = "Accusé de réception à retourner : établissement ………………………… reçu le …/…/20… – signature :"
PIED = "Rectorat de Normandie – DEC 2 – BTS Électrotechnique – session 2028"
