# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive BTS NDRC, académie de Montpellier, session 2026."""

STEM = "circulaire_ndrc_2026_montpellier"

ENTETE = ["RÉPUBLIQUE FRANÇAISE", "Liberté – Égalité – Fraternité", "ACADÉMIE DE MONTPELLIER"]
PIED = ("Rectorat de l'académie de Montpellier – 31, rue de l'Université – CS 39004 – "
        "34064 Montpellier Cedex 2 – www.ac-montpellier.fr")

EXPEDITEUR = [
    "Division des examens et concours",
    "DEC 5 – Bureau des BTS",
    "Affaire suivie par : Nadia Ferrand",
    "Tél. : 04 67 91 47 20",
    "Mél : ce.dec5@ac-montpellier.fr",
]
LIEU_DATE = "Montpellier, le 3 février 2026"
DESTINATAIRES = ("Le recteur de la région académique Occitanie, recteur de l'académie de Montpellier, "
                 "chancelier des universités\n\nà\n\nMesdames et Messieurs les chefs d'établissement "
                 "publics et privés préparant au BTS NDRC\nMesdames et Messieurs les directeurs de CFA")
OBJET = ("Brevet de technicien supérieur « Négociation et digitalisation de la relation client » (NDRC) – "
         "session 2026 – organisation des épreuves")
REFERENCES = ("arrêté du 4 avril 2018 portant définition et fixant les conditions de délivrance du BTS NDRC ; "
              "note de service nationale d'organisation du 15 janvier 2026.")

INTRO = ("La présente circulaire fixe, pour l'académie de Montpellier, le calendrier et les lieux des épreuves "
         "de la session 2026. Je vous remercie de bien vouloir la porter à la connaissance des équipes "
         "pédagogiques et des candidats.")

TITRE_ECRITS = "I. ÉPREUVES ÉCRITES"
# (date, code, intitulé, début, fin, observation) ; la date est fusionnée verticalement quand elle se répète
ECRITS = [
    ("Lundi 11 mai 2026", "E1", "Culture générale et expression", "14 h 00", "18 h 00",
     "Épreuve commune à toutes les spécialités"),
    ("Mardi 12 mai 2026", "E5-A", "Relation client à distance et digitalisation – partie écrite",
     "9 h 00", "12 h 00", "Sortie définitive autorisée au terme de la 1re heure"),
    ("Mardi 12 mai 2026", "E3", "Culture économique, juridique et managériale", "14 h 00", "18 h 00",
     "Calculatrice non autorisée"),
]
CENTRES_ECRIT = [
    ("Lycée Jules Guesde", "110, avenue de Lodève\nCS 10001", "34060 Montpellier Cedex 2"),
    ("Lycée Dhuoda", "17, rue Dhuoda", "30900 Nîmes"),
    ("Lycée Jean Moulin", "Avenue des Martyrs de la Résistance\nBP 301", "34500 Béziers"),
    ("Lycée Arago", "37, avenue Pierre Cambres", "66000 Perpignan"),
]
NOTE_FERIES = ("Aucune épreuve n'est organisée le jeudi 14 mai 2026 (Ascension) ni le lundi 25 mai 2026 "
               "(lundi de Pentecôte). Les vacances de printemps de la zone C s'étendent du samedi 18 avril "
               "au lundi 4 mai 2026.")

TITRE_ORAUX = "II. ÉPREUVES ORALES ET PRATIQUES"
ORAUX = [
    ("E5 B – Relation client à distance et digitalisation – partie pratique (40 minutes). ",
     "Elle se déroulera au lycée Jean Mermoz, 717, avenue Jean Mermoz, 34060 Montpellier, "
     "du mardi 26 mai au vendredi 29 mai 2026, sur poste informatique."),
    ("E4 – Relation client et négociation-vente (candidats évalués en forme ponctuelle). ",
     "Les interrogations auront lieu au lycée Jules Guesde (Montpellier) du lundi 1er au mercredi 3 juin, "
     "du lundi 8 au mercredi 10 juin et le vendredi 12 juin 2026."),
    ("E6 – Relation client et animation de réseaux. ",
     "Les candidats ponctuels seront interrogés au lycée Jules Guesde du lundi 15 au mercredi 17 juin 2026."),
    ("E2 – Communication en langue vivante étrangère. ",
     "L'épreuve est évaluée exclusivement par contrôle en cours de formation dans les établissements "
     "habilités ; aucune convocation académique ne sera éditée."),
    ("Épreuves facultatives. ",
     "EF1 (langue vivante facultative) : jeudi 4 juin 2026, à partir de 13 h 30, lycée Jules Guesde. "
     "EF2 (parcours de professionnalisation à l'étranger) : vendredi 5 juin 2026, lycée Jules Guesde."),
]
TITRE_E5 = "Rappel : l'épreuve E5 comporte une partie écrite (E5-A) et une partie pratique (E5 B)."

TITRE_CAL = "III. CALENDRIER DES OPÉRATIONS"
CALENDRIER = [
    "jeudi 2 avril 2026, 12 h : dossiers E4 et E6 des candidats en forme ponctuelle à transmettre au plus "
    "tard au lycée Jules Guesde (le cachet de la poste ne fait pas foi) ;",
    "vendredi 3 avril 2026, 12 h : attestations de mobilité EF2 à transmettre au plus tard à la DEC 5 ;",
    "mardi 14 avril 2026, 14 h : contrôle de conformité des dossiers E4 et E6, lycée Jules Guesde ;",
    "mercredi 20 mai 2026, 9 h 30 : réunion d'entente des examinateurs de l'épreuve E5 B, lycée Jean Mermoz ;",
    "vendredi 12 juin 2026, 17 h : remontée des notes de CCF (E2, E4, E6) dans Cyclades ;",
    "mardi 30 juin 2026, 9 h : jury de délibération, lycée Jules Guesde ;",
    "jeudi 2 juillet 2026, 14 h : publication des résultats sur le site de l'académie.",
]

TITRE_ETAB = "IV. ÉTABLISSEMENTS DE FORMATION (pour information – ce ne sont pas des centres d'examen)"
ETABLISSEMENTS = [
    ("CFA Sud Formation", "Montpellier", "Apprentissage"),
    ("Lycée privé Notre-Dame de la Merci", "Montpellier", "Privé sous contrat"),
    ("ISFAC", "Nîmes", "Hors contrat"),
    ("CFA du Commerce et des Services", "Perpignan", "Apprentissage"),
    ("Lycée Marc Bloch", "Sérignan", "Public"),
]

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,",
             "", "Élodie MARCHAND"]

ANNEXE_TITRE = "ANNEXE – Accusé de réception (à retourner à la DEC 5)"
ANNEXE = ["Établissement : ………………………………………………",
          "Nom du chef d'établissement : ………………………………",
          "Fait à ……………………, le …/…/20…",
          "Signature et cachet :"]
