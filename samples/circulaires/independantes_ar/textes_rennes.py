"""Circulaire fictive : BTS Bioanalyses et contrôles (BIOAC), académie de Rennes, session 2027."""
STEM = "circulaire_bioac_2027_rennes"
COPIEUR = "KONICA bizhub C360i - Numérisé le 25/01/2027 08:52 - DEC Rennes - Page {p}/{n}"
BLOCS = [
    ("entete", "Académie de Rennes\nDivision des examens et concours\nDEC 3 – Bureau des BTS"),
    ("droite", "Rennes, le 18 janvier 2027"),
    ("p", "Le recteur de la région académique Bretagne, recteur de l'académie de Rennes,\n"
          "à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat"),
    ("objet", "Objet : BTS Bioanalyses et contrôles (BIOAC) – organisation de la session 2027"),
    ("p", "Référence : arrêté du 15 février 2021 portant définition et fixant les conditions de délivrance "
          "du brevet de technicien supérieur « Bioanalyses et contrôles »."),
    ("p", "La présente circulaire précise le calendrier et les modalités d'organisation des épreuves de la session "
          "2027 dans l'académie. Je vous remercie d'en assurer la diffusion auprès des équipes pédagogiques et des candidats."),
    ("h", "1. Épreuves écrites"),
    ("table", [["Épreuve", "Intitulé", "Date", "Horaire"],
               ["E1", "Culture générale et expression", "mardi 11 mai 2027", "13 h 00 – 17 h 00"],
               ["E2", "Anglais", "mercredi 12 mai 2027", "10 h 00 – 12 h 00"],
               ["E31", "Mathématiques (sous-épreuve de E3)", "mercredi 12 mai 2027", "14 h 00 – 16 h 00"],
               ["E32", "Physique-chimie (sous-épreuve de E3)", "jeudi 13 mai 2027", "9 h 00 – 11 h 00"]],
     [2.0, 6.6, 4.2, 3.6]),
    ("p", "Le jeudi 6 mai 2027 (Ascension) est férié : aucune épreuve n'est organisée cette semaine-là. "
          "Les candidats composent dans leur établissement de formation, sauf convocation contraire."),
    ("h", "2. Épreuve E4 – Analyses de biologie médicale et de contrôle (épreuve pratique)"),
    ("p", "L'épreuve pratique E4 se déroulera du lundi 31 mai au vendredi 4 juin 2027 dans les deux centres suivants :"),
    ("puce", "Lycée Pierre Mendès France, 34 rue Bahon-Rault, 35000 Rennes (candidats d'Ille-et-Vilaine et du Morbihan) ;"),
    ("puce", "Lycée de Kerichen, rue Prince de Joinville, 29200 Brest (candidats du Finistère et des Côtes-d'Armor)."),
    ("p", "Chaque candidat est convoqué individuellement pour une demi-journée ; les convocations précisent la salle et l'heure."),
    ("h", "3. Épreuve E5 – Projet et soutenance"),
    ("p", "Le dossier de projet E5 est à déposer au centre d'examen au plus tard le vendredi 9 avril 2027 à 12 h 00. "
          "La commission de contrôle de conformité des dossiers E5 se réunira le mardi 20 avril 2027 à 14 h 00. "
          "Les soutenances orales auront lieu du mardi 25 au jeudi 27 mai 2027 au lycée Pierre Mendès France à Rennes."),
    ("h", "4. Épreuve E6 – Activités professionnelles"),
    ("p", "L'épreuve E6 est évaluée exclusivement en contrôle en cours de formation (CCF) : aucune date académique n'est fixée."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le vendredi 2 juillet 2027 à 9 h 00 au rectorat de Rennes, "
          "96 rue d'Antrain, 35000 Rennes. Les résultats seront publiés le mardi 6 juillet 2027 à partir de 10 h 00."),
    ("sig", "Pour le recteur et par délégation,\nla cheffe de la division des examens et concours,\nMaëlle Le Guern"),
]
