"""BTS CRSA, académie de Lille, session 2027 — PDF whose glyphs are drawn one by one in a scrambled order."""

EN_TETE = ["Académie de Lille", "Rectorat – Division des examens et concours", "Bureau DEC 3 – Brevets de technicien supérieur"]
LIEU_DATE = "Lille, le 2 mars 2027"
DESTINATAIRES = ("Le recteur de la région académique Hauts-de-France, recteur de l'académie de Lille, "
                 "à Mesdames et Messieurs les chefs d'établissement, les directeurs de CFA et les enseignants "
                 "de la section BTS CRSA")
OBJET = "Objet : organisation du BTS Conception et réalisation de systèmes automatiques (CRSA) – session 2027"
REFS = ["Réf. : arrêté du 21 juillet 2014 modifié portant définition du BTS CRSA ;",
        "circulaire nationale d'organisation des épreuves écrites du 12 janvier 2027."]
INTRO = ("J'ai l'honneur de vous communiquer le calendrier et les modalités d'organisation de la session 2027. "
         "Je vous remercie d'en assurer la diffusion auprès des candidats et des équipes pédagogiques.")

T1 = "1. Épreuves écrites"
ECRITS_ENTETE = ["Date", "Épreuve", "Horaire"]
ECRITS = [("lundi 10 mai 2027", "E1 – Culture générale et expression", "14 h – 18 h"),
          ("mardi 11 mai 2027", "E31 – Mathématiques", "10 h – 12 h"),
          ("mardi 11 mai 2027", "E32 – Physique-chimie", "14 h – 16 h"),
          ("mercredi 12 mai 2027", "E4 – Conception préliminaire d'un système automatique", "8 h – 12 h")]
T1_NOTES = [
    "L'épreuve E3 « Mathématiques et physique-chimie » comprend les deux sous-épreuves E31 et E32 ci-dessus.",
    "L'épreuve E2 (anglais) est évaluée en contrôle en cours de formation ; les notes sont saisies dans "
    "l'application au plus tard le vendredi 28 mai 2027.",
    "Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension), le vendredi 7 mai 2027 (pont) ni le "
    "lundi 17 mai 2027 (Pentecôte).",
]
T2 = "2. Correction de l'épreuve E4"
T2_TXT = ("La commission d'harmonisation se réunit le mardi 18 mai 2027 à 9 h au lycée Jean Prouvé, "
          "2 rue de Lompret, 59463 Lomme. La correction se déroule du mardi 18 au vendredi 21 mai 2027 "
          "dans le même établissement.")
T3 = "3. Épreuve E5 – Projet industriel (sous-épreuves E51 et E52)"
T3_TXT = ("Les dossiers de la sous-épreuve E51 sont déposés au plus tard le vendredi 30 avril 2027 à 16 h au lycée "
          "du Hainaut, 1 avenue Villars, 59300 Valenciennes. Le contrôle de conformité des dossiers E51 a lieu le "
          "mardi 4 mai 2027 à 14 h.")
ORAUX_ENTETE = ["Sous-épreuve", "Période", "Centre"]
ORAUX = [("E51 – Conception détaillée (soutenance)", "du lundi 31 mai au jeudi 3 juin 2027", "Lycée du Hainaut, Valenciennes"),
         ("E52 – Réalisation et qualification", "du lundi 7 au mercredi 9 juin 2027", "Lycée Condorcet, 25 rue Étienne Dolet, 62300 Lens"),
         ("E6 – Rapport d'activités en entreprise", "lundi 14 et mardi 15 juin 2027", "Lycée du Hainaut, Valenciennes")]
T4 = "4. Jury et résultats"
T4_TXT = ("Le jury de délibération se réunira le jeudi 24 juin 2027 à 14 h au rectorat de Lille (salle B 204, "
          "144 rue de Bavay). Les résultats seront publiés le vendredi 2 juillet 2027 à 10 h.")
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Nadège Vermeulen"]
PIED = "Rectorat de Lille – 144 rue de Bavay – BP 709 – 59033 Lille Cedex"
