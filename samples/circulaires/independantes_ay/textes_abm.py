"""Note nationale, BTS Analyses de biologie médicale, session 2027 (fictive).
Tableau en « J + n » dont l'ancre J n'est définie qu'en note, sous le tableau."""

MINISTERE = "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE"
DIRECTION = "Direction générale de l'enseignement supérieur et de l'insertion professionnelle — Service A2-3"
LIEU_DATE = "Paris, le 9 décembre 2026"
TITRE = "Note d'organisation nationale — BTS Analyses de biologie médicale (ABM) — session 2027"
DESTINATAIRES = ("La ministre à Mesdames et Messieurs les recteurs et rectrices d'académie, "
                 "Division des examens et concours ; Monsieur le directeur du SIEC")
REFERENCES = ("Texte de référence : arrêté du 21 mars 2022 portant définition et fixant les conditions de délivrance "
              "du brevet de technicien supérieur « Analyses de biologie médicale ».")
INTRO = [
    "La présente note fixe le calendrier national de la session 2027. Comme pour la session précédente, le "
    "calendrier est exprimé en jours relatifs à partir d'un jour de référence J, défini sous le tableau. Les "
    "académies reportent ces échéances dans leurs propres circulaires.",
    "Les horaires sont ceux de la métropole ; les académies d'outre-mer reçoivent leurs horaires par note séparée.",
]
GROUPES = [
    ("Avant les épreuves", [
        ("J − 10", "12 h", "Date limite de dépôt des rapports de stage dans l'académie d'inscription", "E6"),
    ]),
    ("Épreuves écrites nationales", [
        ("J", "14 h – 18 h", "Culture générale et expression", "E1"),
        ("J + 1", "10 h – 12 h", "Anglais", "E2"),
        ("J + 1", "14 h – 16 h", "Mathématiques", "E3"),
        ("J + 2", "14 h – 17 h", "Sciences physiques et chimiques", "E4"),
        ("J + 3", "9 h – 13 h", "Analyses de biologie médicale : étude de dossiers techniques (sous-épreuve écrite)", "E51"),
        ("J + 4", "14 h", "Réunion nationale d'harmonisation (visioconférence) pour les correcteurs de la sous-épreuve", "E51"),
    ]),
    ("Épreuves organisées par les académies", [
        ("J + 14 → J + 25", "—", "Analyses de biologie médicale : travaux pratiques (sous-épreuve pratique, 6 h)", "E52"),
        ("J + 28 → J + 32", "—", "Soutenance du rapport de stage (oral, 40 min)", "E6"),
    ]),
    ("Après les épreuves", [
        ("J + 38", "—", "Date limite de remontée des notes dans l'application nationale", "—"),
        ("J + 45", "—", "Date limite des délibérations des jurys académiques", "—"),
    ]),
]
NOTE_J = ("(*) J désigne le jour de la première épreuve écrite, fixé au lundi 10 mai 2027. Les décalages sont "
          "exprimés en jours calendaires. « J + 14 → J + 25 » désigne la période comprise entre ces deux jours inclus.")
APRES = [
    ("Épreuve E5", "L'épreuve E5 comprend deux sous-épreuves : E51 (écrite, nationale) et E52 (pratique, académique). "
     "Les académies fixent les jours de passage de E52 à l'intérieur de la période indiquée."),
    ("Publication des résultats", "Les résultats sont publiés simultanément dans toutes les académies le premier "
     "mardi de juillet, à 10 h."),
    ("Calendrier", "Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (Pentecôte) sont fériés ; aucune "
     "opération d'examen n'est prévue ces jours-là."),
]
SIGNATURE = ["Pour la ministre et par délégation,", "La cheffe du service A2-3,", "Hélène Marchetti-Dufour"]
