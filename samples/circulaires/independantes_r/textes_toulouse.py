"""Textes de la circulaire fictive : BTS Tourisme, académie de Toulouse, session 2028."""

STEM = "circulaire_tourisme_2028_toulouse"

EN_TETE = ["RÉGION ACADÉMIQUE OCCITANIE", "ACADÉMIE DE TOULOUSE", "Liberté · Égalité · Fraternité"]
SERVICE = ["Rectorat", "Division des examens et concours – DEC 4", "Bureau des examens post-baccalauréat",
           "Dossier suivi par : M. Sébastien Carrère", "Tél. 05 36 25 72 14 – dec4-bts@ac-toulouse.fr"]
LIEU_DATE = "Toulouse, le 2 février 2028"
DESTINATAIRES = ("Le recteur de l'académie de Toulouse à Mesdames et Messieurs les proviseurs des lycées publics "
                 "et privés sous contrat, Mesdames et Messieurs les directeurs de CFA et d'organismes de formation")
OBJET = "Objet : BTS Tourisme – session 2028 – organisation des épreuves"
REF = ("Réf. : arrêté du 9 avril 2018 modifié portant définition et fixant les conditions de délivrance du brevet "
       "de technicien supérieur « Tourisme » ; note nationale d'organisation du 24 novembre 2027.")
PIED = "Rectorat de Toulouse – CS 87703 – 31077 Toulouse Cedex 4 – www.ac-toulouse.fr"

INTRO = ("La présente circulaire précise l'organisation académique de la session 2028. Elle complète la note "
         "nationale citée en référence, qui demeure applicable pour tout point non traité ci-dessous.")

T1 = "1. Établissements de formation concernés"
P1 = ("Les établissements suivants présentent des candidats à la session 2028 ; ils ne sont pas centres "
      "d'épreuves et ne reçoivent aucun candidat extérieur :")
FORMATION = [
    "Lycée Saint-Joseph – Rodez",
    "Lycée Antoine Bourdelle – Montauban",
    "CFA régional des métiers du tourisme – Blagnac",
    "Institut Limayrac – Toulouse",
    "Lycée Pierre d'Aragon – Muret",
]

T2 = "2. Centres d'épreuves"
CENTRES_ENTETE = ["Centre", "Adresse", "Ville", "Épreuves"]
CENTRES = [
    ("Lycée Ozenne", "9 rue Merly\n31070 Cedex 7", "Toulouse", "Écrits E1, E4, E51"),
    ("Lycée Toulouse-Lautrec", "64 boulevard Pierre-Paul Riquet\n81000", "Albi", "Écrits E1, E4, E51"),
    ("Lycée Jean Dupuy", "1 rue Aristide Bergès\n65016 Cedex", "Tarbes", "Écrits E1, E4, E51"),
    ("Lycée des Arènes", "Place Émile Mâle\n31300", "Toulouse", "Oraux E21, E22, E52, E6, EF1"),
]

T3 = "3. Calendrier"
P3 = "Les épreuves se dérouleront comme suit :"
LISTE = [
    "Épreuve E4 – Élaboration d'une prestation touristique (écrit, 4 h) : mardi 16 mai 2028, de 8 h 30 à 12 h 30 ;",
    "Épreuve E1 – Culture générale et expression (écrit, 4 h) : mardi 16 mai 2028, de 14 h à 18 h ;",
    "Épreuve E5, 1ère partie – sous-épreuve E51 Gestion de l'information touristique (écrit, 2 h) : mercredi "
    "17 mai 2028, de 10 h à 12 h ;",
    "Épreuve E5, 2e partie – sous-épreuve E52 (oral) : du jeudi 1 juin au vendredi 2 juin 2028, au lycée des "
    "Arènes ;",
    "Épreuve E6 – Parcours de professionnalisation (oral) : du 1er juin au 9 juin 2028, le lundi 5 juin 2028 "
    "(lundi de Pentecôte) étant férié ;",
    "Épreuve facultative EF1 – Langue vivante C (oral) : mercredi 7 juin 2028 à 14 h.",
]
P3_LV = ("Épreuves E21 et E22 – Communication en langues vivantes étrangères A et B : pour les candidats relevant "
         "du contrôle en cours de formation, l'évaluation est organisée par l'établissement. Les candidats "
         "ponctuels seront interrogés au lycée des Arènes du lundi 22 au mercredi 24 mai 2028, du mardi 30 mai "
         "au jeudi 1 juin 2028 et du lundi 12 au mercredi 14 juin 2028.")
P3_E3 = ("Épreuve E3 – Gestion de la relation clientèle touristique : épreuve évaluée exclusivement en contrôle "
         "en cours de formation ; aucune date n'est fixée par le rectorat.")

T4 = "4. Dossiers de l'épreuve E6"
P4 = ("Les dossiers de l'épreuve E6 (fiches descriptives et attestations de stage) sont à transmettre au lycée "
      "des Arènes au plus tard le vendredi 7 avril 2028 à 12 h. La commission de contrôle de conformité se "
      "réunira le mardi 11 avril 2028 à 9 h ; les établissements seront informés des non-conformités avant "
      "les vacances de printemps (du samedi 15 avril au lundi 1er mai 2028).")

T5 = "5. Correction de l'épreuve E4"
P5 = ("Une réunion d'entente des correcteurs de l'épreuve E4 aura lieu le vendredi 19 mai 2028 à 9 h 30 au lycée "
      "Ozenne. La correction dématérialisée se déroulera du 19 au 31 mai 2028.")

T6 = "6. Jury et résultats"
P6 = ("Le jury de délibération se réunira le jeudi 29 juin 2028 à 14 h au rectorat. Les résultats seront publiés "
      "le vendredi 30 juin 2028 à 10 h.")

SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours,", "",
             "Pierre-Yves Salvan"]
