# -*- coding: utf-8 -*-
"""FAQ d'organisation, BTS Tourisme, académie de Rennes, session 2026."""

ENTETE = ["ACADÉMIE DE RENNES", "Liberté – Égalité – Fraternité", "Rectorat – Division des examens et concours",
          "DEC 4 – Brevets de technicien supérieur"]
PIED = "Rectorat de Rennes – 96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7 – ce.dec4@ac-rennes.fr"

LIEU_DATE = "Rennes, le 2 février 2026"
AFFAIRE = ["Affaire suivie par : Gaëlle Le Bihan", "Tél. : 02 23 21 74 00", "Mél : ce.dec4@ac-rennes.fr"]
TITRE = "BTS TOURISME – SESSION 2026"
SOUS_TITRE = "Organisation de l'examen : questions fréquentes des établissements"
REFERENCES = ("Références : arrêté du 5 avril 2018 modifié portant définition et fixant les conditions de délivrance "
              "du BTS Tourisme ; circulaire nationale d'organisation du 15 décembre 2025.")
INTRO = ("Cette foire aux questions remplace la circulaire académique habituelle. Elle regroupe les réponses "
         "apportées aux établissements lors de la réunion de rentrée et doit être portée à la connaissance des "
         "équipes pédagogiques et des candidats.")

# (titre de rubrique, [(question, [réponses : str ou ("puces", [..]) ou ("adresse", [lignes])])])
RUBRIQUES = [
    ("1. Épreuves écrites", [
        ("Quelles sont les épreuves écrites ponctuelles et à quelles dates ont-elles lieu ?", [
            "Trois épreuves écrites sont organisées dans les centres d'écrit de l'académie :",
            ("puces", [
                "E1 – Culture générale et expression : lundi 11 mai 2026, de 14 h à 18 h ;",
                "sous-épreuve E.2.1 – Langue vivante A (anglais), partie écrite : mardi 12 mai 2026, de 10 h à 12 h ;",
                "E4 – Élaboration d'une prestation touristique : mercredi 13 mai 2026, de 9 h à 13 h.",
            ]),
            "Les candidats doivent se présenter trente minutes avant le début de chaque épreuve.",
        ]),
        ("Des épreuves sont-elles prévues pendant le pont de l'Ascension ?", [
            "Non. Le jeudi 14 mai 2026 étant férié, aucune épreuve n'est fixée le vendredi 15 mai 2026.",
        ]),
        ("Dans quels centres les candidats composent-ils ?", [
            "La répartition figure sur la convocation. Les centres d'écrit sont :",
            ("adresse", ["Lycée Chateaubriand", "136 boulevard de Vitré", "CS 90635", "35706 Rennes Cedex 7"]),
            ("adresse", ["Lycée de Kerichen", "rue Prince de Joinville", "CS 41827", "29218 Brest Cedex 1"]),
            ("adresse", ["Lycée Jean Guéhenno", "79 avenue de la Marne", "BP 553", "56017 Vannes Cedex"]),
        ]),
        ("Les établissements de formation sont-ils tous centres d'épreuves ?", [
            "Non. Le lycée Bertrand d'Argentré (Vitré), le lycée Saint-Vincent – Providence (Rennes) et le CFA "
            "des métiers du tourisme (Saint-Malo) préparent des candidats mais n'accueillent aucune épreuve : "
            "leurs candidats sont convoqués dans l'un des trois centres ci-dessus.",
        ]),
    ]),
    ("2. Épreuves orales et CCF", [
        ("Quand se déroule l'oral de langue vivante B (sous-épreuve E2-2) ?", [
            "Du lundi 1er au mercredi 3 juin 2026, au lycée Chateaubriand et au lycée de Kerichen, selon l'horaire "
            "porté sur la convocation. L'épreuve E2 comporte ainsi une partie écrite (E21) et une partie orale (E22).",
        ]),
        ("Comment l'épreuve E3 – Gestion de la relation clientèle touristique est-elle évaluée ?", [
            "En CCF pour les candidats scolaires et apprentis des établissements habilités. Les candidats relevant "
            "de la forme ponctuelle sont interrogés du mardi 26 au mercredi 27 mai 2026 au lycée Chateaubriand.",
        ]),
        ("Faut-il attendre une convocation pour l'épreuve E5 – Gestion de l'information touristique ?", [
            "Non : l'épreuve E5 est évaluée exclusivement en contrôle en cours de formation, dans l'établissement. "
            "Aucune date académique n'est fixée.",
        ]),
        ("Quelles sont les dates des soutenances E6 – Parcours de professionnalisation ?", [
            "Les soutenances E6 se tiendront du lundi 8 au mercredi 10 juin, du lundi 15 au mardi 16 juin et du "
            "jeudi 18 au vendredi 19 juin 2026, au lycée Chateaubriand (Rennes) et au lycée de Kerichen (Brest).",
        ]),
        ("Une épreuve facultative est-elle proposée ?", [
            "Oui : l'épreuve facultative EF1 – Langue vivante C a lieu le jeudi 4 juin 2026 à partir de 9 h au "
            "lycée Chateaubriand. Seuls les points au-dessus de 10 sont retenus.",
        ]),
    ]),
    ("3. Dossiers, notes et réunions", [
        ("Jusqu'à quand les dossiers E6 peuvent-ils être remis ?", [
            "Les dossiers E6 (tableau de synthèse, attestations de stage, fiches descriptives) sont à transmettre "
            "au centre d'oral au plus tard le vendredi 10 avril 2026 à 12 h. Aucun envoi ne sera accepté après cette "
            "échéance.",
            "Le contrôle de conformité des dossiers E6 aura lieu le jeudi 16 avril 2026 à 14 h au lycée "
            "Chateaubriand ; un dossier non conforme entraîne la mention « non valide ».",
        ]),
        ("Quand les notes de CCF doivent-elles être saisies ?", [
            "Les notes de CCF (E3 et E5) sont à saisir dans Cyclades au plus tard le vendredi 29 mai 2026. "
            "La commission académique d'harmonisation des notes de CCF se réunira le mercredi 17 juin 2026.",
        ]),
        ("Une réunion est-elle prévue pour les examinateurs ?", [
            "Oui : la réunion d'entente des examinateurs E6 aura lieu le vendredi 5 juin 2026 à 14 h au lycée "
            "Chateaubriand (salle polyvalente). La présence de tous les examinateurs convoqués est obligatoire.",
        ]),
    ]),
    ("4. Délibération et résultats", [
        ("Quand les résultats seront-ils connus ?", [
            "Le jury de délibération se réunira le mercredi 1er juillet 2026 à 9 h au rectorat. Les résultats seront "
            "publiés le vendredi 3 juillet 2026 à partir de 10 h sur le site de l'académie.",
        ]),
        ("Existe-t-il un modèle d'attestation de stage ?", [
            "Oui, en annexe de la présente FAQ. Il doit être complété et signé par le tuteur : « Fait à ……………………, "
            "le …/…/20… – cachet de l'organisme d'accueil ».",
        ]),
    ]),
]

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "",
             "Anne-Sophie KERVELLA"]
