"""BTS Tourisme, académie de Grenoble, session 2028 — a workbook built with openpyxl, saved as Excel 97-2003 (.xls)
by LibreOffice Calc. Dates and hours are real spreadsheet values (serial numbers) shown through number formats."""
import datetime as dt

D = lambda m, d: dt.datetime(2028, m, d)
H = lambda h, mi=0: dt.time(h, mi)

TITRE = [
    "ACADÉMIE DE GRENOBLE – Division des examens et concours (DEC 4 – BTS)",
    "BTS TOURISME – SESSION 2028 – CALENDRIER DES ÉPREUVES ET CENTRES",
]
DATE_DOC = D(2, 2)  # shown as « Grenoble, le 2 février 2028 » by a number format
SUIVI = "Affaire suivie par : Laurence Chabert – 04 76 74 71 38 – ce.dec4@ac-grenoble.fr"

ENTETES = ["Code", "Épreuve", "Forme", "Du", "Au", "Début", "Fin", "Lieu"]
# (code, intitulé, forme, du, au, début, fin, lieu)
EPREUVES = [
    ("E1", "Culture générale et expression", "écrite", D(5, 16), None, H(14), H(18), "Centres d'écrits (onglet Centres)"),
    ("E4", "Élaboration d'une prestation touristique", "écrite", D(5, 17), None, H(13, 30), H(17, 30), "Centres d'écrits (onglet Centres)"),
    ("EF1", "Langue vivante étrangère facultative", "orale", D(5, 18), None, None, None, "Lycée Louise Michel"),
    ("E21", "Communication en langue vivante A : anglais", "orale", D(5, 29), D(5, 31), None, None, "Lycée Louise Michel / Lycée Vaugelas"),
    ("E22", "Communication en langue vivante B", "orale", D(6, 1), D(6, 2), None, None, "Lycée Louise Michel / Lycée Vaugelas"),
    ("E3", "Gestion de la relation clientèle touristique", "CCF", None, None, None, None, "Établissement de formation"),
    ("E5", "Gestion de l'information touristique", "pratique", D(6, 6), D(6, 9), None, None, "Lycée Gabriel Fauré"),
    ("E6", "Parcours de professionnalisation", "orale", D(6, 12), D(6, 14), None, None, "Lycée Gabriel Fauré"),
]
NOTE_E2 = "E2 « Communication en langues vivantes étrangères » : sous-épreuves E21 et E22 (oraux ponctuels)."

ECHEANCES_TITRE = "AUTRES ÉCHÉANCES"
ECHEANCES_ENTETES = ["Échéance", "Date", "Heure", "Observations"]
ECHEANCES = [
    ("Dépôt des rapports E6 au centre d'interrogation", D(4, 7), H(16), "Lycée Gabriel Fauré, bureau des examens"),
    ("Saisie des notes de CCF E3 dans Cyclades", D(5, 19), None, "Délai de rigueur"),
    ("Jury de délibération", D(6, 30), H(9, 30), "Rectorat de Grenoble, salle du conseil"),
    ("Publication des résultats", D(7, 3), H(10), "Site internet de l'académie"),
]
FERIES_TITRE = "JOURS FÉRIÉS (aucune épreuve)"
FERIES = [("Ascension", D(5, 25)), ("Lundi de Pentecôte", D(6, 5))]

CENTRES_ENTETES = ["Centre", "Adresse", "Code postal", "Ville", "Épreuves"]
CENTRES = [
    ("Lycée Louise Michel", "30 rue Louise Michel", "38100", "Grenoble", "E1, E4, EF1, E21, E22"),
    ("Lycée Vaugelas", "60 rue du Commandant Perceval", "73000", "Chambéry", "E1, E4, E21, E22"),
    ("Lycée Gabriel Fauré", "2 avenue du Rhône", "74000", "Annecy", "E1, E4, E5, E6"),
    ("Rectorat de Grenoble", "7 place Bir-Hakeim", "38000", "Grenoble", "Jury"),
]

FORMATION_TITRE = "ÉTABLISSEMENTS DE FORMATION (ne sont pas centres d'épreuves)"
FORMATION = [
    ("Lycée Jean Moulin", "Albertville", "BTS Tourisme – scolaires"),
    ("Lycée privé Notre-Dame", "Thonon-les-Bains", "BTS Tourisme – scolaires"),
    ("CFA de la CCI Savoie", "Chambéry", "BTS Tourisme – apprentis"),
]
