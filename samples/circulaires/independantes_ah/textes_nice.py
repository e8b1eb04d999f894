"""Circulaire fictive — Académie de Nice, BTS Économie sociale familiale, session 2026 (ODT, calendrier dans un cadre)."""

EN_TETE = ["ACADÉMIE DE NICE", "Direction des examens et concours – DEC 2", "Pôle BTS"]
LIEU_DATE = "Nice, le 26 janvier 2026"
OBJET = "Objet : Brevet de technicien supérieur « Économie sociale familiale » (ESF) – session 2026"
INTRO = ("J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2026. Le calendrier "
         "récapitulatif figure dans l'encadré ci-contre ; le détail des opérations est précisé dans le corps "
         "de la présente circulaire.")

CADRE_TITRE = "L'essentiel en dates"
CADRE = [  # date, épreuve, horaire
    ("lun. 11-05-2026", "E5 Culture générale et expression", "14h-18h"),
    ("mar. 12-05-2026", "E2 Conseil et expertise scientifiques", "14h-17h"),
    ("mer. 13-05-2026", "E1 – 1ère partie (écrite)", "9h-12h"),
    ("mer. 27-05-2026", "EF1 Langue vivante facultative (oral)", "—"),
    ("01-06-2026 → 04-06-2026", "E1 – 2e partie (pratique)", "convocation"),
    ("08-06-2026 → 10-06-2026", "E3 Conception et mise en œuvre de projets", "convocation"),
    ("15-06-2026 → 16-06-2026", "E4 Intervention sociale en partenariat", "convocation"),
]
CADRE_NOTE = "E6 Langue vivante étrangère : CCF uniquement, pas de date académique."

S1 = "I – Épreuves écrites"
S1_TXT = ("Les épreuves écrites E5, E2 et E1 (1ère partie) se déroulent dans les centres d'écrit désignés sur "
          "les convocations, aux horaires de l'encadré. La correction des copies E2 et E5 aura lieu du lundi 18 "
          "au vendredi 22 mai 2026 au lycée Masséna, 2 avenue Félix Faure, 06050 Nice Cedex 1.")
S2 = "II – Épreuves pratiques et orales"
S2_TXT = [
    "La 2e partie de l'épreuve E1 (pratique) est organisée au lycée Les Eucalyptus, 7 avenue des Eucalyptus, "
    "06200 Nice, du lundi 1er au jeudi 4 juin 2026.",
    "Les oraux E3 et E4 ont lieu au lycée Rouvière, quartier Sainte-Musse, BP 1205, 83070 Toulon Cedex.",
    "Une réunion d'entente des examinateurs de l'épreuve pratique E1 se tiendra le vendredi 29 mai 2026 à "
    "10 h au lycée Les Eucalyptus.",
]
S3 = "III – Dossiers E3 et E4"
S3_TXT = [
    "Les dossiers des candidats (deux exemplaires papier) sont à déposer au lycée Rouvière au plus tard le "
    "vendredi 10 avril 2026 à 12 h, le cachet de la poste ne faisant pas foi.",
    "Le contrôle de conformité des dossiers E3 et E4 aura lieu le mercredi 6 mai 2026 à 14 h.",
    "Rappel : les établissements sont fermés pendant les vacances de printemps (zone B), du samedi 11 avril "
    "au lundi 27 avril 2026.",
]
S4 = "IV – Délibérations"
S4_TXT = ("Le jury se réunira le mardi 30 juin 2026 à 9 h au rectorat. Les résultats seront consultables le "
          "vendredi 3 juillet 2026 à partir de 10 h.")
S5 = "V – Sections de formation de l'académie (pour information)"
S5_LISTE = ["Lycée Paul Augier – Nice", "Lycée Costebelle – Hyères", "CFA régional des métiers du social – La Garde"]
S5_NOTE = "Ces établissements ne sont pas centres d'épreuves."
ADRESSE_RECTORAT = "Rectorat de Nice – DEC 2 – 53 avenue Cap de Nice – 06181 Nice Cedex 2"
SIGNATURE = ["Pour la rectrice et par délégation,", "la directrice des examens et concours,", "Sophie MARCHETTI"]
