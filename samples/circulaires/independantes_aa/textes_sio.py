"""Textes de la circulaire BTS SIO, Guadeloupe, session 2026 (fictive). Heures locales."""

STEM = "circ_sio_2026_guadeloupe"

ENTETE = ["RÉGION ACADÉMIQUE GUADELOUPE", "Rectorat de la Guadeloupe",
          "Division des examens et concours – Pôle BTS"]
LIEU_DATE = "Les Abymes, le 2 février 2026"
REF = "N/Réf. : DEC/BTS/2026-017"
OBJET = "Objet : BTS Services informatiques aux organisations (SIO) – organisation de la session 2026"
CORPS = [
    "Vu l'arrêté du 8 juillet 2024 modifiant la définition et les conditions de délivrance du brevet "
    "de technicien supérieur Services informatiques aux organisations, les épreuves de la session 2026 "
    "sont organisées selon la numérotation en vigueur depuis la session 2025 (unités U1 à U7, unités "
    "facultatives UF1 à UF4).",
    "Toutes les heures indiquées dans la présente circulaire sont exprimées en heure locale de la "
    "Guadeloupe (UTC − 4). Le calendrier des épreuves écrites figure en page 2, présentée à l'italienne.",
    "Les vacances de Carnaval (du samedi 14 au dimanche 22 février 2026) ne modifient pas le calendrier "
    "des dossiers ci-contre.",
    "Épreuves orales et pratiques, au lycée polyvalent Amédée-Fengarol :",
]
ORAUX = [
    "E2 / U2, partie orale : du mardi 26 au vendredi 29 mai 2026 (sauf le mercredi 27 mai, jour férié "
    "de l'abolition de l'esclavage) ;",
    "EF1 / UF1, langue vivante 2 : jeudi 28 mai 2026, toute la journée ;",
    "E5 / U5, support et mise à disposition de services informatiques : du lundi 1er au vendredi 5 juin 2026 ;",
    "E6 / U6, épreuve d'option SISR ou SLAM : du lundi 8 au jeudi 11 juin 2026.",
]
CORPS2 = [
    "EF3 / UF3 (parcours de certification complémentaire) : aucun candidat inscrit pour la session 2026. "
    "EF4 / UF4 (engagement étudiant) est évaluée en CCF par les établissements.",
    "Le jury de délibération se réunit le mardi 30 juin 2026 à 09:00 au rectorat. Les résultats sont "
    "publiés le vendredi 3 juillet 2026 à 15:00.",
    "Établissements de formation (pour information, ne sont pas centres d'épreuves) : lycée de "
    "Providence-Baie-Mahault, CFA académique de Saint-Claude, lycée privé de Port-Louis.",
]
ENCADRE_TITRE = "DOSSIERS E5 – E6"
ENCADRE = [
    "Remise des dossiers",
    "(tableau de synthèse,",
    "fiches descriptives) :",
    "ven. 10/04/26 – 12:00",
    "au secrétariat DEC.",
    "",
    "Contrôle de conformité",
    "E5 et E6 :",
    "jeu. 16/04/26 – 13:30",
    "lycée A.-Fengarol.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la DEC,", "Joël Bellance-Moutou"]
ADRESSE = ("Rectorat de la Guadeloupe – Parc d'activités La Providence, ZAC de Dothémare, "
           "97139 Les Abymes")

CAL_TITRE = "CALENDRIER DES ÉPREUVES ÉCRITES – SESSION 2026 – heure locale de la Guadeloupe"
CAL_ENTETES = ["Date", "Épreuve", "Unité", "Intitulé", "Heure de Paris (pour information)",
               "Heure locale", "Durée"]
CAL = [
    ("lun. 11/05/26", "E4", "U4", "Culture économique, juridique et managériale pour l'informatique",
     "13:30–17:30", "07:30–11:30", "4 h"),
    ("mar. 12/05/26", "E1", "U1", "Culture générale et expression", "14:00–17:00", "08:00–11:00", "3 h"),
    ("lun. 18/05/26", "E7", "U7", "Cybersécurité des services informatiques", "13:30–17:30",
     "07:30–11:30", "4 h"),
    ("mar. 19/05/26", "E2", "U2", "Expression et communication en langue anglaise (écrit)",
     "14:00–16:00", "08:00–10:00", "2 h"),
    ("mar. 19/05/26", "EF2", "UF2", "Mathématiques approfondies (facultative, sujet Antilles-Guyane)",
     "—", "13:30–15:30", "2 h"),
    ("mer. 20/05/26", "E3", "U3", "Mathématiques pour l'informatique (candidats hors CCF)",
     "14:00–16:00", "08:00–10:00", "2 h"),
]
CAL_CENTRES = [
    "Centres d'écrit :",
    "Lycée polyvalent Amédée-Fengarol, boulevard Félix-Éboué, BP 422, 97110 Pointe-à-Pitre",
    "Lycée Gerty-Archimède, rue du Cours-Nolivos, 97100 Basse-Terre",
    "Jeudi 14 mai 2026 (Ascension) et lundi 25 mai 2026 (Pentecôte) : jours fériés, aucune épreuve.",
]
