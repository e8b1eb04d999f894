"""Convocation d'un candidat — BTS Comptabilité et gestion, académie de Rennes, session 2026 (fictive)."""

EN_TETE = ["ACADÉMIE DE RENNES", "Rectorat — Division des examens et concours (DEC 3)",
           "Bureau des examens de l'enseignement supérieur", "96 rue d'Antrain — CS 10503 — 35705 Rennes Cedex 7"]

REFERENCE = [("Convocation n°", "CG26-0417-0932"), ("N° candidat", "02644187512"),
             ("Né le", "14/02/2005"), ("Catégorie", "Candidat individuel (hors établissement)"),
             ("Spécialité", "BTS Comptabilité et gestion (CG)"), ("Session", "2026")]

DESTINATAIRE = ["Monsieur Erwan KERDRAON", "7 impasse des Goélands", "Appartement 12", "29200 BREST"]

LIEU_DATE = "Rennes, le 9 avril 2026"

OBJET = "Objet : convocation aux épreuves ponctuelles — BTS Comptabilité et gestion — session 2026"

INTRO = ("Monsieur,\nJ'ai l'honneur de vous informer que vous êtes convoqué aux épreuves du brevet de technicien "
         "supérieur désignées ci-dessous. Les lettres A et B de la dernière colonne renvoient aux centres "
         "décrits dans l'encadré. Présentez-vous à l'heure d'accueil indiquée : l'accès à la salle est refusé "
         "au-delà d'une heure après le début d'une épreuve écrite.")

CENTRES = [("A", "Lycée de l'Iroise", "7 place de Strasbourg", "29200 Brest", "épreuves écrites — salle affichée à l'entrée"),
           ("B", "Lycée Chaptal", "35 chemin des Justices", "29000 Quimper", "épreuves orales — bâtiment C, accueil rez-de-chaussée")]

ENTETE_TABLE = ["Épreuve", "Intitulé", "Forme", "Date", "Accueil", "Horaires de l'épreuve", "Centre"]

EPREUVES = [
    ["E1", "Culture générale et expression", "—", "Dispensé", "—",
     "Bénéfice de la note obtenue à la session 2025 (12,5/20) : pas de convocation", "—"],
    ["E41", "Traitement et contrôle des opérations comptables, fiscales et sociales — étude de cas", "écrite 4 h",
     "lun. 11/05/2026", "13 h 00", "13 h 30 – 17 h 30", "A"],
    ["E2", "Langue vivante étrangère : anglais — compréhension de l'écrit et expression écrite", "écrite 2 h",
     "mar. 12/05/2026", "9 h 30", "10 h 00 – 12 h 00", "A"],
    ["E3", "Mathématiques appliquées", "écrite 2 h", "mar. 12/05/2026", "13 h 30", "14 h 00 – 16 h 00", "A"],
    ["E51", "Situations de contrôle de gestion et d'analyse financière — étude de cas", "écrite 4 h",
     "mer. 13/05/2026", "7 h 30", "8 h 00 – 12 h 00", "A"],
    ["E42", "Pratiques comptables, fiscales et sociales", "orale 30 min", "mar. 02/06/2026", "13 h 30",
     "14 h 00 – 14 h 30", "B"],
    ["E2", "Langue vivante étrangère : anglais — compréhension de l'oral et expression orale", "orale 20 min",
     "jeu. 04/06/2026", "10 h 00", "10 h 20 – 11 h 00 (préparation de 20 min incluse)", "B"],
    ["E52", "Pratiques de contrôle de gestion", "orale 30 min", "—", "—",
     "Date et heure communiquées par une convocation distincte", "B"],
    ["E6", "Parcours de professionnalisation", "orale 30 min", "lun. 08/06/2026", "8 h 30", "9 h 00 – 9 h 30", "B"],
]

CONSIGNES = [
    "Munissez-vous de la présente convocation et d'une pièce d'identité avec photographie (une carte nationale "
    "d'identité périmée depuis moins de cinq ans est acceptée).",
    "Calculatrice : mode examen activé pour E3, E41 et E51 ; aucun autre document n'est autorisé sauf mention "
    "contraire portée sur le sujet.",
    "Épreuve E6 : apportez deux exemplaires papier de votre tableau de synthèse, en plus de celui déjà transmis.",
    "En cas d'empêchement, prévenez sans délai le centre concerné et la DEC 3 (ce.dec3@ac-rennes.fr).",
]

RESULTATS = ("Les résultats seront consultables à partir du vendredi 3 juillet 2026 à 14 h 00 sur le site de "
             "l'académie (rubrique Examens > Résultats), muni de votre numéro de candidat.")

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours", "Maëlle PRIGENT"]

COUPON_TITRE = "✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"
COUPON = ["ÉMARGEMENT — à conserver par le centre B (oraux)", "Candidat : KERDRAON Erwan — n° 02644187512",
          "E42 : 02/06/2026 · E2 (oral) : 04/06/2026 · E6 : 08/06/2026", "Signature du candidat : ……………………………"]

PIED = "Convocation éditée par l'application de gestion des examens — à présenter à chaque épreuve"
