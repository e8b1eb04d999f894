"""Texte de la circulaire fictive : BTS Support à l'action managériale, académie d'Orléans-Tours, session 2025.
Les appels de note [n] sont rendus en vraies notes de bas de page ODT."""

ENTETE = ["ACADÉMIE D'ORLÉANS-TOURS", "Liberté, Égalité, Fraternité", "Rectorat – Direction des examens et concours",
          "Bureau DEC 2 – examens post-baccalauréat"]
ADRESSE = "21 rue Saint-Étienne – 45043 Orléans Cedex 1"
LIEU_DATE = "Orléans, le 20 janvier 2025"
DESTINATAIRES = "à Mesdames et Messieurs les chefs d'établissement et directeurs de centres de formation"
OBJET = "Objet : BTS Support à l'action managériale (SAM) – session 2025 – organisation des épreuves"
REFERENCE = "Réf. : arrêté de création du diplôme[4] ; circulaire nationale d'organisation de la session 2025."

NOTES = {
    1: "Les dossiers E4 et E5 sont à déposer au plus tard le mercredi 2 avril 2025 à 12 h au secrétariat du "
       "centre d'épreuves. Le contrôle de conformité aura lieu le jeudi 10 avril 2025 à 14 h.",
    2: "Réunion d'entente des examinateurs E4 et E5 : lundi 12 mai 2025 à 9 h, lycée Pothier (Orléans).",
    3: "Les copies sont numérisées le jour même ; date limite de numérisation : vendredi 16 mai 2025.",
    4: "Arrêté du 27 février 2018 portant définition et fixant les conditions de délivrance du BTS Support à "
       "l'action managériale, publié au Journal officiel du 9 mars 2018.",
}

INTRO = ("Vous trouverez ci-dessous le calendrier de la session 2025 pour l'académie d'Orléans-Tours. "
         "Les établissements veilleront à informer les candidats individuels.")

T1 = "1. Épreuves écrites ponctuelles[3]"
COL_ECRITS = ["Jour", "Épreuve", "Horaires"]
ECRITS = [
    ("Lundi 12 mai 2025", "E6 – Collaboration à la gestion des ressources humaines", "de 14 h à 18 h"),
    ("Mardi 13 mai 2025", "E3 – Culture économique, juridique et managériale", "de 14 h à 18 h"),
    ("Mercredi 14 mai 2025", "E1 – Culture générale et expression", "de 14 h à 18 h"),
    ("Jeudi 15 mai 2025", "E21 – Langue vivante A (1ère partie de l'E2, écrit)", "10h-12h"),
]
E2_NOTE = ("L'épreuve E2 « Expression et culture en langues vivantes étrangères » comprend la sous-épreuve E21 "
           "(langue A, écrite) et la sous-épreuve E22 (langue B), évaluée exclusivement en CCF : elle ne donne "
           "lieu à aucune convocation ponctuelle.")

T2 = "2. Épreuves orales (candidats hors CCF)[1]"
ORAUX = [
    "E4 – Optimisation des processus administratifs : du lundi 19 au mercredi 21 mai, du lundi 26 au "
    "mercredi 28 mai et du lundi 2 au mercredi 4 juin 2025.",
    "E5 – Gestion de projet : du mardi 10 au vendredi 13 juin 2025.",
    "EF1 – Langue vivante étrangère C (facultative) : jeudi 5 juin 2025.",
]
ENTENTE = "Les examinateurs sont réunis avant le début des interrogations[2]."
FERIES = ("Jours fériés : jeudi 29 mai 2025 (Ascension) et lundi 9 juin 2025 (lundi de Pentecôte). "
          "Vacances de printemps (zone B) : du samedi 19 avril au lundi 5 mai 2025.")

T3 = "3. Transmissions, jury et résultats"
FIN = [
    "Les notes de CCF et les livrets scolaires sont à transmettre au rectorat pour le vendredi 6 juin 2025.",
    "Le jury de délibération se réunit le jeudi 26 juin 2025 à 14 h au rectorat d'Orléans-Tours (Orléans).",
    "Les résultats seront publiés le mercredi 2 juillet 2025 à 10 h.",
]

T4 = "4. Centres d'épreuves"
COL_CENTRES = ["Centre", "Adresse", "Commune"]
CENTRES = [
    ("Lycée Pothier", "2 bis rue Marcel Proust – BP 1507 – 45005 ORLÉANS CEDEX 1", "Orléans"),
    ("Lycée Balzac", "36 rue d'Entraigues", "Tours"),
    ("Lycée Marceau", "2 rue Pierre Mendès France – CS 60719", "Chartres"),
    ("Lycée Augustin Thierry", "13 avenue de Châteaudun", "Blois"),
]
FORMATION = ("Les candidats du CFA interprofessionnel de Joué-lès-Tours, du lycée Sainte-Marie de Bourges et "
             "de l'institut Jeanne d'Arc de Châteauroux composent dans les centres ci-dessus ; ces "
             "établissements de formation ne sont pas centres d'épreuves.")
SIGNATURE = ["Pour le recteur et par délégation,", "la directrice des examens et concours", "Hélène Marchais"]
RECEPTION = "Date de réception par l'établissement : …/…/20…"
