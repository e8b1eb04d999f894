# -*- coding: utf-8 -*-
"""Note nationale d'organisation, BTS Électrotechnique, session 2026 (académie pilote nationale)."""

ENTETE = "Académie de Nancy-Metz – académie pilote nationale – BTS Électrotechnique"
PIED = "Note nationale d'organisation – BTS Électrotechnique – session 2026"
EXPEDITEUR = ["ACADÉMIE DE NANCY-METZ", "Liberté – Égalité – Fraternité", "Rectorat",
              "Division des examens et concours – DEC 5", "Pilotage national des BTS industriels",
              "2 rue Philippe de Gueldres – CO n° 30013", "54035 Nancy Cedex"]
LIEU_DATE = "Nancy, le 15 décembre 2025"
DESTINATAIRES = ["Le recteur de l'académie de Nancy-Metz, académie pilote nationale,", "à",
                 "Mesdames et Messieurs les recteurs d'académie (divisions des examens et concours)",
                 "Messieurs les vice-recteurs de Polynésie française et de Nouvelle-Calédonie",
                 "Monsieur le directeur du SIEC"]
OBJET = "Objet : note nationale d'organisation du BTS Électrotechnique – session 2026"
REFERENCES = ["Réf. : arrêté du 19 février 2020 portant définition et fixant les conditions de délivrance du BTS "
              "Électrotechnique ;", "note de service relative au calendrier des BTS de la session 2026."]
INTRO = ("L'académie de Nancy-Metz assure, pour la session 2026, le pilotage national de la spécialité. La présente "
         "note fixe le calendrier commun des épreuves écrites, les périodes des épreuves orales et les modalités de "
         "regroupement inter-académique. Elle ne concerne aucune académie en particulier : chaque académie pilote de "
         "regroupement la déclinera dans sa propre circulaire.")

T1 = "1. Regroupements inter-académiques"
REGROUP_ENTETE = ["Regroupement", "Académie pilote", "Académies rattachées"]
REGROUP = [
    ["Est", "Nancy-Metz", "Reims, Strasbourg, Besançon"],
    ["Centre-Est", "Lyon", "Clermont-Ferrand, Grenoble"],
    ["Ouest", "Rennes", "Nantes, Normandie"],
    ["Île-de-France", "Versailles", "Paris, Créteil"],
    ["Sud", "Aix-Marseille", "Nice, Corse, Montpellier"],
    ["Outre-mer", "Guadeloupe, Martinique, Guyane, La Réunion, Mayotte : académies autonomes", None],
]
REGROUP_NOTE = "Polynésie française et Nouvelle-Calédonie : organisation et calendrier fixés par les vice-rectorats."

T2 = "2. Définition des épreuves"
EPREUVES = [
    ("E1 – Culture générale et expression", "écrite, 4 h"),
    ("E2 – Langue vivante étrangère : anglais", "CCF ou orale ponctuelle"),
    ("E3 – Mathématiques", "écrite, 2 h"),
    ("E4 – Étude d'un système technique industriel", None),
    ("     E41 – Pré-étude et modélisation", "écrite, 4 h"),
    ("     E42 – Conception et industrialisation", "écrite, 4 h"),
    ("E5 – Projet", None),
    ("     E5-A – Suivi de projet", "CCF pour tous les candidats : aucune date nationale"),
    ("     E5 – B – Soutenance de projet", "orale ponctuelle"),
    ("E6 – Conduite de projet / chantier", "orale"),
    ("EF1 – Langue vivante facultative", "orale"),
    ("EF2 – Engagement étudiant", "sur attestation"),
]

T3 = "3. Dossiers de projet et contrôle de conformité"
DOSSIERS = [
    "Les dossiers de projet des candidats ponctuels (sous-épreuve E5 – B et épreuve E6) doivent parvenir au centre "
    "d'examen désigné par l'académie pilote de regroupement au plus tard le vendredi 3 avril 2026 à 12 h (heure de "
    "Paris).",
    "Le contrôle de conformité des dossiers est organisé par chaque académie pilote entre le lundi 13 et le vendredi "
    "17 avril 2026.",
    "Les attestations relatives à l'épreuve facultative EF2 sont à transmettre au plus tard le vendredi 29 mai 2026.",
]

T4 = "4. Épreuves écrites, corrections et épreuves orales"
ECRITS_TXT = [
    "Les épreuves écrites sont organisées selon le calendrier de l'annexe 1 (heures locales). Le jeudi 14 mai 2026 "
    "(Ascension) est férié ; le vendredi 15 mai 2026 et le lundi 25 mai 2026 (Pentecôte) ne comportent aucune épreuve.",
    "La réunion nationale d'entente des correcteurs E41 et E42 se tiendra le mercredi 20 mai 2026 à 10 h au lycée "
    "Henri Loritz, 29 rue des Jardiniers, 54042 Nancy Cedex.",
    "Les corrections dématérialisées se dérouleront du mercredi 20 mai au mercredi 3 juin 2026. Les copies non "
    "numérisées et les procès-verbaux d'incident sont adressés au SIEC – Maison des examens, 7 rue Ernest Renan, "
    "94114 Arcueil Cedex.",
    "Les épreuves orales E2 (candidats hors CCF), E5 – B et E6 sont organisées par les académies pilotes entre le "
    "lundi 1er juin et le vendredi 12 juin 2026. L'épreuve facultative EF1 est organisée pendant la même période.",
]

T5 = "5. Notes, jurys et résultats"
JURYS = [
    "Les notes sont saisies dans Cyclades au plus tard le mardi 16 juin 2026.",
    "Les jurys de délibération se réunissent du lundi 29 juin au jeudi 2 juillet 2026 dans chaque académie pilote.",
    "Les résultats sont publiés le vendredi 3 juillet 2026 à 10 h (heure de Paris).",
    "Accusé de réception à retourner à la DEC 5 de Nancy-Metz, signé et daté : le …/…/20…",
]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "",
             "Philippe MANGIN"]

ANNEXE_TITRE = "ANNEXE 1 – CALENDRIER NATIONAL DES ÉPREUVES ÉCRITES – SESSION 2026 (heures locales)"
TERRITOIRES = ["Métropole", "Antilles (Guadeloupe, Martinique)", "Guyane", "La Réunion", "Mayotte",
               "Polynésie fr.", "Nouvelle-Calédonie"]
# (code, intitulé, date, [5 horaires : Métropole, Antilles, Guyane, Réunion, Mayotte], durée) ; None = ligne de groupe
ANNEXE = [
    ("E1", "Culture générale et expression", "lun. 11/05/2026", ["14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h"], "4 h"),
    ("E3", "Mathématiques", "mar. 12/05/2026", ["14h-16h", "8h-10h", "9h-11h", "16h-18h", "15h-17h"], "2 h"),
    ("E4", "Étude d'un système technique industriel", None, None, None),
    ("E41", "Pré-étude et modélisation", "mer. 13/05/2026", ["13h-17h", "7h-11h", "8h-12h", "15h-19h", "14h-18h"], "4 h"),
    ("E42", "Conception et industrialisation", "mar. 19/05/2026", ["13h-17h", "7h-11h", "8h-12h", "15h-19h", "14h-18h"], "4 h"),
]
ANNEXE_PTOM = "Calendrier fixé localement (sujets spécifiques)"
ANNEXE_NOTES = [
    "Aucune sortie n'est autorisée avant la fin de la première heure. Les candidats de La Réunion et de Mayotte composent "
    "simultanément avec la métropole.",
    "Les épreuves E2, E5 – B et E6 ne figurent pas dans ce tableau : voir le point 4 de la note.",
]
