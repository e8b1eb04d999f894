# -*- coding: utf-8 -*-
"""Calendrier prévisionnel BTS SAM, académie de Lille, session 2027 (tableur paysage)."""

TITRE = [
    "ACADÉMIE DE LILLE – Rectorat – Division des examens et concours (DEC 3) – Bureau des BTS",
    "BTS SUPPORT À L'ACTION MANAGÉRIALE (SAM) – SESSION 2027 – CALENDRIER PRÉVISIONNEL DES ÉPREUVES ET OPÉRATIONS",
    "Lille, le 18 janvier 2027 – doc. de travail (v2) – à diffuser aux équipes pédagogiques et aux centres",
]

ENTETES = ["Épr.", "Intitulé (abrégé)", "Coef.", "Forme", "Du", "Au", "H. déb.", "H. fin", "Durée",
           "Centre(s)", "Ville", "Obs."]

# ("section", texte) = ligne fusionnée ; ("groupe", texte) = ligne de regroupement fusionnée ; sinon ligne de 12 cellules
LIGNES = [
    ("section", "ÉPREUVES ÉCRITES PONCTUELLES (heure de Paris)"),
    ["E3", "CEJM – culture écon., jurid. & manag.", "3", "écrit", "lun. 10/05/27", "", "14:00", "18:00", "4h",
     "cf. centres d'écrit", "", "calc. interdite"],
    ["E1", "CGE – culture gén. & expression", "3", "écrit", "mar. 11/05/27", "", "14:00", "18:00", "4h",
     "cf. centres d'écrit", "", "dico. autorisé"],
    ("groupe", "E2 – Expression et culture en langues vivantes étrangères (2 sous-épreuves)"),
    ["E21", "LV A – compréh. & expr. écrite", "2", "écrit", "mer. 12/05/27", "", "10:00", "12:00", "2h",
     "cf. centres d'écrit", "", "angl./all./esp."],
    ["E6", "Collab. à la GRH", "4", "écrit", "jeu. 13/05/27", "", "13:30", "17:30", "4h",
     "cf. centres d'écrit", "", "sortie ap. 1h"],
    ("section", "ÉPREUVES ORALES – candidats hors CCF (convocations individuelles)"),
    ["E4", "Optimisation des process. admin.", "4", "oral", "mar. 25/05/27", "ven. 28/05/27", "", "", "55 min",
     "Lycée Colbert", "Tourcoing", "dossier requis"],
    ["E22", "LV B – oral", "1", "oral", "lun. 31/05/27", "ven. 04/06/27", "", "", "20 min",
     "Lycée Colbert", "Tourcoing", "prépa 20 min"],
    ["EF1", "LV facultative", "–", "oral", "mar. 01/06/27", "mer. 02/06/27", "", "", "20 min",
     "Lycée Colbert", "Tourcoing", "pts > 10"],
    ["E5", "Gestion de projet", "4", "oral", "lun. 07/06/27", "jeu. 10/06/27", "", "", "1h",
     "Lycée Colbert", "Tourcoing", "dossier requis"],
    ("section", "OPÉRATIONS ADMINISTRATIVES"),
    ["E4/E5", "Dépôt dossiers (hors CCF)", "", "", "ven. 09/04/27", "", "12:00", "", "",
     "Lycée Colbert", "Tourcoing", "délai de rigueur"],
    ["E4/E5", "Contrôle de conformité dossiers", "", "", "mer. 14/04/27", "", "14:00", "", "",
     "Lycée Colbert", "Tourcoing", "non conf. = 0"],
    ["E6", "Réunion d'entente correcteurs", "", "", "ven. 21/05/27", "", "09:30", "", "",
     "LGT Faidherbe", "Lille", "salle B12"],
    ["CCF", "Remontée notes CCF (E4, E22)", "", "", "mer. 26/05/27", "", "17:00", "", "",
     "Cyclades", "", "étab. de formation"],
    ["E4/E5", "Réunion d'harmonisation", "", "", "ven. 11/06/27", "", "14:00", "", "",
     "Lycée Colbert", "Tourcoing", "IA-IPR éco-gest."],
    ["–", "Jury de délibération", "", "", "mar. 29/06/27", "", "09:00", "", "",
     "Rectorat (DEC)", "Lille", "présidents"],
    ["–", "Publication des résultats", "", "", "ven. 02/07/27", "", "10:00", "", "",
     "Cyclades / site acad.", "", ""],
]

CENTRES_TITRE = "CENTRES D'ÉCRIT (répartition selon l'établissement de formation)"
CENTRES = [
    ["LGT Faidherbe", "1 rue Armand Carrel", "Lille", "étab. de Lille, Roubaix, Armentières"],
    ["Lycée Jean Bart", "1 rue du Dr Lemaire", "Dunkerque", "étab. du Littoral"],
    ["Lycée Robespierre", "78 rue Saint-Aubert", "Arras", "étab. du Pas-de-Calais"],
]

NOTES = [
    "Nota : vac. de printemps zone B du sam. 17/04/27 au dim. 02/05/27 – jeu. 06/05/27 (Ascension) et lun. 17/05/27 (Pentecôte) fériés : aucune épreuve.",
    "Abrév. : CEJM culture économique, juridique et managériale ; CGE culture générale et expression ; LV langue vivante ; GRH gestion des ressources humaines ; CCF contrôle en cours de formation.",
    "Les établissements de formation vérifient les inscriptions dans Cyclades. Calendrier susceptible d'ajustements : seule la convocation fait foi.",
]
