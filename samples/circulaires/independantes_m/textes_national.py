# -*- coding: utf-8 -*-
"""Texte de la note nationale fictive BTS Maintenance des systèmes, session 2028."""

STEM = "note_nationale_ms_2028"

ENTETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
          "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
          "Service de la stratégie des formations et de la vie étudiante",
          "Bureau des diplômes de l'enseignement supérieur technologique"]
LIEU_DATE = "Paris, le 14 décembre 2027"
DESTINATAIRES = ("à Mesdames et Messieurs les recteurs et rectrices d'académie, "
                 "Mesdames et Messieurs les vice-recteurs (divisions des examens et concours)")
TITRE = "NOTE DE SERVICE – BTS MAINTENANCE DES SYSTÈMES (MS) – SESSION 2028"
OBJET = ("Objet : organisation nationale des épreuves du brevet de technicien supérieur « Maintenance des "
         "systèmes », options A (systèmes de production), B (systèmes énergétiques et fluidiques) et C "
         "(systèmes éoliens) – session 2028.")
REFS = ("Références : arrêté du 14 mars 2014 modifié portant définition et fixant les conditions de délivrance "
        "du BTS MS ; note de service n° 2027-118 du 3 septembre 2027 relative au calendrier des BTS.")
RAPPEL = ("Rappel de la structure de l'examen : E1, E2, E3 (sous-épreuves E.3.1 Mathématiques et E.3.2 "
          "Physique et chimie), E4, E5 (E.5.1 et E.5.2) et E6 (E.6.1 et E.6.2).")

T1 = "1. Épreuves écrites ponctuelles"
T1_INTRO = ("Les heures indiquées sont les heures de début ; l'heure de fin se déduit de la durée. "
            "La colonne « Métropole » fait foi pour la métropole et la Corse.")
TABLE_ENTETE = ["Épreuve", "Intitulé", "Date", "Métropole", "Durée", "Antilles", "Guyane", "La Réunion",
                "Mayotte", "Polynésie / N.-Calédonie"]
TABLE = [
    ["E.1", "Culture générale et expression", "mardi 9 mai 2028", "14 h", "4 h", "8 h", "9 h", "16 h", "15 h", "(a)"],
    ["E.2", "Anglais", "mercredi 10 mai 2028", "10 h", "2 h", "8 h (b)", "8 h (b)", "12 h", "11 h", "(a)"],
    ["E.3.1", "Mathématiques", "mercredi 10 mai 2028", "14 h", "2 h", "8 h", "9 h", "16 h", "15 h", "(a)"],
    ["E.3.2", "Physique et chimie", "jeudi 11 mai 2028", "10 h", "2 h", "8 h (b)", "8 h (b)", "12 h", "11 h", "(a)"],
    ["E.4", "Analyse technique en vue de l'intégration d'un bien", "jeudi 11 mai 2028", "14 h", "4 h", "8 h",
     "9 h", "16 h", "15 h", "(a)"],
    ["E.5.1", "Organisation de l'activité de maintenance", "vendredi 12 mai 2028", "9 h", "3 h", "8 h (b)",
     "8 h (b)", "11 h", "10 h", "(a)"],
]
NOTES_TABLE = ["(a) Calendrier fixé localement par les vice-rectorats ; sujets spécifiques.",
               "(b) Pour les épreuves du matin, les candidats des Antilles et de la Guyane composent sur un sujet "
               "spécifique à 8 h (heure locale)."]

T2 = "2. Épreuves orales et pratiques"
ORAUX = [
    "E.5.2 (2e partie de l'épreuve E5 – Intervention et amélioration), E.6.1 (1ère partie de l'épreuve E6 – "
    "Rapport d'activités en entreprise) et E.6.2 (2e partie de l'épreuve E6 – Projet technique) : du lundi 29 mai "
    "au vendredi 16 juin 2028, selon le calendrier arrêté par chaque académie.",
    "Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) sont fériés.",
    "Le rapport d'activités en entreprise (E.6.1) est à remettre au centre d'examen au plus tard le vendredi "
    "28 avril 2028, 12 h (heure locale).",
]

T3 = "3. Réunions nationales"
REUNIONS = [
    "Réunion nationale de barème de l'épreuve E.4 : vendredi 12 mai 2028, 14 h 00, en visioconférence.",
    "Réunion nationale d'entente de la sous-épreuve E.5.1 : mardi 16 mai 2028 à 9 h 30, lycée Diderot, "
    "61, rue David d'Angers, 75019 Paris.",
]

T4 = "4. Notes et résultats"
RESULTATS = [
    "Les académies transmettent les notes et les propositions des commissions via l'application nationale au "
    "plus tard le lundi 26 juin 2028.",
    "Publication des résultats : mercredi 5 juillet 2028 à partir de 10 h (heure de Paris).",
]
SIGNATURE = ["Pour la ministre et par délégation,", "la cheffe du bureau des diplômes", "Catherine VIDAL-ROUX"]
