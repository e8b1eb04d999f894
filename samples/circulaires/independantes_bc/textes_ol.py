"""Classeur de la note nationale du BTS Opticien-lunetier, session 2029 (fictif).
Fin = début + durée et le jour de la semaine sont des formules (valeurs mises en cache par LibreOffice)."""
import datetime as dt

D = dt.date
T = dt.time

TITRE = "BTS OPTICIEN-LUNETIER (OL) — SESSION 2029 — CALENDRIER NATIONAL DES ÉPREUVES ÉCRITES"
EMETTEUR = "Ministère de l'enseignement supérieur — DGESIP A1-2 — note aux recteurs d'académie"
NOTE_LIBELLE = "Note du"
NOTE_DATE = D(2028, 9, 21)

ENTETES = ["Date", "Jour", "Épreuve", "Intitulé", "Début", "Durée", "Fin", "Coefficient"]
ECRITS = [
    (D(2029, 5, 14), "E4", "Optique géométrique et physique", T(14, 0), T(4, 0), 3),
    (D(2029, 5, 15), "E3", "Mathématiques", T(10, 0), T(2, 0), 2),
    (D(2029, 5, 15), "E1", "Culture générale et expression", T(14, 0), T(4, 0), 2),
    (D(2029, 5, 16), "E51", "Analyse de la vision – partie écrite", T(9, 0), T(3, 0), 3),
    (D(2029, 5, 16), "E2", "Langue vivante étrangère : anglais", T(14, 0), T(2, 0), 1),
]

SANS_DATE = [
    ("E52", "Analyse de la vision – partie pratique", "CCF uniquement, dans l'établissement de formation"),
    ("E6", "Étude technique des systèmes optiques (oral)", "Calendrier fixé par chaque académie"),
    ("EF1", "Langue vivante facultative (oral)", "Calendrier fixé par chaque académie"),
]

JALONS_ENTETES = ["Date", "Jour", "Opération", "Observations"]
JALONS = [
    (D(2029, 6, 15), "Date limite de remontée des notes des épreuves écrites dans l'application nationale",
     "Toutes académies"),
    (D(2029, 7, 5), "Date limite des délibérations des jurys", "Les académies fixent la date de leur jury avant cette date"),
]

NOTES = [
    "Les horaires sont exprimés en heure de Paris. Les académies d'outre-mer recevront une note particulière.",
    "Jeudi 10 mai 2029 (Ascension) : aucune épreuve. Les sujets de secours sont tenus à disposition par l'académie pilote de chaque épreuve.",
    "Référence : arrêté du 12 avril 2027 portant définition du BTS opticien-lunetier (texte cité pour mémoire).",
]
