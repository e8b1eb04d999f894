"""Académie de Toulouse — BTS Conception et réalisation de systèmes automatiques (CRSA) — session 2030.
Formulas with WORKDAY and WORKDAY.INTL (Saturdays worked for the practical and oral windows), a hidden column
holding the 2029 dates beside the 2030 ones, dates as text only for the jury and the results, comments."""

FICHIER = "CRSA_2030_planning"
TITRE = ["Académie de Toulouse – Rectorat – DEC 4 – BTS du secteur industriel",
         "BTS Conception et réalisation de systèmes automatiques (CRSA) – session 2030"]
VERSION_LABEL = "Version du :"
PARAMETRES = [
    ("VERSION", "Version", "=DATE(2030,1,21)"),
    ("J_ECRITS", "Début des épreuves écrites", "=DATE(2030,5,13)"),
    ("DEPOT", "Limite de dépôt des rapports E6", "=DATE(2030,4,5)"),
    ("SEMAINE_6J", "Code semaine (WORKDAY.INTL : seul le dimanche chômé)", "0000001"),
]
FERIES = [("2030-04-22", "Lundi de Pâques"), ("2030-05-01", "Fête du travail"), ("2030-05-08", "Victoire 1945"),
          ("2030-05-30", "Ascension"), ("2030-06-10", "Lundi de Pentecôte")]
ENTETE = ["Épreuve", "Intitulé", "Date 2030", "Session 2029", "Fin de période", "Date (saisie texte)", "Début", "Fin",
          "Centre", "Remarques"]
CHAMPS = ["code", "lib", "d", "old", "f", "txt", "hd", "hf", "lieu", "obs"]
SEVERAC = "Lycée Déodat de Séverac – 26 bd Déodat de Séverac, Toulouse"
LIGNES = [
    dict(k="depot", code="E6", lib="Dépôt du rapport de stage (E6)", d="=DEPOT", old="2029-04-06", hd="12:00",
         lieu="Rectorat de Toulouse – DEC 4", obs="avant midi, accusé de réception par courriel"),
    dict(k="conf", code="E6", lib="Contrôle de conformité des rapports E6", d="=WORKDAY({depot},4,FERIES)",
         old="2029-04-12", hd="10:00", lieu="Rectorat de Toulouse – DEC 4"),
    dict(k="e1", code="E1", lib="Culture générale et expression", d="=J_ECRITS", old="2029-05-14", hd="14:00", hf="18:00",
         lieu=SEVERAC),
    dict(k="e31", code="E31", lib="Mathématiques", d="=J_ECRITS+1", old="2029-05-15", hd="10:00", hf="12:00", lieu=SEVERAC),
    dict(k="e32", code="E32", lib="Physique-chimie", d="=J_ECRITS+1", old="2029-05-15", hd="14:00", hf="16:00", lieu=SEVERAC),
    dict(k="e4", code="E4", lib="Conception préliminaire d'un système automatique", d="=J_ECRITS+2", old="2029-05-16",
         hd="13:00", hf="17:00", lieu=SEVERAC),
    dict(k="e51", code="E51", lib="Conception détaillée", d="=J_ECRITS+3", old="2029-05-17", hd="08:00", hf="12:00",
         lieu=SEVERAC),
    dict(k="e2", code="E2", lib="Langue vivante étrangère : anglais (oral)", d="=WORKDAY(J_ECRITS,12,FERIES)",
         f="=WORKDAY({e2},3,FERIES)", old="2029-05-28", lieu=SEVERAC, obs="du lundi au vendredi"),
    dict(k="e52", code="E52", lib="Réalisation et mise en œuvre (épreuve pratique)",
         d="=WORKDAY.INTL(J_ECRITS,14,SEMAINE_6J,FERIES)", f="=WORKDAY.INTL({e52},5,SEMAINE_6J,FERIES)",
         old="2029-05-28", lieu="Lycée Jean Dupuy – Tarbes", obs="samedis travaillés",
         note="Le samedi compte comme jour d'épreuve (ateliers réservés) : vérifier la convocation des examinateurs."),
    dict(k="e6", code="E6", lib="Soutenance du rapport de stage", d="=WORKDAY.INTL(J_ECRITS,20,SEMAINE_6J,FERIES)",
         f="=WORKDAY.INTL({e6},4,SEMAINE_6J,FERIES)", old="2029-06-04", lieu="Lycée Gaston Monnerville – Cahors",
         obs="samedis travaillés"),
    dict(k="jury", code="", lib="Jury de délibération", txt="02/07/2030", old="2029-06-28", hd="09:00",
         lieu="Rectorat de Toulouse", note="Saisie en texte en attendant l'arrêté de composition du jury."),
    dict(k="res", code="", lib="Publication des résultats", txt="jeudi 4 juillet 2030", old="2029-07-02", hd="14:00",
         lieu="site de l'académie"),
]
NOTE_BAS = ("La colonne « Session 2029 » est conservée pour comparaison ; elle est masquée à l'impression. "
            "Les dates 2030 sont calculées à partir de l'onglet Paramètres.")
