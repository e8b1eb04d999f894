"""BTS Conception des processus de réalisation de produits (CPRP), note nationale, session 2026.
Written in Word (python-docx), printed to PDF by LibreOffice, then printed to PostScript and re-distilled by
Ghostscript (ps2write -> ps2pdf), as a print server would. All names, dates and references are invented."""

ENTETE = [
    "MINISTÈRE DE L'ÉDUCATION NATIONALE",
    "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
    "Service de la stratégie des formations — sous-direction des examens du supérieur",
]
LIEU_DATE = "Paris, le 27 novembre 2025"
DESTINATAIRES = ("La ministre de l'éducation nationale à Mesdames et Messieurs les recteurs et rectrices "
                 "d'académie — Divisions des examens et concours")
OBJET = ("Objet : brevet de technicien supérieur « Conception des processus de réalisation de produits » "
         "(CPRP) — organisation nationale de la session 2026.")
REFERENCE = ("Référence : note de service du 14 octobre 2025 relative au calendrier des BTS, session 2026.")

PARAS_1 = [
    ("La présente note précise le calendrier national des épreuves écrites ponctuelles du BTS CPRP pour la "
     "session 2026, ainsi que le cadre dans lequel les académies organisent les autres épreuves. Les sujets des "
     "épreuves écrites sont communs à l'ensemble des académies de métropole."),
    ("Afin de préparer l'édition des sujets, chaque académie transmet au service interacadémique le nombre de "
     "candidats inscrits par épreuve et les besoins en sujets adaptés au plus tard le vendredi 16 janvier 2026."),
]
TITRE_TABLE_UNITES = "1. Épreuves de l'examen"
UNITES = [
    ("Épreuve", "Intitulé", "Forme", "Durée"),
    ("E1", "Culture générale et expression", "écrite ponctuelle", "4 h"),
    ("E2", "Langue vivante étrangère : anglais", "écrite ponctuelle", "2 h"),
    ("E3", "Mathématiques et physique-chimie", "", ""),
    ("    E31", "Mathématiques", "écrite ponctuelle", "2 h"),
    ("    E32", "Physique-chimie", "écrite ponctuelle", "2 h"),
    ("E4", "Conception préliminaire et processus", "", ""),
    ("    E41", "Conception préliminaire", "écrite ponctuelle", "4 h"),
    ("    E42", "Projet de conception de processus", "CCF", "—"),
    ("E5", "Élaboration de processus", "", ""),
    ("    E51", "Réalisation et suivi de production", "pratique", "6 h"),
    ("    E52", "Management de projet", "orale", "45 min"),
    ("E6", "Projet industriel et stage", "", ""),
    ("    E61", "Rapport de stage", "CCF", "—"),
    ("    E62", "Projet industriel", "orale", "1 h"),
]
TITRE_TABLE_ECRITS = "2. Calendrier national des épreuves écrites (heures de Paris)"
ECRITS = [
    ("Date", "Épreuve", "Horaire"),
    ("lundi 11 mai 2026", "E1 — Culture générale et expression", "14 h 00 – 18 h 00"),
    ("mardi 12 mai 2026", "E2 — Anglais", "10 h 00 – 12 h 00"),
    ("mardi 12 mai 2026", "E31 — Mathématiques", "14 h 00 – 16 h 00"),
    ("mercredi 13 mai 2026", "E32 — Physique-chimie", "10 h 00 – 12 h 00"),
    ("mercredi 13 mai 2026", "E41 — Conception préliminaire", "13 h 30 – 17 h 30"),
]
PARAS_2 = [
    ("Le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte) sont fériés. Pour mémoire, "
     "les écrits de la session 2025 s'étaient déroulés du lundi 12 au mercredi 14 mai 2025 ; ce calendrier n'est "
     "plus applicable."),
]
TITRE_3 = "3. Épreuves pratiques et orales"
PARAS_3 = [
    ("Les épreuves E51, E52 et E62 sont organisées par chaque académie entre le lundi 18 mai et le vendredi "
     "12 juin 2026, selon un calendrier fixé localement. Les sous-épreuves E42 et E61, évaluées en contrôle en "
     "cours de formation, ne donnent pas lieu à convocation nationale."),
]
TITRE_4 = "4. Notes, jurys et résultats"
PARAS_4 = [
    ("Les notes de l'ensemble des épreuves sont saisies dans l'application nationale au plus tard le mercredi "
     "17 juin 2026. Les jurys académiques se réunissent entre le lundi 29 juin et le jeudi 2 juillet 2026. "
     "Les résultats sont publiés simultanément dans toutes les académies le vendredi 3 juillet 2026 à 10 h 00."),
    ("Je vous remercie de bien vouloir porter ces informations à la connaissance des établissements concernés."),
]
SIGNATURE = ["Pour la ministre et par délégation,", "la sous-directrice des examens du supérieur,",
             "Corinne Haudebourg-Lessard"]
