"""BTS Électrotechnique, académie d'Orléans-Tours, session 2029 — DOCX whose dates are Word date-picker content
controls (w:sdt/w:date) and fields with cached results (CREATEDATE, QUOTE … \\@, DATE in the footer)."""

EN_TETE = ["Académie d'Orléans-Tours", "Rectorat – Division des examens et concours", "Bureau des examens de l'enseignement supérieur (DEC 5)"]
LIEU = "Orléans, le "            # followed by a CREATEDATE field
DATE_DOC = "18 janvier 2029"      # cached result of the CREATEDATE field; docProps/core.xml created = 2029-01-18
DESTINATAIRES = "Le recteur de l'académie d'Orléans-Tours à Mesdames et Messieurs les chefs des établissements de formation"
OBJET = "Objet : BTS Électrotechnique – session 2029 – calendrier et organisation des épreuves"
REFS = "Référence : note de service nationale du 7 décembre 2028 relative au calendrier des épreuves écrites des BTS."
INTRO = ("Les dates ci-dessous sont saisies dans des contrôles de contenu de type « date » : merci de ne pas les modifier. "
         "Toute modification ultérieure vous sera notifiée par le bureau DEC 5.")

T1 = "1. Unités écrites"
ECRITS_ENTETE = ["Date", "Unité", "Intitulé", "Horaire"]
# (iso date, displayed text, unité, intitulé, horaire)
ECRITS = [("2029-05-14", "lundi 14 mai 2029", "U41", "Pré-étude et modélisation", "8 h – 12 h"),
          ("2029-05-15", "mardi 15 mai 2029", "U1", "Culture générale et expression", "14 h – 18 h"),
          ("2029-05-16", "mercredi 16 mai 2029", "U32", "Physique et chimie", "10 h – 12 h"),
          ("2029-05-16", "mercredi 16 mai 2029", "U42", "Conception et industrialisation", "14 h – 18 h")]
T1_CCF = ("Les unités U2 (anglais), U31 (mathématiques) et U52 (projet – réalisation) sont évaluées en contrôle en cours "
          "de formation. Les notes sont saisies au plus tard le ")
T1_CCF_DATE = ("2029-06-07", "jeudi 7 juin 2029")
T1_FERIES = ("Il n'y a pas d'épreuve le jeudi 10 mai 2029 (Ascension), le vendredi 11 mai 2029 (pont) et le "
             "lundi 21 mai 2029 (lundi de Pentecôte).")
T2 = "2. Correction des unités U41 et U42"
T2_A = "La commission de correction siège du "
T2_D1 = ("22/05/2029", "mardi 22 mai 2029")     # QUOTE field, cached result
T2_B = " au "
T2_D2 = ("25/05/2029", "vendredi 25 mai 2029")  # QUOTE field, cached result
T2_C = " au lycée Benjamin Franklin, 21 bis rue Eugène Vignat, 45000 Orléans."

T3 = "3. Dossiers et épreuves orales"
ORAUX_ENTETE = ["Opération", "Unité", "Date(s)", "Heure", "Lieu"]
# (opération, unité, [(iso, display)], joiner, heure, lieu)
ORAUX = [
    ("Dépôt du dossier de projet", "U51", [("2029-04-20", "20/04/2029")], "", "avant 12 h",
     "Lycée Benjamin Franklin, Orléans"),
    ("Dépôt du rapport de stage", "U61", [("2029-04-27", "27/04/2029")], "", "avant 12 h",
     "Lycée Benjamin Franklin, Orléans"),
    ("Contrôle de conformité des rapports", "U61", [("2029-05-03", "03/05/2029")], "", "14 h",
     "Lycée Benjamin Franklin, Orléans"),
    ("Soutenance du projet", "U51", [("2029-06-04", "04/06/2029"), ("2029-06-06", "06/06/2029")], "au", "selon convocation",
     "Lycée Grandmont, avenue de Sévigné, 37200 Tours"),
    ("Épreuve professionnelle de synthèse", "U61", [("2029-06-11", "11/06/2029"), ("2029-06-13", "13/06/2029")], "au",
     "selon convocation", "Lycée Pierre-Émile Martin, 1 avenue de Gaulle, 18000 Bourges"),
]
ORAUX_NOTE_A = "Réunion d'information des examinateurs (date à confirmer) : "
PLACEHOLDER = "Cliquez ou appuyez ici pour entrer une date."
T4 = "4. Délibération et résultats"
T4_A = "Le jury de délibération se réunira le "
T4_D1 = ("2029-06-29", "vendredi 29 juin 2029")
T4_B = " à 9 h au rectorat d'Orléans-Tours, 21 rue Saint-Étienne, 45043 Orléans Cedex 1. Les résultats seront publiés le "
T4_D2 = ("2029-07-04", "mercredi 4 juillet 2029")
T4_C = " à 10 h sur le site Cyclades."
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Solène Barbier-Lemoine"]
PIED = "DEC 5 – BTS Électrotechnique 2029 – version imprimée le "   # followed by a DATE field
PIED_CACHE = "18/01/2029"
