"""Note nationale, BTS Conception et réalisation de systèmes automatiques (CRSA), session 2030 — texts (invented).
Theme: a consolidated version (v3) whose signature date is the first version's, a « Suivi des versions » table
naming superseded dates, [X] / [ ] ticks typed as text, and ODF metadata (creation, modification, print dates)."""

ENTETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
          "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
          "Sous-direction des formations – bureau des diplômes de niveau 5"]
VERSION = "Version consolidée n° 3 – mise à jour le 8 janvier 2030"
ETAT = "[X] Version en vigueur     [ ] Version de travail – ne pas diffuser"
TITRE = "Note d'organisation – BTS Conception et réalisation de systèmes automatiques (CRSA) – session 2030"
DEST = ("Destinataires : Mesdames et Messieurs les recteurs et rectrices d'académie (divisions des examens et "
        "concours) ; Monsieur le directeur du SIEC.")
INTRO = ("La présente note fixe le calendrier national des épreuves écrites de la session 2030 du BTS CRSA et les "
         "bornes dans lesquelles les académies organisent les épreuves orales et pratiques. Elle remplace la note "
         "de service du 4 octobre 2028 relative à la session 2029.")
S1 = "1. Épreuves écrites nationales (heure de Paris)"
ECRITS = [
    ["Date", "Horaire", "Épreuve", "Intitulé"],
    ["lundi 13 mai 2030", "14 h 00 – 18 h 00", "E1", "Culture générale et expression"],
    ["mercredi 15 mai 2030", "8 h 00 – 12 h 00", "E41", "Conception préliminaire d'un système automatique"],
    ["mercredi 15 mai 2030", "14 h 00 – 16 h 00", "E31", "Mathématiques"],
    ["jeudi 16 mai 2030", "10 h 00 – 12 h 00", "E2", "Anglais"],
    ["jeudi 16 mai 2030", "14 h 00 – 16 h 00", "E32", "Physique-chimie"],
    ["vendredi 17 mai 2030", "8 h 00 – 12 h 00", "E51", "Conception détaillée d'une chaîne fonctionnelle"],
]
DEMAT = ("Copies numérisées en vue d'une correction dématérialisée : [X] E1   [X] E2   [ ] E31   [X] E41   [X] E51")
S2 = "2. Épreuves orales et pratiques organisées par les académies"
S2_P = ("Les épreuves E52 (projet pluritechnique), E61 (réalisation et mise en service) et E62 (rapport d'activités "
        "en entreprise) sont organisées par les académies entre le lundi 20 mai et le vendredi 7 juin 2030. "
        "Le jeudi 30 mai 2030 (Ascension) et le lundi 10 juin 2030 (lundi de Pentecôte) sont fériés.")
S2_HARMO = ("Une commission nationale d'harmonisation de l'épreuve E41 se réunit en visioconférence le mardi "
            "21 mai 2030 à 14 h 00.")
S3 = "3. Remontée des notes et résultats"
S3_P = ("Les notes des épreuves E61 et E62 sont saisies dans l'application nationale au plus tard le vendredi "
        "14 juin 2030. Les résultats sont publiés au plus tôt le mardi 2 juillet 2030 à 10 h 00.")
SIGNATURE = ["Fait à Paris, le 2 octobre 2029", "Pour la ministre et par délégation,",
             "la cheffe du service de la stratégie des formations,", "Hélène Dutertre"]
ANNEXE = "Annexe – Suivi des versions"
VERSIONS = [
    ["N°", "Date", "Objet de la modification"],
    ["1", "2 octobre 2029", "Version initiale, signée."],
    ["2", "20 novembre 2029", "E41 : l'épreuve est déplacée du mardi 14 mai 2030 au mercredi 15 mai 2030, même horaire."],
    ["3", "8 janvier 2030", "Remontée des notes E61 et E62 : date limite avancée du mardi 18 juin 2030 au vendredi 14 juin 2030."],
]
PIED = "Note BTS CRSA 2030 – v3 du 8 janvier 2030"
META = {"creation": "2029-09-26T10:12:00", "modified": "2030-01-08T16:41:00", "printed": "2030-01-09T08:05:00",
        "title": "BTS CRSA 2030 – note d'organisation (v3)", "creator": "DGESIP A1-2"}

TRAPS = [["2029-11-20", None], ["2030-01-08", None], ["2030-05-14", None], ["2030-06-18", None],
         ["2030-05-30", None], ["2030-06-10", None], ["2028-10-04", None]]
META_TRAPS = [["2029-09-26", None], ["2030-01-08", None], ["2030-01-09", None]]  # META above
TRAP_CENTRES = []
