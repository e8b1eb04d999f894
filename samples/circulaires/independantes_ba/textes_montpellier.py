"""BTS Tourisme, académie de Montpellier, session 2027 — a workbook (3 sheets) exported to HTML by LibreOffice Calc.
Dates are cells with a value (sdval = days since 1899-12-30) and a number format (sdnum)."""
import datetime as dt

META = {"author": "Rémi Castagné", "created": "2027-01-12T09:14:31.220000000", "changed": "2027-01-19T16:02:47.581000000"}
FEUILLES = ["Ecrits", "Oraux", "Centres"]

EN_TETE = [
    "ACADÉMIE DE MONTPELLIER",
    "Division des examens et concours – Pôle des BTS tertiaires",
    "BTS TOURISME – SESSION 2027",
]
LIEU = "Montpellier, le"
DATE_DOC = dt.date(2027, 1, 19)   # « mardi 19 janvier 2027 »

# Sheet 1 — written tests. Hidden column H: « Saisie Cyclades ».
E_TITRE = "CALENDRIER DES ÉPREUVES ÉCRITES"
E_ENTETE1 = ["Date", "Épreuve", "Unité", "Intitulé", "Horaire (heure de Montpellier)", None, "Durée", "Saisie Cyclades"]
E_ENTETE2 = ["Début", "Fin"]
# (date, code, unité, intitulé, début, fin, durée, saisie (hidden col), hidden row, commentaire)
ECRITS = [
    (dt.date(2027, 5, 11), "E1", "U1", "Culture générale et expression", (14, 0), (18, 0), (4, 0), "saisi le 04/12/26", False, None),
    (dt.date(2027, 5, 13), "E4", "U4", "Élaboration d'une prestation touristique (créneau initial)", (9, 0), (13, 0), (4, 0), "annulé", True, None),
    (dt.date(2027, 5, 12), "E4", "U4", "Élaboration d'une prestation touristique", (13, 30), (17, 30), (4, 0), "saisi le 11/01/27",
     False, "Créneau déplacé à la demande de la DGESIP (courriel du jeudi 7 janvier 2027). RC"),
]
E_NOTE = ("Les candidats doivent se présenter 30 minutes avant le début de chaque épreuve, munis de leur convocation "
          "et d'une pièce d'identité.")

# Sheet 2 — oral tests and other operations
O_TITRE = "CALENDRIER DES ÉPREUVES ORALES ET DES OPÉRATIONS"
O_ENTETE = ["Épreuve", "Unité", "Intitulé", "Forme", "Du", "Au", "Centre(s)"]
O_E2 = "E2 – Communication en langues vivantes étrangères"
# (code, unité, intitulé, forme, du, au, centre) ; centre None = covered by the rowspan above
ORAUX = [
    ("E21", "U21", "Langue vivante A : anglais", "oral", dt.date(2027, 5, 25), dt.date(2027, 5, 28),
     "Lycée Jean-Mermoz (Montpellier)\nLycée Jean-Lurçat (Perpignan)"),
    ("E22", "U22", "Langue vivante B", "oral", dt.date(2027, 5, 25), dt.date(2027, 5, 28), None),
    ("E3", "U3", "Gestion de la relation clientèle touristique (candidats hors CCF)", "oral", dt.date(2027, 5, 31), dt.date(2027, 6, 2),
     "Lycée Jean-Mermoz (Montpellier)"),
    ("E5", "U5", "Gestion de l'information touristique", "CCF", None, None, "Établissement de formation"),
    ("EF1", "UF1", "Langue vivante C (facultative)", "oral", dt.date(2027, 6, 3), dt.date(2027, 6, 4), "Lycée Ernest-Hemingway (Nîmes)"),
    ("E6", "U6", "Parcours de professionnalisation", "oral", dt.date(2027, 6, 7), dt.date(2027, 6, 11), "Lycée Jean-Mermoz (Montpellier)"),
]
O_CCF = "CCF uniquement"
A_TITRE = "AUTRES OPÉRATIONS"
A_ENTETE = ["Opération", None, None, "Date", None, "Heure", "Lieu"]
# (opération, date, heure, lieu)
AUTRES = [
    ("Date limite de dépôt des dossiers E6 (U6) au centre d'oral", dt.date(2027, 4, 16), (17, 0), "Centre d'oral"),
    ("Contrôle de conformité des dossiers E6", dt.date(2027, 4, 27), (10, 0), "Lycée Jean-Mermoz"),
    ("Réunion d'harmonisation des examinateurs E21 / E22", dt.date(2027, 5, 24), (14, 0), "Lycée Jean-Mermoz"),
    ("Jury de délibération", dt.date(2027, 6, 24), (9, 30), "Rectorat de Montpellier"),
    ("Publication des résultats (à partir de)", dt.date(2027, 7, 2), (14, 0), "Site académique"),
]
FERIES = "Jours fériés :"
FERIES_DATES = [(dt.date(2027, 5, 6), "Ascension"), (dt.date(2027, 5, 17), "Lundi de Pentecôte")]

# Sheet 3 — centres. A hidden row (display:none).
C_TITRE = "CENTRES D'ÉPREUVES"
C_ENTETE = ["Centre", "Adresse", "Code postal", "Ville", "Épreuves accueillies"]
CENTRES = [
    ("Lycée Jean-Mermoz", "717 avenue Jean-Mermoz", 34060, "Montpellier", "écrits, E21, E22, E3, E6", False),
    ("Lycée Chaptal", "place Charles-de-Gaulle", 48000, "Mende", "écrits (fermé en 2027)", True),
    ("Lycée Ernest-Hemingway", "98 avenue Jean-Jaurès", 30900, "Nîmes", "écrits, EF1", False),
    ("Lycée Jean-Lurçat", "25 avenue Paul-Alduy", 66100, "Perpignan", "écrits, E21, E22", False),
]
C_NOTE = "Les établissements de formation transmettent les listes de surveillants aux centres d'écrits."
