"""Textes de la circulaire BTS Tourisme 2028, académie de Toulouse (fictive), écrite en ODT à la main.
Les titres sont numérotés par le style de plan (text:outline-style : « 1. », « 2.1 ») ; la liste des épreuves
par un style de liste (préfixe « Épreuve E », suffixe « – » ; niveau 2 : préfixe « E », deux niveaux affichés,
soit « E2.1 »). Les codes E1…E6, E2.1, E2.2 n'existent donc pas dans le texte des paragraphes."""

EN_TETE = ["Académie de Toulouse", "Division des examens et concours – DEC 5", "Brevets de technicien supérieur"]
LIEU_DATE = "Toulouse, le 24 janvier 2028"
DEST = ("Le recteur de la région académique Occitanie, recteur de l'académie de Toulouse, à mesdames et messieurs "
        "les chefs d'établissement préparant au BTS Tourisme")
OBJET = "Objet : BTS Tourisme – session 2028 – organisation académique des épreuves"
INTRO = ("J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2028 du BTS Tourisme pour "
         "l'académie de Toulouse.")
H1_EPREUVES = "Liste et calendrier des épreuves"
EP_INTRO = "Les épreuves ponctuelles de l'examen sont les suivantes :"
# (niveau 1 ou 2, texte)
EPREUVES = [
    (1, "Culture générale et expression : épreuve écrite le mardi 16 mai 2028 de 14 h 00 à 18 h 00."),
    (1, "Communication en langues vivantes étrangères :"),
    (2, "Langue vivante A : contrôle en cours de formation."),
    (2, "Langue vivante B : épreuve orale ponctuelle du lundi 29 mai au mercredi 31 mai 2028, dans l'établissement "
        "de formation."),
    (1, "Gestion de la relation clientèle touristique : contrôle en cours de formation."),
    (1, "Élaboration d'une prestation touristique : épreuve écrite le mercredi 17 mai 2028 de 13 h 30 à 17 h 30."),
    (1, "Gestion de l'information touristique : épreuve orale, voir 2.2."),
    (1, "Parcours de professionnalisation : épreuve orale, voir 2.2."),
]
FACULT = ("L'épreuve facultative EF1 (langue vivante C) est évaluée en contrôle en cours de formation ; "
          "elle n'appelle aucune convocation académique.")
H2_ENTENTE = "Réunion d'entente"
ENTENTE = ("La réunion d'entente des correcteurs de l'épreuve E4 se tient le vendredi 19 mai 2028 à 9 h 30 au "
           "lycée Ozenne, 9 rue Merly, 31070 Toulouse.")
FERIES = ("Pour mémoire, le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) sont fériés.")
H1_ORAUX = "Épreuves orales E5 et E6"
H2_DEPOT = "Dossiers"
DEPOT = ("Les dossiers des épreuves E5 et E6 sont déposés au plus tard le vendredi 7 avril 2028 à 16 h 00 au lycée "
         "Ozenne (Toulouse). La commission de contrôle de conformité des dossiers E5 et E6 se réunit le jeudi "
         "13 avril 2028 à 10 h 00 dans ce même lycée.")
H2_INTERRO = "Calendrier des interrogations"
INTERRO = [
    "Épreuve E5 : du mardi 6 juin au vendredi 9 juin 2028.",
    "Épreuve E6 : du lundi 12 juin au vendredi 16 juin 2028.",
]
CENTRES_TXT = "Centres d'interrogation :"
CENTRES = [
    "Lycée Ozenne – 9 rue Merly – 31070 Toulouse",
    "Lycée Bellevue – 98 rue du Roc – 81011 Albi",
    "Lycée Théophile Gautier – 15 rue Abbé Torné – 65016 Tarbes",
]
H1_JURY = "Délibération"
JURY = ("Le jury de délibération se réunit le mercredi 5 juillet 2028 à 14 h 00 au rectorat de Toulouse. "
        "Les résultats sont publiés le vendredi 7 juillet 2028 à 9 h 00.")
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "Bastien Carrère-Lafitte"]
