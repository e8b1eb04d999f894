"""BTS GPME, académie de Rennes, session 2026 — fiche d'organisation en formulaire PDF (AcroForm).
Static labels are plain text; every date, hour and place is the VALUE of a filled text field."""

EN_TETE = ["ACADÉMIE DE RENNES", "Rectorat – Division des examens et concours (DEC 2)",
           "Bureau des brevets de technicien supérieur", "96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"]
TITRE = "FICHE D'ORGANISATION DE L'EXAMEN"
SOUS_TITRE = "BTS Gestion de la PME (GPME) – formulaire à conserver et à diffuser aux équipes"
INTRO = ("La présente fiche tient lieu de circulaire d'organisation académique. Les zones grisées sont renseignées par "
         "le bureau des BTS ; elles font foi. Les établissements vérifient les informations et signalent toute anomalie "
         "par courriel (ce.dec2-bts@ac-rennes.fr).")
REFS = "Références : circulaire nationale d'organisation du 8 janvier 2026 ; règlement d'examen du BTS GPME."

# (label, field name, value, width) ; value "" = empty field
ENTETE_CHAMPS = [("Session", "session", "2026", 50), ("Rennes, le", "date_fiche", "17/02/2026", 90),
                 ("Dossier suivi par", "suivi", "Gwenaëlle Le Floc'h, 02 23 21 74 50", 175)]

ECRITS_TITRE = "1. Épreuves écrites ponctuelles (tous candidats)"
ECRITS_COLS = ["Épreuve", "Date", "Début", "Fin"]
ECRITS = [  # static label, date, début, fin
    ("E6 – Soutenir le fonctionnement et le développement de la PME", "11/05/2026", "13h30", "18h00"),
    ("E1 – Culture générale et expression", "12/05/2026", "14h00", "18h00"),
    ("E3 – Culture économique, juridique et managériale", "13/05/2026", "14h00", "18h00"),
    ("E2 – Communication en langue vivante étrangère", "", "", ""),
]
ECRITS_NOTE_LABEL = "Modalité E2"
ECRITS_NOTE = "CCF uniquement, pas d'épreuve ponctuelle"
ECRITS_LIEU_LABEL = "Lieu des écrits"
ECRITS_LIEU = "centre d'écrit indiqué sur la convocation du candidat"

ORAUX_TITRE = "2. Épreuves orales : dépôt des dossiers, conformité, interrogations"
ORAUX = [  # épreuve label, fields (label, value, width)
    ("E4 – Gérer la relation avec les clients et les fournisseurs de la PME", [
        ("Date limite de dépôt", "03/04/2026", 80), ("Heure", "12h00", 50),
        ("Lieu de dépôt", "Lycée Jean Macé, 10 rue Jean Macé, 35700 Rennes", 300),
        ("Interrogations du", "26/05/2026", 80), ("au", "29/05/2026", 80),
        ("Centre(s)", "Lycée Jean Macé (Rennes) ; Lycée Dupuy de Lôme, 4 rue Jean Le Coutaller, 56100 Lorient", 390)]),
    ("E5 – Gérer le personnel et participer à la gestion des risques de la PME", [
        ("Date limite de dépôt", "03/04/2026", 80), ("Heure", "12h00", 50),
        ("Lieu de dépôt", "Lycée Jean Macé, 10 rue Jean Macé, 35700 Rennes", 300),
        ("Interrogations du", "01/06/2026", 80), ("au", "04/06/2026", 80),
        ("Centre(s)", "Lycée Anatole Le Braz, 1 rue du Vieux Séminaire, 22000 Saint-Brieuc", 390)]),
]
# the conformity check is common to both dossiers: one line under the two blocks
CONFORMITE = ("Contrôle de conformité E4 et E5", [("le", "14/04/2026", 80), ("à", "09h30", 50),
              ("lieu", "Lycée Jean Macé, Rennes", 125)])
FACULTATIVE_TITRE = "3. Épreuve facultative"
FACULTATIVE = ("EF1 – Langue vivante étrangère 2 (oral)", [
    ("Date", "08/06/2026", 80), ("de", "08h30", 50), ("à", "17h00", 50),
    ("Centre", "Lycée Jean Macé, 35700 Rennes", 160)])

SUIVI_TITRE = "4. Entente, notes, jury, résultats"
SUIVI = [  # label, [(sub-label, value, width)]
    ("Réunion d'entente des examinateurs E4", [("le", "22/05/2026", 80), ("à", "10h00", 50),
                                                ("lieu", "Lycée Jean Macé, Rennes, salle 112", 138)]),
    ("Saisie des notes de CCF (E2) au plus tard le", [("", "10/06/2026", 80)]),
    ("Jury de délibération", [("le", "25/06/2026", 80), ("à", "09h00", 50),
                              ("lieu", "Rectorat de Rennes, 96 rue d'Antrain", 138)]),
    ("Publication des résultats", [("le", "02/07/2026", 80), ("à", "10h00", 50)]),
]
OBSERVATIONS_LABEL = "Observations"
OBSERVATIONS = ("Le lundi 25/05/2026 (lundi de Pentecôte) est férié : aucune interrogation ce jour-là. "
                "Les convocations des examinateurs sont adressées par l'application IMAG'IN.")
CASES = [("Convocations des candidats envoyées", True), ("Sujets de secours demandés", False)]
RESERVE_TITRE = "Cadre réservé au rectorat"
RESERVE = [("Fiche reçue le", "", 80), ("Visa du chef de bureau", "", 140)]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "Erwan Quéméner"]
PIED = "Académie de Rennes – DEC 2 – Fiche d'organisation BTS GPME"
