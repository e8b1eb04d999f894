"""Texte de la note nationale fictive : BTS Services informatiques aux organisations, session 2026."""

EMETTEUR = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "ET DE L'ENSEIGNEMENT SUPÉRIEUR",
            "Liberté – Égalité – Fraternité"]
SERVICE = ["Direction générale de l'enseignement scolaire", "Sous-direction des examens",
           "Bureau des diplômes professionnels et des BTS", "",
           "Affaire suivie par :", "Cellule nationale BTS SIO", "bts-sio-national@education.gouv.fr", "",
           "Destinataires :", "Mesdames et Messieurs les recteurs d'académie (divisions des examens et concours)",
           "Messieurs les vice-recteurs", "", "Copie : inspection générale (IGÉSR)"]
LIEU_DATE = "Paris, le 15 décembre 2025"
TITRE = "NOTE NATIONALE D'ORGANISATION"
SOUSTITRE = "Brevet de technicien supérieur « Services informatiques aux organisations » (SIO) – session 2026"
REFERENCE = ("Texte de référence : arrêté du 8 juillet 2024 modifiant le règlement d'examen (JORF du 10 juillet "
             "2024), applicable à compter de la session 2025.")
CORPS = [
    "La présente note fixe, pour l'ensemble des académies et des vice-rectorats, le calendrier des épreuves "
    "ponctuelles écrites et le cadre des épreuves orales et pratiques de la session 2026. Les académies "
    "précisent dans leur circulaire d'organisation les centres d'épreuves et le calendrier détaillé des oraux.",
    "Pour la métropole, les horaires sont exprimés en heure de Paris. Les colonnes outre-mer indiquent l'heure "
    "locale. Polynésie française et Nouvelle-Calédonie : sujets spécifiques, calendrier fixé localement.",
    "Les dossiers des épreuves E5 et E6 sont à remettre au plus tard le vendredi 3 avril 2026 à 17 h (heure de "
    "Paris), selon les modalités fixées par chaque académie. Le contrôle de conformité est organisé par les "
    "académies entre le mardi 7 et le vendredi 17 avril 2026 ; le lundi 6 avril 2026 (lundi de Pâques) est férié.",
    "Les épreuves orales et pratiques (E2 partie orale, E5, E6, EF1 et EF3) se déroulent du mardi 26 mai au "
    "vendredi 12 juin 2026. L'épreuve facultative EF4 « Engagement étudiant » est évaluée en CCF ou, pour les "
    "candidats qui en relèvent, à une date fixée par l'académie : la présente note ne lui attribue aucune date.",
]
COLONNES = ["Épreuve", "Unité", "Intitulé", "Date", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte",
            "Polynésie", "Nouvelle-Calédonie", "Durée"]
SPEC = "spécifique"
# (épreuve, unité, intitulé, date, [Métropole, Antilles, Guyane, Réunion, Mayotte], durée)
ECRITS = [
    ("E4", "U4", "Culture économique, juridique et managériale pour l'informatique", "lundi 11 mai 2026",
     ["13:30-17:30", "7:30-11:30", "8:30-12:30", "15:30-19:30", "14:30-18:30"], "4 h"),
    ("E1", "U1", "Culture générale et expression", "mardi 12 mai 2026",
     ["14:00-17:00", "8:00-11:00", "9:00-12:00", "16:00-19:00", "15:00-18:00"], "3 h"),
    ("E7", "U7", "Cybersécurité des services informatiques – option SISR", "mercredi 13 mai 2026",
     ["13:30-17:30", "7:30-11:30", "8:30-12:30", "15:30-19:30", "14:30-18:30"], "4 h"),
    ("E7", "U7", "Cybersécurité des services informatiques – option SLAM", "mercredi 13 mai 2026",
     ["13:30-17:30", "7:30-11:30", "8:30-12:30", "15:30-19:30", "14:30-18:30"], "4 h"),
    ("E2", "U2", "Expression et communication en langue anglaise – partie écrite", "lundi 18 mai 2026",
     ["14:00-16:00", "8:00-10:00", "9:00-11:00", "16:00-18:00", "15:00-17:00"], "2 h"),
    ("E3", "U3", "Mathématiques pour l'informatique (candidats en forme ponctuelle)", "mardi 19 mai 2026",
     ["14:00-16:00", "8:00-10:00", "9:00-11:00", "16:00-18:00", "15:00-17:00"], "2 h"),
    ("EF2", "UF2", "Mathématiques approfondies (facultative)", "mercredi 20 mai 2026",
     ["14:00-16:00", "8:00-10:00", "9:00-11:00", "16:00-18:00", "15:00-17:00"], "2 h"),
]
ORAUX = [
    ("E2", "U2", "Expression et communication en langue anglaise – partie orale", "période nationale", "20 min"),
    ("E5", "U5", "Support et mise à disposition de services informatiques", "période nationale", "40 min"),
    ("E6", "U6", "Administration des systèmes et des réseaux (SISR) / Conception et développement "
     "d'applications (SLAM)", "période nationale", "40 min"),
    ("EF1", "UF1", "Langue vivante 2 (facultative)", "période nationale", "20 min"),
    ("EF3", "UF3", "Parcours de certification complémentaire (facultative)", "période nationale", "20 min"),
    ("EF4", "UF4", "Engagement étudiant (facultative)", "CCF – sans date nationale", "—"),
]
FERIES = "Aucune épreuve le jeudi 14 mai 2026 (Ascension), le vendredi 15 mai 2026 ni le lundi 25 mai 2026 (Pentecôte)."
APRES = [
    "Une réunion nationale d'harmonisation des correcteurs de l'épreuve E7 se tient en visioconférence le "
    "jeudi 21 mai 2026 à 10 h. Les corrections dématérialisées des épreuves écrites ont lieu du jeudi 21 mai au "
    "mercredi 3 juin 2026.",
    "La saisie des notes dans l'application nationale doit être achevée le mardi 16 juin 2026 au plus tard.",
    "Les jurys de délibération se réunissent entre le lundi 22 juin et le vendredi 26 juin 2026. La "
    "publication des résultats est fixée au vendredi 3 juillet 2026 à 14 h pour l'ensemble des académies.",
]
SIGNATURE = ["Pour le ministre et par délégation,", "la sous-directrice des examens", "", "Claire Vasseur-Dumont"]
PIED = "Note nationale BTS SIO – session 2026 – page"
