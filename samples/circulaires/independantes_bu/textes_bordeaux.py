"""Académie de Bordeaux — BTS Électrotechnique (ET) — session 2028. Workbook typed by a secretary (xlsxwriter):
true date cells, dates typed as TEXT, serial numbers with a date format, comments, grouped hidden rows of 2027,
a hidden sorting column of raw serial numbers."""

TITRE = ["Académie de Bordeaux – Rectorat – DEC – pôle BTS industriels",
         "BTS Électrotechnique (ET) – session 2028 – calendrier des épreuves ponctuelles"]
MAJ_LABEL = "Mise à jour :"
MAJ = "2028-02-02"
ENTETE = ["Épreuve", "Unité", "Intitulé", "Nature", "Date début", "Date fin", "Date (texte publipostage)",
          "Heure début", "Heure fin", "Centre", "Observations", "tri"]
EIFFEL = "Lycée Gustave Eiffel – Bordeaux"
# d / f: ("date", iso) true date cell; ("texte", "dd/mm/yyyy") string; ("serie", iso) number written with a date format
LIGNES = [
    dict(code="E6", unite="U6", lib="Dépôt du rapport de stage (dossier E6)", nat="dossier", d=("texte", "07/04/2028"),
         txt="vendredi 7 avril 2028", hd="12:00", lieu="Rectorat de Bordeaux – DEC, bureau 112",
         obs="avant 12 h – envoi groupé par l'établissement"),
    dict(code="E6", unite="U6", lib="Contrôle de conformité des dossiers E6", nat="commission", d=("date", "2028-04-13"),
         txt="jeudi 13 avril 2028", hd="14:00", lieu="Rectorat de Bordeaux"),
    dict(code="E1", unite="U1", lib="Culture générale et expression", nat="écrit", d=("date", "2028-05-16"),
         txt="mardi 16 mai 2028", hd="14:00", hf="18:00", lieu=EIFFEL),
    dict(code="E31", unite="U31", lib="Mathématiques", nat="écrit", d=("texte", "17/05/2028"), txt="mercredi 17 mai 2028",
         hd="10:00", hf="12:00", lieu=EIFFEL),
    dict(code="E32", unite="U32", lib="Physique-chimie", nat="écrit", d=("serie", "2028-05-17"), txt="mercredi 17 mai 2028",
         hd="14:00", hf="16:00", lieu=EIFFEL),
    dict(code="E41", unite="U41", lib="Pré-étude et modélisation", nat="écrit", d=("date", "2028-05-18"),
         txt="jeudi 18 mai 2028", hd="13:00", hf="17:00", lieu=EIFFEL,
         note="Reporté : initialement prévu le 23/05/2028 (salle d'examen indisponible). Nouvelle date validée par la DEC."),
    dict(code="E42", unite="U42", lib="Conception et industrialisation", nat="CCF", txt="", lieu="en établissement",
         obs="contrôle en cours de formation : pas de date académique"),
    dict(code="E2", unite="U2", lib="Langue vivante étrangère : anglais (oral)", nat="oral", d=("date", "2028-05-29"),
         f=("serie", "2028-06-02"), txt="du lundi 29 mai au vendredi 2 juin 2028", lieu="Lycée Louis de Foix – Bayonne",
         obs="candidats hors CCF uniquement"),
    dict(code="E6", unite="U6", lib="Soutenance du rapport de stage", nat="oral", d=("date", "2028-06-06"),
         f=("date", "2028-06-09"), txt="du mardi 6 au vendredi 9 juin 2028", lieu="Lycée Jacques de Romas – Nérac",
         note_fin="Date de fin à confirmer par le centre selon le nombre de candidats."),
    dict(code="", unite="", lib="Jury de délibération", nat="jury", d=("texte", "29/06/2028"), txt="jeudi 29 juin 2028",
         hd="14:00", lieu="Rectorat de Bordeaux"),
    dict(code="", unite="", lib="Publication des résultats", nat="résultats", d=("date", "2028-06-30"),
         txt="vendredi 30 juin 2028", hd="16:00", lieu="affichage dans les centres et site académique"),
]
RAPPEL_TITRE = "Session 2027 – pour mémoire (groupe replié)"
RAPPEL = [
    dict(code="E1", unite="U1", lib="Culture générale et expression", nat="écrit", d=("date", "2027-05-11"),
         txt="mardi 11 mai 2027", hd="14:00", hf="18:00", lieu=EIFFEL),
    dict(code="E31", unite="U31", lib="Mathématiques", nat="écrit", d=("date", "2027-05-12"), txt="mercredi 12 mai 2027",
         hd="10:00", hf="12:00", lieu=EIFFEL),
    dict(code="E6", unite="U6", lib="Soutenance du rapport de stage", nat="oral", d=("date", "2027-05-31"),
         f=("date", "2027-06-04"), txt="du lundi 31 mai au vendredi 4 juin 2027", lieu="Lycée Jacques de Romas – Nérac"),
    dict(code="", unite="", lib="Jury de délibération", nat="jury", d=("date", "2027-06-24"), txt="jeudi 24 juin 2027",
         hd="14:00", lieu="Rectorat de Bordeaux"),
]
NOTE_BAS = "Les candidats sont convoqués 30 minutes avant le début de chaque épreuve écrite."
