# -*- coding: utf-8 -*-
"""Note nationale fictive : BTS Professions immobilières (PI), session 2026 (PDF dessiné avec reportlab, paysage)."""

STEM = "note_nationale_pi_2026"

EN_TETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
           "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
           "Service de la stratégie des formations – Bureau des diplômes de niveau 5"]
LIEU_DATE = "Paris, le 12 janvier 2026"
NUMERO = "Note n° 2026-0117"
DESTINATAIRES = ("à Mesdames et Messieurs les recteurs et rectrices d'académie, Mesdames et Messieurs les "
                 "vice-recteurs (divisions des examens et concours)")
OBJET = "Objet : BTS Professions immobilières – organisation nationale de la session 2026"
REFERENCES = ("Références : arrêté du 10 juillet 2018 portant définition et fixant les conditions de délivrance du "
              "BTS Professions immobilières ; note de service du 18 décembre 2025 relative au calendrier général "
              "des BTS.")
INTRO = ("La présente note fixe, pour la session 2026, le calendrier national des épreuves ponctuelles écrites "
         "du BTS Professions immobilières. Les épreuves orales et les épreuves évaluées en contrôle en cours de "
         "formation sont organisées par les académies, dans les limites précisées au point 3.")

TABLE_EPREUVES_ENTETE = ["Épreuve", "Unité", "Intitulé", "Forme ponctuelle", "Durée"]
TABLE_EPREUVES = [
    ("E1", "U1", "Culture générale et expression", "écrite", "4 h"),
    ("E2", "U2", "Langue vivante étrangère", "écrite", "2 h"),
    ("E3", "U3", "Conseil en ingénierie de l'immobilier", "écrite", "4 h"),
    ("E4", "—", "Communication professionnelle en français et en langue étrangère", "—", "—"),
    ("E.4.1", "U41", "Communication professionnelle en français", "orale", "30 min"),
    ("E.4.2", "U42", "Communication professionnelle en langue étrangère", "orale", "20 min"),
    ("E5", "—", "Techniques immobilières", "—", "—"),
    ("E.5.1", "U51", "Transaction immobilière", "écrite", "4 h"),
    ("E.5.2", "U52", "Gestion immobilière", "écrite", "4 h"),
    ("E6", "U6", "Conduite et présentation d'activités professionnelles", "orale", "40 min"),
    ("EF1", "UF1", "Langue vivante étrangère 2 (facultative)", "orale", "20 min"),
]

# calendrier paysage : une colonne d'horaires par territoire
CAL_ENTETE = ["Date", "Épreuve", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte",
              "Polynésie fr. (1)", "Nouvelle-Calédonie (1)"]
CAL = [
    ("lun. 11/05/26", "E.5.1 Transaction immobilière",
     "14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h", "2h-6h", "22h-2h (2)"),
    ("mar. 12/05/26", "E1 Culture générale et expression",
     "14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h", "2h-6h", "22h-2h (2)"),
    ("mer. 13/05/26", "E2 Langue vivante étrangère",
     "14h-16h", "8h-10h", "9h-11h", "16h-18h", "15h-17h", "2h-4h", "22h-24h"),
    ("lun. 18/05/26", "E.5.2 Gestion immobilière",
     "9h-13h", "3h-7h (3)", "4h-8h (3)", "11h-15h", "10h-14h", "21h-1h (veille)", "17h-21h"),
    ("mar. 19/05/26", "E3 Conseil en ingénierie de l'immobilier",
     "14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h", "2h-6h", "22h-2h (2)"),
]
NOTES_CAL = [
    "(1) Heures locales indiquées à titre indicatif : les vice-rectorats de Polynésie française et de "
    "Nouvelle-Calédonie peuvent recourir à des sujets de secours selon leur propre calendrier.",
    "(2) Épreuve se terminant le lendemain en heure locale.",
    "(3) Pour les Antilles et la Guyane, l'épreuve E.5.2 est organisée sur sujet de secours l'après-midi du même "
    "jour ; les horaires sont fixés par l'académie.",
    "Le lundi 25 mai 2026 (lundi de Pentecôte) ne peut être retenu pour aucune épreuve.",
]

POINTS = [
    ("1. Réunion nationale d'entente",
     "Une réunion nationale d'entente des commissions de correction de l'épreuve E.5.1 se tiendra par "
     "visioconférence le jeudi 21 mai 2026 à 10:00. Les académies désignent un correcteur référent."),
    ("2. Sujets",
     "Les sujets sont acheminés par les services de l'État ; les sujets de secours sont conservés au SIEC, "
     "service interacadémique des examens et concours, à Arcueil."),
    ("3. Épreuves orales et dossiers",
     "Les dossiers de l'épreuve E6 sont à remettre aux services académiques au plus tard le vendredi "
     "10 avril 2026. Les épreuves orales E.4.1, E.4.2 et E6 se dérouleront entre le lundi 1er juin et le "
     "vendredi 19 juin 2026 selon le calendrier arrêté par chaque académie. L'épreuve facultative EF1 est "
     "organisée dans la même période."),
    ("4. Jurys et résultats",
     "Les jurys de délibération se tiendront au plus tard le vendredi 3 juillet 2026. Les résultats seront "
     "publiés à partir du 06-07-2026, à une heure fixée par chaque académie."),
]
SIGNATURE = ["Pour la ministre et par délégation,", "Le chef du service de la stratégie des formations",
             "Jean-Marc Delorme"]
