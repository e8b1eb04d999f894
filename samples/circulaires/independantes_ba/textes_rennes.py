"""BTS ATI, académie de Rennes, session 2026 — a calendar sheet saved « as web page » by Excel.
Cells: (text shown, kind, value) where kind is 'd' (date serial), 't' (time fraction), 's' (string).
Column C of the sheet is hidden (display:none); rows marked hidden=True are hidden (display:none)."""
import datetime as dt

FEUILLE = "Calendrier ATI 2026"
AUTEUR = "Gwenaëlle Le Bihan"

TITRES = [
    ("ACADÉMIE DE RENNES", "titre"),
    ("Division des examens et concours – DEC 3 – Bureau des BTS industriels", "sous"),
    ("BTS ASSISTANCE TECHNIQUE D'INGÉNIEUR (ATI) – SESSION 2026", "titre2"),
    ("Calendrier académique des épreuves – à diffuser aux centres d'épreuves et aux établissements de formation", "sous"),
]
LIEU = "Rennes, le"
DATE_DOC = dt.date(2026, 2, 3)           # shown as « mardi 3 février 2026 »
SUIVI = "Affaire suivie par Gwenaëlle Le Bihan – 02 23 21 74 58 – ce.dec3@ac-rennes.fr"

T1 = "1. ÉPREUVES ÉCRITES PONCTUELLES"
T1_HEURE = "Horaires (heure de Rennes)"
T1_ENTETE = ["Date", "Épreuve", "Rappel session 2025", "Intitulé", "Début", "Fin", "Durée", "Observations"]
# (date, code, hidden rappel 2025, intitulé, début, fin, durée, obs, hidden_row)
ECRITS = [
    (dt.date(2026, 5, 11), "E1", "mar. 13/05/2025", "Culture générale et expression", (14, 0), (18, 0), (4, 0), "", False),
    (dt.date(2026, 5, 12), "E2", "mer. 14/05/2025", "Langue vivante étrangère : anglais", (10, 0), (12, 0), (2, 0), "Dictionnaire interdit", False),
    (dt.date(2026, 5, 12), "E4", "mer. 14/05/2025", "Analyse et spécification d'un système technique", (14, 0), (18, 0), (4, 0), "Calculatrice en mode examen", False),
    (dt.date(2026, 5, 14), "E31", "jeu. 15/05/2025", "Mathématiques (créneau initial, abandonné)", (9, 0), (11, 0), (2, 0), "Ascension : déplacé", True),
    (dt.date(2026, 5, 13), "E31", "jeu. 15/05/2025", "Mathématiques", (9, 0), (11, 0), (2, 0), "Calculatrice en mode examen", False),
]
CCF = ("E32", "Physique-chimie", "Contrôle en cours de formation (CCF) uniquement – pas d'épreuve ponctuelle")
T1_NOTE = ("Aucune sortie définitive de salle avant la fin de la première heure. Les sous-épreuves E31 et E32 "
           "constituent l'épreuve E3 ; les sous-épreuves E51 et E52 constituent l'épreuve E5.")

T2 = "2. DOSSIERS, ÉPREUVES PRATIQUES ET ORALES"
T2_ENTETE = ["Le / du", "Épreuve", "Rappel session 2025", "Opération", "Au", "Heure", "", "Lieu"]
# (date, code, rappel, opération, date fin, heure, lieu)
ORAUX = [
    (dt.date(2026, 4, 3), "E6", "ven. 04/04/2025", "Dépôt des rapports d'activités (2 exemplaires papier + version numérique) – date limite", None, (12, 0), "Centre d'épreuve orale"),
    (dt.date(2026, 4, 9), "E6", "jeu. 10/04/2025", "Contrôle de conformité des rapports d'activités", None, (14, 0), "Lycée Joliot-Curie"),
    (dt.date(2026, 5, 18), "E52", "lun. 19/05/2025", "Épreuve pratique – réalisation et mise en service", dt.date(2026, 5, 22), None, "Lycée Joliot-Curie"),
    (dt.date(2026, 5, 20), "E51 – E6", "mer. 21/05/2025", "Réunion d'entente des examinateurs", None, (14, 0), "Lycée Joliot-Curie – salle B104"),
    (dt.date(2026, 5, 26), "E51", "mar. 27/05/2025", "Oral – gestion de projet technique", dt.date(2026, 5, 29), None, "Lycée Joliot-Curie"),
    (dt.date(2026, 6, 1), "E6", "lun. 02/06/2025", "Oral – présentation du rapport d'activités", dt.date(2026, 6, 5), None, "Lycée Joliot-Curie"),
    (dt.date(2026, 6, 23), "–", "mar. 24/06/2025", "Jury de délibération", None, (9, 0), "Rectorat de Rennes – 96 rue d'Antrain"),
    (dt.date(2026, 7, 3), "–", "ven. 04/07/2025", "Publication des résultats (site académique)", None, (10, 0), ""),
]

T3 = "3. CENTRES D'ÉPREUVES"
T3_ENTETE = ["Dépt", "Centre – épreuves accueillies", "", "", "Adresse", "", "Code postal et ville", ""]
# (dept, centre, adresse, cp ville, épreuves accueillies, hidden_row) — the centre and its épreuves share one cell
CENTRES = [
    ("35", "Lycée Joliot-Curie", "144 boulevard de Vitré", "35700 Rennes", "Écrits, E51, E52, E6", False),
    ("29", "Lycée Vauban", "rue de Kerichen", "29200 Brest", "Écrits", False),
    ("22", "Lycée Kerraoul", "2 rue de la Trinité", "22500 Paimpol", "Écrits (centre fermé)", True),
    ("56", "Lycée Dupuy-de-Lôme", "4 rue Jean Le Coutaller", "56100 Lorient", "Écrits", False),
]
FERIES = ("Rappel : le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte) sont fériés ; "
          "aucune épreuve n'est organisée ces jours-là.")
