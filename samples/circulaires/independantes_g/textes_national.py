"""Texte de la note nationale fictive : BTS Commerce international, session 2027 (portée nationale).
Les horaires de référence sont ceux de métropole ; les colonnes des territoires sont indicatives."""

STEM = "note_nationale_ci_2027"

ENTETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
          "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
          "Sous-direction des formations – Bureau des diplômes de niveau 5 (DGESIP A1-2)"]
LIEU_DATE = "Paris, le 7 décembre 2026"
TITRE = "NOTE D'ORGANISATION – BTS COMMERCE INTERNATIONAL (CI) – SESSION 2027"
DESTINATAIRES = ("Destinataires : Mesdames et Messieurs les recteurs et rectrices d'académie (divisions des examens "
                 "et concours) ; Mesdames et Messieurs les vice-recteurs ; Monsieur le directeur du service "
                 "interacadémique des examens et concours.")
REFS = ("Références : arrêté du 24 février 2022 portant définition et fixant les conditions de délivrance du BTS "
        "« Commerce international » ; la présente note remplace la note du 4 décembre 2025 relative à la session 2026.")
INTRO = ("La présente note fixe le calendrier national des épreuves ponctuelles écrites de la session 2027 et les "
         "principales échéances d'organisation. L'académie de Lyon est académie pilote pour l'élaboration des "
         "sujets. Les horaires de référence sont ceux de la métropole ; les horaires des territoires ultramarins "
         "sont donnés en heure locale.")

SECTION_1 = "1. Épreuves écrites : calendrier et horaires par territoire"
TERR = ["Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte", "Polynésie fr.", "Nouvelle-Calédonie"]
ENTETE_TABLE = ["Date", "Épreuve", "Durée"] + TERR
# ligne "groupe" : (texte,) sur toute la largeur
LIGNES = [
    ("E2 – Communication en langues vivantes étrangères (sous-épreuves écrites E21 et E22 ; la production "
     "orale est évaluée en CCF ou par les académies)",),
    ("lun. 10/05/2027", "E21 – Langue vivante A : compréhension et expression écrites", "2 h",
     "14:00-16:00", "08:00-10:00", "09:00-11:00", "16:00-18:00", "15:00-17:00", "07:30-09:30 (1)", "(2)"),
    ("Tronc commun",),
    ("mar. 11/05/2027", "E1 – Culture générale et expression", "4 h",
     "14:00-18:00", "08:00-12:00", "09:00-13:00", "16:00-20:00", "15:00-19:00", "07:30-11:30 (1)", "(2)"),
    ("mer. 12/05/2027", "E3 – Culture économique, juridique et managériale", "4 h",
     "14:00-18:00", "08:00-12:00", "09:00-13:00", "16:00-20:00", "15:00-19:00", "07:30-11:30 (1)", "(2)"),
    ("Langue B et épreuve professionnelle",),
    ("jeu. 13/05/2027", "E22 – Langue vivante B : compréhension et expression écrites", "2 h",
     "10:00-12:00", "13:30-15:30 (1)", "14:30-16:30 (1)", "12:00-14:00", "11:00-13:00", "07:30-09:30 (1)", "(2)"),
    ("jeu. 13/05/2027", "E5 – Mise en œuvre des opérations internationales", "3 h",
     "14:00-17:00", "08:00-11:00", "09:00-12:00", "16:00-19:00", "15:00-18:00", "07:30-10:30 (1)", "(2)"),
    ("Épreuves orales (information)",),
    ("—", "E4 – Relation commerciale interculturelle en français et en langue étrangère (oral)", "—",
     "période académique, voir § 2", "idem", "idem", "idem", "idem", "idem", "(2)"),
    ("—", "E6 – Développement commercial international (oral)", "—",
     "période académique, voir § 2", "idem", "idem", "idem", "idem", "idem", "(2)"),
    ("—", "EF1 – Langue vivante facultative", "—",
     "dates fixées par les académies", "idem", "idem", "idem", "idem", "idem", "(2)"),
]
NOTES = [
    "(1) Sujet spécifique : l'épreuve se déroule à l'heure locale indiquée, la même date calendaire, et non "
    "simultanément avec la métropole.",
    "(2) Nouvelle-Calédonie : calendrier spécifique communiqué par le vice-rectorat.",
    "Aucune épreuve n'est fixée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte).",
]

SECTION_2 = "2. Calendrier des opérations"
OPERATIONS = [
    "Transmission des dossiers E6 aux services académiques : au plus tard le vendredi 16 avril 2027 "
    "(délai de rigueur). Les candidats inscrits à l'étranger transmettent leur dossier au Service interacadémique "
    "des examens et concours (SIEC), 7 rue Ernest Renan, 94114 Arcueil Cedex.",
    "Contrôle de conformité des dossiers E6 : à achever au plus tard le mercredi 5 mai 2027.",
    "Réunion nationale d'harmonisation des barèmes E5 (visioconférence) : jeudi 20 mai 2027 à 10 h.",
    "Épreuves orales E4 et E6 : entre le lundi 31 mai et le vendredi 18 juin 2027, aux dates fixées par chaque "
    "académie.",
    "Saisie des notes dans Cyclades : au plus tard le vendredi 25 juin 2027.",
    "Jurys de délibération : du lundi 28 juin au vendredi 2 juillet 2027.",
    "Publication des résultats : au plus tard le mardi 6 juillet 2027.",
    "Épreuves de remplacement : du lundi 6 au vendredi 10 septembre 2027, sur autorisation du recteur.",
]
SIGNATURE = ["Pour la ministre et par délégation,", "La cheffe du service de la stratégie des formations,",
             "Anne-Claire Durocher"]
