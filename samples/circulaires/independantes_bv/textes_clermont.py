"""BTS CPRP, académie de Clermont-Ferrand, session 2026 (PDF/A-1b exported by LibreOffice). Invented content."""

EN_TETE = ["Académie de Clermont-Ferrand", "Rectorat — Division des examens et concours (DEC 2)",
           "3 avenue Vercingétorix — 63033 Clermont-Ferrand cedex 1"]
LIEU_DATE = "Clermont-Ferrand, le mercredi 14 janvier 2026"
OBJET = ("Objet : BTS Conception des processus de réalisation de produits (CPRP) — organisation de la session 2026")
REFS = ("Références : arrêté du 27 mars 2019 modifié portant définition du BTS CPRP ; note nationale d'organisation "
        "du 2 décembre 2025.")
BLOCS = [
    ("p", "J'ai l'honneur de vous communiquer le calendrier de la session 2026 du BTS CPRP. Les établissements "
          "relaieront ces informations auprès des candidats et des professeurs concernés."),
    ("h", "1. Examinateurs"),
    ("p", "Les propositions d'examinateurs pour les épreuves E51, E61 et E62 sont à transmettre à la DEC 2 avant le "
          "vendredi 13 février 2026."),
    ("h", "2. Rapports et dossiers de projet (E61 et E62)"),
    ("p", "Le rapport de stage (E61) et le dossier de projet industriel (E62) sont déposés au lycée Roger Claustres, "
          "127 rue Saint-Dominique, 63000 Clermont-Ferrand, au plus tard le mercredi 1er avril 2026 à 12 h 00. "
          "Le contrôle de conformité a lieu le jeudi 9 avril 2026 à 14 h 00 dans le même lycée."),
    ("h", "3. Épreuves écrites"),
    ("p", "Les épreuves écrites se déroulent au lycée Roger Claustres (Clermont-Ferrand) et au lycée Paul Constans, "
          "rue Christophe Thivrier, 03100 Montluçon :"),
    ("table", [
        ["Épreuve", "Intitulé", "Date", "Horaires"],
        ["E1", "Culture générale et expression", "lundi 11 mai 2026", "14 h 00 – 18 h 00"],
        ["E2", "Anglais", "mardi 12 mai 2026", "10 h 00 – 12 h 00"],
        ["E31", "Mathématiques", "mardi 12 mai 2026", "14 h 00 – 16 h 00"],
        ["E32", "Physique-chimie", "mercredi 13 mai 2026", "10 h 00 – 12 h 00"],
        ["E4", "Conception préliminaire", "mercredi 13 mai 2026", "13 h 00 – 17 h 00"],
    ]),
    ("p", "E3 regroupe les sous-épreuves E31 et E32. Les vacances de printemps s'achèvent le lundi 4 mai 2026 ; le "
          "jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte) sont fériés."),
    ("h", "4. Épreuves pratiques et orales"),
    ("p", "E5 — Élaboration de processus : la sous-épreuve E52 est évaluée en contrôle en cours de formation dans "
          "l'établissement de formation ; la sous-épreuve pratique E51 se déroule du mardi 26 mai au vendredi 29 mai "
          "2026 au lycée Roger Claustres."),
    ("p", "E6 — Épreuve professionnelle de synthèse : soutenance du rapport de stage E61 du lundi 1er juin au "
          "mercredi 3 juin 2026, présentation du projet industriel E62 du jeudi 4 juin au mardi 9 juin 2026, au "
          "lycée Charles et Adrien Dupuy, 2 avenue Charles Dupuy, 43000 Le Puy-en-Velay."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le mardi 30 juin 2026 à 9 h 00 au rectorat de Clermont-Ferrand. Les "
          "résultats seront publiés le mercredi 1er juillet 2026 à 14 h 00."),
    ("sig", "Pour le recteur et par délégation,"),
    ("sig", "le chef de la division des examens et concours,"),
    ("sig", "Fabrice Vialatte"),
]
# document properties left from last year's template (only in the metadata, not visible)
META_TITRE = "Circulaire BTS CPRP session 2025"
META_AUTEUR = "DEC 2 - Clermont-Ferrand"
