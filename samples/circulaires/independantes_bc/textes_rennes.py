"""Classeur du BTS Professions immobilières, académie de Rennes, session 2026 (fictif)."""
import datetime as dt

D = dt.date
T = dt.time

TITRE = "ACADÉMIE DE RENNES — BTS PROFESSIONS IMMOBILIÈRES — SESSION 2026"
SOUS_TITRE = "Calendrier des épreuves ponctuelles et des opérations d'examen"
VERSION_LIBELLE = "Version du"
VERSION_DATE = D(2026, 1, 19)
SERVICE = "Rectorat de Rennes — DEC 4, bureau des BTS tertiaires — affaire suivie par Nolwenn Le Goff-Tanguy (02 23 21 74 58)"

ENTETES = ["Date / du", "au", "Épreuve", "Unité", "Intitulé", "Début", "Fin", "Réf. sujet", "Centre(s)", "Observations"]

# Bloc 1 : épreuves écrites. Une date peut couvrir deux lignes (fusion verticale).
ECRITS = [
    # (date, épreuve, unité, intitulé, début, fin, réf. (colonne masquée), centres, observations)
    (D(2026, 5, 11), "E3", "U3", "Conseil en ingénierie de l'immobilier", T(13, 30), T(17, 30), "26PI-CII-M1",
     "Rennes, Lorient", "Code civil non annoté autorisé"),
    (D(2026, 5, 12), "E2", "U2", "Langue vivante étrangère 1 (anglais) – écrit", T(9, 0), T(11, 0), "26PI-LVA-M1",
     "Rennes, Lorient", "Dictionnaire interdit"),
    (D(2026, 5, 12), "E1", "U1", "Culture générale et expression", T(14, 0), T(18, 0), "26-CGE-NAT",
     "Rennes, Lorient", "Sujet national commun aux BTS"),
    (D(2026, 5, 13), "E51", "U51", "Techniques immobilières : transaction immobilière", T(9, 0), T(13, 0), "26PI-TRA-M1",
     "Rennes, Lorient", ""),
    (D(2026, 5, 18), "E52", "U52", "Techniques immobilières : gestion immobilière", T(9, 0), T(13, 0), "26PI-GES-M1",
     "Rennes, Lorient", "Calculatrice autorisée (mode examen)"),
]

# Bloc 2 : oraux, dossiers, réunions, jury. du / au sont des dates ; heure éventuelle en colonne Début.
OPERATIONS = [
    # (du, au, épreuve, unité, intitulé, heure, centres, observations)
    (D(2026, 4, 17), None, "E6", "U6", "Dépôt des dossiers « Conduite et présentation d'activités professionnelles »",
     T(12, 0), "Quimper", "Dépôt au secrétariat du centre d'interrogation, contre récépissé"),
    (D(2026, 5, 5), None, "E6", "U6", "Commission de contrôle de conformité des dossiers", T(14, 0), "Quimper",
     "Les établissements sont informés des dossiers non conformes le lendemain"),
    (D(2026, 5, 19), None, "E51 / E52", "U51 / U52", "Réunion d'entente des correcteurs (transaction et gestion)",
     T(9, 30), "Rennes", "Présence obligatoire des correcteurs convoqués"),
    (D(2026, 6, 1), D(2026, 6, 5), "E4", "U4", "Communication professionnelle en français et en langue étrangère (oral ponctuel)",
     None, "Rennes", "Candidats hors CCF uniquement ; les candidats en CCF ne sont pas convoqués"),
    (D(2026, 6, 8), D(2026, 6, 12), "E6", "U6", "Conduite et présentation d'activités professionnelles (oral)",
     None, "Quimper", "Convocations envoyées par le centre"),
    (D(2026, 6, 9), None, "EF1", "UF1", "Langue vivante étrangère 2 facultative (oral)", None, "Quimper",
     "Sur inscription uniquement"),
    (D(2026, 7, 1), None, "", "", "Jury de délibération", T(9, 0), "Rennes", "Rectorat, salle du conseil"),
    (D(2026, 7, 3), None, "", "", "Publication des résultats", T(10, 0), "", "Sur le site de l'académie"),
]

CENTRES_ENTETES = ["Ville", "Établissement", "Adresse", "Code postal", "Épreuves accueillies", "Téléphone"]
CENTRES = [
    ("Rennes", "Lycée Colette-Besson", "12 boulevard de la Duchesse-Anne", "35700",
     "Écrits E1, E2, E3, E51, E52 ; oral E4", "02 99 87 41 20"),
    ("Lorient", "Lycée Yves-Coppens", "4 rue du Cosquer", "56100", "Écrits E1, E2, E3, E51, E52", "02 97 64 33 18"),
    ("Quimper", "Lycée Pierre-Jakez-Hélias", "27 avenue de la Libération", "29000",
     "Dépôt et oral E6 ; oral EF1", "02 98 55 60 72"),
    ("Rennes", "Rectorat de Rennes", "96 rue d'Antrain", "35705", "Réunion d'entente, jury", "02 23 21 77 77"),
]

LEGENDE = [
    ("Couleur verte", "épreuve écrite ponctuelle"),
    ("Couleur bleue", "épreuve orale ou dossier"),
    ("Couleur grise", "réunion, jury, résultats"),
    ("Colonne « Unité »", "unité du diplôme correspondant à l'épreuve (règlement d'examen)"),
    ("Horaires", "heures de début et de fin de composition, heure légale de métropole"),
    ("Jeudi 14 mai 2026", "Ascension : aucune épreuve ; le vendredi 15 mai 2026 est libéré dans les centres"),
    ("Vacances de printemps", "du samedi 18 avril au lundi 4 mai 2026 (zone B)"),
    ("E4 en CCF", "les candidats des établissements habilités au CCF ne passent pas l'oral ponctuel de E4"),
]
