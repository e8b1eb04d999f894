"""Texte de la circulaire fictive BTS Tourisme, académie de Toulouse, session 2025 (HTML + PDF Chromium)."""

EMETTEUR = ["Académie de Toulouse", "Rectorat – Division des examens et concours", "DEC 4 – BTS et diplômes du supérieur"]
LIEU_DATE = "Toulouse, le 21 janvier 2025"
TITRE = "Brevet de technicien supérieur Tourisme"
SOUS_TITRE = "Session 2025 – organisation académique des épreuves"
DESTINATAIRES = ("Destinataires : chefs d'établissement des lycées publics et privés sous contrat, directeurs d'UFA et de "
                 "CFA, responsables des organismes de formation préparant au BTS Tourisme.")
INTRO = ("Le programme ci-dessous reproduit, jour par jour, le calendrier des épreuves écrites de tous les BTS "
         "tertiaires de l'académie. Chaque ligne est précédée des spécialités qui composent. Les candidats au BTS "
         "Tourisme ne sont convoqués qu'aux lignes portant la mention « Tourisme » ou « Tous BTS ».")
PROG_TITRE = "Programme des épreuves écrites des BTS tertiaires – mai 2025"
# (jour, [(badge, horaire, épreuve), ...])
PROGRAMME = [
    ("Lundi 12 mai 2025", [("Tous BTS", "14 h – 18 h", "E1 – Culture générale et expression")]),
    ("Mardi 13 mai 2025", [
        ("CG · CI · Communication · Tourisme", "10 h – 12 h",
         "Langue vivante A, écrit – E21 pour le BTS Tourisme, E2 pour les autres spécialités"),
        ("CG · CI · Communication · GPME · MCO · NDRC · PI", "14 h – 18 h",
         "Culture économique, juridique et managériale (E4 pour CG, E3 pour les autres)"),
    ]),
    ("Mercredi 14 mai 2025", [
        ("CG", "9 h – 13 h 30", "E5 – Traitement et contrôle des opérations comptables, fiscales et sociales"),
        ("MCO", "14 h – 17 h", "E5 – Gestion opérationnelle"),
    ]),
    ("Jeudi 15 mai 2025", [
        ("NDRC", "9 h – 12 h", "E5 – Relation client à distance et digitalisation"),
        ("SAM · Tourisme", "14 h – 18 h", "E3 – Culture économique, juridique et managériale appliquée"),
    ]),
    ("Vendredi 16 mai 2025", [
        ("CI · Tourisme", "10 h – 12 h", "Langue vivante B, écrit – E22 pour le BTS Tourisme"),
        ("GPME", "13 h 30 – 18 h", "E6 – Soutenir le fonctionnement et le développement de la PME"),
    ]),
    ("Lundi 19 mai 2025", [
        ("PI", "9 h – 13 h", "E5 – Conseil en ingénierie de l'immobilier"),
        ("Communication", "14 h – 18 h", "E4 – Cultures de la communication"),
    ]),
    ("Mardi 20 mai 2025", [
        ("Banque", "9 h – 12 h", "E4 – Développement et suivi de l'activité commerciale"),
        ("Assurance", "14 h – 17 h", "E5 – Gestion des contrats et des sinistres"),
    ]),
]
PROG_NOTE = "Jeudi 8 mai et jeudi 29 mai 2025 : jours fériés, aucune épreuve."

T_TOUR = "Épreuves propres au BTS Tourisme"
TOUR = [
    ("Dépôt des dossiers E4 et E6",
     "au plus tard le vendredi 4 avril 2025 à 12 h, au lycée Clémence Isaure (Toulouse), pour les candidats évalués "
     "en forme ponctuelle."),
    ("Contrôle de conformité des dossiers E6", "mercredi 9 avril 2025 à 14 h, au lycée Clémence Isaure."),
    ("E21 et E22 – parties orales de langues vivantes", "du lundi 26 au mercredi 28 mai 2025, au lycée Clémence "
     "Isaure (Toulouse) et au lycée Lapérouse (Albi)."),
    ("EF1 – Langue vivante facultative", "mardi 27 mai 2025 à 9 h, au lycée Clémence Isaure."),
    ("E4 – Élaboration d'une prestation touristique (oral)", "du lundi 2 au mercredi 4 juin 2025, au lycée Clémence "
     "Isaure (Toulouse) et au lycée Lapérouse (Albi). Réunion d'entente des examinateurs le lundi 2 juin 2025 à "
     "8 h 30 dans chaque centre."),
    ("E5 – Gestion de l'information touristique", "évaluée exclusivement en contrôle en cours de formation "
     "(pas de forme ponctuelle pour cette épreuve)."),
    ("E6 – Parcours de professionnalisation (oral)", "du mardi 10 au vendredi 13 juin 2025 (lundi 9 juin, lundi de "
     "Pentecôte, est férié), au lycée Antoine Bourdelle (Montauban)."),
]
T_FIN = "Délibération"
FIN = ("Le jury se réunira le jeudi 3 juillet 2025 à 9 h au rectorat de Toulouse. Les résultats seront publiés le "
       "vendredi 4 juillet 2025 à 14 h. Pendant les vacances de printemps (du samedi 12 au lundi 28 avril 2025), "
       "les services de la DEC restent joignables par courriel.")
T_CENTRES = "Coordonnées des centres"
CENTRES = [
    ("Lycée Clémence Isaure", "11 rue des Teinturiers – 31300 Toulouse"),
    ("Lycée Lapérouse", "2 lices Georges Pompidou – 81000 Albi"),
    ("Lycée Antoine Bourdelle", "3 boulevard Edouard Herriot – 82000 Montauban"),
]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,", "Sandrine Lacoste-Vidal"]
PIED = "Rectorat de Toulouse – 75 rue Saint-Roch – CS 87703 – 31077 Toulouse Cedex 4"
