"""Académie de Nantes — BTS Bâtiment (BAT) — session 2027. Workbook whose dates are FORMULAS over named ranges.
Values: "=..." formula, "YYYY-MM-DD" date, "HH:MM" time, anything else text. {key} = date cell (column C) of the row
`key`, {key.D} = its end date cell (column D)."""

FICHIER = "BTS_BAT_2027_calendrier_academique"
AUTEUR = "DEC 3 - Rectorat de Nantes"

PARAMETRES_TITRE = "Paramètres de la session (ne pas modifier sans prévenir le bureau DEC 3)"
# (named range, label, value) — written in Paramètres!A4:B7
PARAMETRES = [
    ("SESSION", "Session", 2027),
    ("VERSION", "Version du calendrier", "=DATE(2027,1,18)"),
    ("J0", "Premier jour des épreuves écrites (J0)", "=DATE(SESSION,5,11)"),
    ("DATE_JURY", "Jury de délibération (prévisionnel)", "=DATE(2027,6,29)"),
]
FERIES_TITRE = "Jours fériés et ponts pris en compte par les formules (plage nommée FERIES)"
FERIES = [("2027-03-29", "Lundi de Pâques"), ("2027-05-06", "Jeudi de l'Ascension"),
          ("2027-05-08", "Victoire 1945 (samedi)"), ("2027-05-17", "Lundi de Pentecôte"),
          ("2027-07-14", "Fête nationale")]
PARAMETRES_NOTE = "Nombre de candidats inscrits (tous statuts) : 214 — dont 31 apprentis et 9 candidats individuels."

TITRE = ["Académie de Nantes – Rectorat – Division des examens et concours – bureau DEC 3",
         "BTS Bâtiment (BAT) – session 2027 – calendrier académique des épreuves"]
VERSION_LABEL = "Version du :"
ENTETE = ["Épreuve", "Intitulé / étape", "Date (début)", "Date (fin)", "Heure début", "Heure fin", "Lieu", "Observations"]
CHAMPS = ["code", "lib", "d", "f", "hd", "hf", "lieu", "obs"]
LIVET = "Lycée Livet – 16 rue Dufour, Nantes"
LIGNES = [
    dict(k="depot", code="E61", lib="Dépôt du rapport d'activités en milieu professionnel (2 exemplaires papier + PDF)",
         d="=J0-39", hd="12:00", lieu="Rectorat de Nantes – DEC 3", obs="au plus tard à 12 h (cachet de réception)"),
    dict(k="conf", code="E61", lib="Contrôle de conformité des rapports E61", d="=WORKDAY({depot},5,FERIES)",
         hd="14:00", lieu="Rectorat de Nantes – salle 204", obs="commission académique ; non-conformités notifiées aux centres"),
    dict(k="e1", code="E1", lib="Culture générale et expression", d="=J0", hd="14:00", hf="18:00", lieu=LIVET),
    dict(k="e2", code="E2", lib="Langue vivante étrangère : anglais (écrit)", d="={e1}+1", hd="10:00", hf="12:00", lieu=LIVET),
    dict(k="e31", code="E31", lib="Mathématiques", d="={e2}", hd="14:00", hf="16:00", lieu=LIVET),
    dict(k="e32", code="E32", lib="Physique-chimie", d="={e2}+1", hd="10:00", hf="12:00", lieu=LIVET),
    dict(k="e41", code="E41", lib="Dimensionnement et vérification d'ouvrages", d="=WORKDAY(J0,3,FERIES)",
         hd="08:00", hf="12:00", lieu=LIVET),
    dict(k="e42", code="E42", lib="Étude technique et économique", d="=WORKDAY(J0,4,FERIES)", hd="08:00", hf="13:00",
         lieu=LIVET, obs="le lundi 17 mai est férié : l'épreuve a lieu le jour ouvré suivant"),
    dict(k="e51", code="E51", lib="Préparation de chantier", d="=WORKDAY(J0,5,FERIES)", hd="08:00", hf="12:00", lieu=LIVET),
    dict(k="ent", code="", lib="Réunion d'entente des correcteurs E41 et E42", d="=WORKDAY({e42},2,FERIES)", hd="09:00",
         lieu=LIVET, obs="présence obligatoire des correcteurs convoqués"),
    dict(k="oraux", code="E52", lib="Suivi de chantier (épreuve orale)", d="=WORKDAY(J0,10,FERIES)",
         f="=WORKDAY({oraux},4,FERIES)", lieu="Lycée Heinlex – Saint-Nazaire ; Lycée Chevrollier – Angers",
         obs="horaires sur les convocations individuelles"),
    dict(k="e61", code="E61", lib="Soutenance du rapport d'activités en milieu professionnel", d="={oraux}", f="={oraux.D}",
         lieu="Lycée Heinlex – Saint-Nazaire ; Lycée Chevrollier – Angers", obs="mêmes commissions que E52"),
    dict(k="jury", code="", lib="Jury de délibération", d="=DATE_JURY", hd="09:00", lieu="Rectorat de Nantes",
         note="Date à confirmer (disponibilité de la salle du conseil). Ne pas diffuser avant validation."),
    dict(k="res", code="", lib="Publication des résultats", d="=DATE_JURY+2", hd="10:00", lieu="site académique et centres"),
]
# hidden rows below the calendar: last year's calendar, left in the sheet
RAPPEL_TITRE = "Rappel session 2026 (lignes masquées – ne pas diffuser)"
RAPPEL = [
    dict(code="E61", lib="Dépôt des rapports (session 2026)", d="2026-04-03", hd="12:00", lieu="Rectorat de Nantes – DEC 3"),
    dict(code="E1", lib="Culture générale et expression (session 2026)", d="2026-05-12", hd="14:00", hf="18:00", lieu="Lycée Livet – Nantes"),
    dict(code="E2", lib="Anglais (session 2026)", d="2026-05-13", hd="10:00", hf="12:00", lieu="Lycée Livet – Nantes"),
    dict(code="", lib="Jury (session 2026)", d="2026-06-30", hd="09:00", lieu="Lycée Eugène Livet – Nantes"),
]
