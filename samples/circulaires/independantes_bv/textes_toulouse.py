"""BTS SAM, académie de Toulouse, session 2029 (flat ODS written by LibreOffice). Invented content.
Dates and hours are given as real date / time values; the build sets their display formats."""
import datetime as dt

D = dt.date
H = dt.time

COURRIER = [
    "RÉGION ACADÉMIQUE OCCITANIE — Académie de Toulouse",
    "Rectorat — Division des examens et concours — DEC 5 (BTS)",
    ("Toulouse, le", D(2029, 2, 8)),
    "",
    "Objet : BTS Support à l'action managériale (SAM) — calendrier et organisation de la session 2029",
    "Réf. : arrêté du 12 mars 2018 portant définition du BTS SAM ; note nationale du 29 novembre 2028.",
    "",
    "Le présent classeur tient lieu de circulaire d'organisation. Il comporte quatre onglets :",
    "« Courrier » (ce texte), « Calendrier » (épreuves écrites et orales), « Dossiers et jury », « Centres ».",
    "Les dates de l'onglet « Dossiers et jury » sont impératives ; aucun dossier ne sera accepté après l'heure limite.",
    "Aucune épreuve n'a lieu le jeudi 10 mai 2029 (Ascension) ni le lundi 21 mai 2029 (lundi de Pentecôte).",
    "",
    "Pour le recteur et par délégation, la cheffe de la DEC : Maïté Carrère",
]

CAL_HEAD = ["Épreuve", "Intitulé", "Nature", "Date / début", "Fin de période", "Heure début", "Heure fin", "Centre"]
CAL = [
    ["E1", "Culture générale et expression", "écrite", D(2029, 5, 14), None, H(14, 0), H(18, 0), "Ozenne / Bourdelle"],
    ["E21", "Langue vivante A — écrit", "écrite", D(2029, 5, 15), None, H(10, 0), H(12, 0), "Ozenne / Bourdelle"],
    ["E3", "Culture économique, juridique et managériale", "écrite", D(2029, 5, 15), None, H(14, 0), H(18, 0), "Ozenne / Bourdelle"],
    ["E6", "Collaboration à la gestion des ressources humaines", "écrite", D(2029, 5, 16), None, H(13, 30), H(17, 30), "Ozenne / Bourdelle"],
    ["E22", "Langue vivante A — oral", "orale", D(2029, 5, 28), D(2029, 6, 1), None, None, "Ozenne"],
    ["EF1", "Langue vivante B facultative — oral", "orale", D(2029, 5, 30), None, None, None, "Ozenne"],
    ["E4", "Optimisation des processus administratifs", "orale", D(2029, 6, 4), D(2029, 6, 8), None, None, "Riquet"],
    ["E5", "Gestion de projet", "orale", D(2029, 6, 11), D(2029, 6, 14), None, None, "Riquet"],
]
CAL_NOTE = "E2 (langue vivante A) comprend deux sous-épreuves : E21 écrite et E22 orale."

DOSS_HEAD = ["Étape", "Date", "Heure", "Lieu / destinataire"]
# the second row's date is a formula: E1 date minus 32 days (Thursday 12 April 2029)
DOSS = [
    ["Dépôt des dossiers E4 et E5 (deux exemplaires)", D(2029, 4, 6), H(12, 0), "Lycée Ozenne"],
    ["Retour des listes de surveillants (= écrit E1 − 32 jours)", "=Calendrier!D2-32", None, "DEC 5"],
    ["Contrôle de conformité des dossiers E4 et E5", D(2029, 4, 17), H(14, 0), "Lycée Ozenne"],
    ["Commission d'entente des correcteurs E6", D(2029, 5, 17), H(9, 0), "Lycée Ozenne"],
    ["Jury de délibération", D(2029, 6, 27), H(9, 0), "Rectorat de Toulouse"],
    ["Publication des résultats", D(2029, 6, 29), H(10, 0), "Site de l'académie"],
]

CENTRES_HEAD = ["Centre", "Adresse", "Code postal", "Ville", "Épreuves"]
CENTRES = [
    ["Lycée Ozenne", "9 rue Merly", "31070", "Toulouse", "écrits, E22, EF1, dépôt et conformité"],
    ["Lycée Antoine Bourdelle", "3 boulevard Edouard Herriot", "82000", "Montauban", "écrits"],
    ["Lycée Pierre-Paul Riquet", "Route de Labège", "31650", "Saint-Orens-de-Gameville", "E4, E5"],
    ["Rectorat de Toulouse", "75 rue Saint-Roch", "31400", "Toulouse", "jury"],
]

# hidden sheet left over from last year's workbook (not visible: traps)
ANCIEN_HEAD = ["Épreuve", "Date 2028", "Heure"]
ANCIEN = [
    ["E1", D(2028, 5, 15), H(14, 0)],
    ["E21", D(2028, 5, 16), H(10, 0)],
    ["E3", D(2028, 5, 16), H(14, 0)],
    ["E6", D(2028, 5, 17), H(13, 30)],
    ["Jury", D(2028, 6, 28), H(9, 0)],
]
