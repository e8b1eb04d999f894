"""Circulaire fictive : BTS CRSA, académie de Lyon, session 2027 (groupes de candidats en prose)."""
EN_TETE = ["Région académique Auvergne-Rhône-Alpes", "Académie de Lyon",
           "Division des examens et concours – Bureau DEC 3 (BTS)", "Affaire suivie par : Mme Solène Verchère – 04 72 80 00 00"]
LIEU_DATE = "Lyon, le 18 mars 2027"
DESTINATAIRES = ("Le recteur de l'académie de Lyon\nà\nMesdames et Messieurs les proviseurs des lycées publics et privés "
                 "sous contrat proposant le BTS CRSA\nMesdames et Messieurs les directeurs de CFA")
OBJET = ("Objet : BTS Conception et réalisation de systèmes automatiques (CRSA) – session 2027 – "
         "organisation des épreuves ponctuelles et répartition des candidats par groupes")
REFERENCES = ["Réf. : arrêté du 12 avril 2016 portant définition et fixant les conditions de délivrance du BTS CRSA ; "
              "note de service nationale du 14 janvier 2027."]
INTRO = ("La présente circulaire précise le déroulement de la session 2027. Chaque candidat reçoit un numéro d'ordre "
         "(de 1 à 34) qui figure sur sa convocation : c'est ce numéro, et non le nom, qui détermine son groupe de passage "
         "pour les épreuves pratiques et orales. Les chefs d'établissement voudront bien en informer les étudiants.")
T1 = "1. Épreuves écrites"
ECRITS_CENTRE = ("Centre d'écrit unique : Lycée Édouard Branly, 25 rue de Tourvielle, 69005 Lyon. "
                 "Les candidats se présentent 30 minutes avant le début de chaque épreuve.")
ECRITS = [
    ("Lundi 10 mai 2027", "8 h – 12 h", "E4 – Conception préliminaire d'un système automatique"),
    ("Mardi 11 mai 2027", "10 h – 12 h", "E2 – Anglais"),
    ("Mardi 11 mai 2027", "14 h – 16 h", "E31 – Mathématiques"),
    ("Mercredi 12 mai 2027", "14 h – 18 h", "E1 – Culture générale et expression"),
]
ECRITS_NOTE = ("Le lundi 17 mai 2027 (lundi de Pentecôte) est férié. Les sous-épreuves E32 – Physique-chimie, "
               "E51 – Conception détaillée, E52 – Étude de cas industriel sont évaluées exclusivement en contrôle en cours de formation (CCF) : "
               "aucune convocation n'est émise pour ces unités.")
T2 = "2. Épreuve pratique E61 – Réalisation et mise en service d'un système automatique"
E61_INTRO = ("L'épreuve se déroule au Lycée La Martinière Monplaisir, 41 rue Antoine Lumière, 69008 Lyon, "
             "du lundi 31 mai au mardi 8 juin 2027. La capacité des plateaux techniques impose un passage par groupes "
             "de deux jours consécutifs ; chaque candidat est convoqué les deux jours de son groupe, de 8 h à 12 h et de 13 h à 17 h "
             "(accueil à 7 h 30 le premier jour).")
GROUPES = [
    ("Groupe 1", "candidats n° 1 à 12", "lundi 31 mai et mardi 1er juin"),
    ("Groupe 2", "candidats n° 13 à 24", "mercredi 2 et jeudi 3 juin"),
    ("Groupe 3", "candidats n° 25 à 34", "lundi 7 et mardi 8 juin"),
]
E61_NOTE = ("Aucun candidat n'est convoqué le vendredi 4 juin, journée réservée à la remise en état des plateaux. "
            "Un candidat ne peut pas changer de groupe, sauf accord écrit de la DEC.")
T3 = "3. Sous-épreuve orale E62 – Projet collaboratif"
E62_TXT = ("Le dossier de projet (un exemplaire papier et un fichier PDF) est déposé au centre d'examen, Lycée Marcel Sembat, "
           "20 boulevard Marcel Sembat, 69200 Vénissieux, au plus tard le vendredi 21 mai 2027 à 12 h. "
           "La commission de contrôle de conformité des dossiers se réunit le mercredi 26 mai 2027 à 14 h ; "
           "un dossier non conforme entraîne l'attribution de la mention « non valide ». "
           "Les soutenances ont lieu les jeudi 10 et vendredi 11 juin 2027 selon la répartition suivante :")
E62_TABLE = [("N° de candidat", "Jour de soutenance", "Convocation"),
             ("n° 1 à 17", "jeudi 10 juin 2027", "8 h 00 (matin) ou 13 h 30 (après-midi), voir convocation"),
             ("n° 18 à 34", "vendredi 11 juin 2027", "8 h 00 (matin) ou 13 h 30 (après-midi), voir convocation")]
T4 = "4. Délibération et résultats"
JURY = ("Le jury de délibération se réunit le jeudi 1er juillet 2027 à 9 h au rectorat de Lyon, 92 rue de Marseille, 69007 Lyon. "
        "Les résultats seront publiés le mardi 6 juillet 2027 à 10 h sur le site de l'académie.")
T5 = "5. Établissements de formation concernés"
FORMATION = ("Pour information, les candidats scolaires sont issus des sections de BTS CRSA du lycée La Martinière Duchère (Lyon), "
             "du lycée Carriat (Bourg-en-Bresse) et du lycée Albert Thomas (Roanne). Ces établissements ne sont pas centres d'épreuves.")
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours", "Hélène Marquisat"]
