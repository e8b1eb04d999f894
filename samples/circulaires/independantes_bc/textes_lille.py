"""Classeur ODS du BTS Comptabilité et gestion, académie de Lille, session 2027 (fictif)."""
import datetime as dt

D = dt.date
T = dt.time

TITRE = "Académie de Lille — BTS Comptabilité et gestion (CG) — Session 2027"
SOUS_TITRE = "Calendrier académique des épreuves — les centres sont désignés par leur repère (voir la feuille « Centres »)"
PIED = "DEC 2 – bureau des BTS – Lille, le 07/12/2026"

ENTETES = ["Date", "Jour", "Épreuve", "Intitulé", "Heure de début", "Heure de fin", "Centre (repère)", "Remarques"]

# Écrits : une date couvre parfois deux lignes (cellule fusionnée verticalement).
ECRITS = [
    (D(2027, 5, 11), "E3", "Mathématiques appliquées", T(9, 0), T(11, 0), "L1", "Calculatrice en mode examen"),
    (D(2027, 5, 11), "E1", "Culture générale et expression", T(14, 0), T(18, 0), "L1", ""),
    (D(2027, 5, 12), "E2", "Langue vivante étrangère : anglais (partie écrite)", T(10, 0), T(12, 0), "L1", ""),
    (D(2027, 5, 12), "E4", "Culture économique, juridique et managériale", T(14, 0), T(18, 0), "L1", ""),
    (D(2027, 5, 13), "E5", "Contrôle et production de l'information financière", T(8, 30), T(13, 0), "L1",
     "Durée 4 h 30\nSortie autorisée après 2 h"),
]

ORAUX_ENTETES = ["Du", "Au", "Épreuve", "Objet", "Heure", "Centre (repère)", "Remarques"]
ORAUX = [
    (D(2027, 4, 9), None, "E6", "Date limite de dépôt des dossiers de l'épreuve E6", T(17, 0), "L3",
     "Deux exemplaires papier"),
    (D(2027, 5, 4), None, "E6", "Contrôle de conformité des dossiers E6", T(14, 0), "L3", ""),
    (D(2027, 5, 24), None, "E5", "Commission d'entente des correcteurs E5", T(9, 0), "L1", ""),
    (D(2027, 5, 25), D(2027, 5, 28), "E2", "Langue vivante étrangère : anglais (partie orale)", None, "L2", ""),
    (D(2027, 5, 31), D(2027, 6, 4), "E6", "Oral : situations de contrôle de gestion et d'analyse financière", None, "L3",
     "Candidats ponctuels"),
    (D(2027, 6, 2), None, "EF1", "Langue vivante facultative (oral)", None, "L2", ""),
    (D(2027, 7, 2), None, "", "Jury de délibération", T(9, 0), "R", ""),
    (D(2027, 7, 5), None, "", "Publication des résultats", T(14, 0), "", "Site académique"),
]

CENTRES_ENTETES = ["Repère", "Établissement", "Adresse", "Ville"]
CENTRES = [
    ("L1", "Lycée Alfred-Manessier", "3 rue de Flers, 59000", "Lille"),
    ("L2", "Lycée Raymond-Devos", "118 rue de Lille, 59200", "Tourcoing"),
    ("L3", "Lycée Marie-Marvingt", "9 quai des Hollandais, 59140", "Dunkerque"),
    ("R", "Rectorat de Lille – salle Vauban", "144 rue de Bavay, 59000", "Lille"),
]

NOTES = [
    "Jours sans épreuve : jeudi 6 mai 2027 (Ascension) et lundi 17 mai 2027 (Pentecôte).",
    "L'épreuve E6 est évaluée en CCF pour les candidats scolaires des établissements habilités.",
]
