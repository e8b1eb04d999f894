"""BTS Tourisme, académie de Grenoble, session 2028 — letter in DOCX; in the PDF the calendar annex page is a portrait
page whose content is turned by 90° through the content stream (no /Rotate)."""

EN_TETE = ["Académie de Grenoble", "Rectorat – Division des examens et concours – DEC 4", "7 place Bir-Hakeim – 38000 Grenoble"]
LIEU_DATE = "Grenoble, le 9 février 2028"
DESTINATAIRES = "à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat, les directeurs de CFA"
OBJET = "Objet : BTS Tourisme – session 2028 – organisation des épreuves"
REFS = "Références : arrêté du 5 avril 2018 portant définition du BTS Tourisme ; note de service nationale du 11 janvier 2028."
INTRO = ("Vous trouverez ci-dessous les modalités d'organisation de la session 2028 du BTS Tourisme. Le calendrier "
         "complet figure en annexe 1, imprimée à l'italienne : tournez la feuille pour la lire.")
S1 = "1. Épreuves"
S1_TXT = [
    "L'épreuve E2 « Communication en langues vivantes étrangères » comprend la sous-épreuve E21 (langue A) et la "
    "sous-épreuve E22 (langue B), toutes deux orales pour les candidats ponctuels.",
    "Les épreuves E3 (Gestion de la relation clientèle touristique) et E5 (Gestion de l'information touristique) sont "
    "évaluées exclusivement en contrôle en cours de formation : aucune date académique n'est fixée.",
    "Les épreuves écrites E1 et E7 se déroulent dans les centres d'écrit indiqués sur les convocations.",
]
S2 = "2. Dossiers des épreuves E4 et E6"
S2_TXT = [
    "Les dossiers des épreuves E4 (Élaboration d'une prestation touristique) et E6 (Parcours de professionnalisation) "
    "sont déposés au plus tard le vendredi 14 avril 2028 à 17 h au lycée Les Eaux-Claires, 7 rue de Dunkerque, "
    "38000 Grenoble. Leur conformité est contrôlée le mardi 2 mai 2028.",
    "Les vacances de printemps s'étendent du samedi 15 avril au lundi 1er mai 2028 : les équipes veilleront à "
    "transmettre les dossiers avant le départ des élèves.",
]
S3 = "3. Jours fériés"
S3_TXT = "Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) sont fériés ; aucune épreuve n'est prévue."
S4 = "4. Centres d'interrogation"
CENTRES = ["Lycée Les Eaux-Claires, 7 rue de Dunkerque, 38000 Grenoble",
           "Lycée Charles-Baudelaire, 10 avenue de Cran, 74000 Annecy",
           "Lycée Édouard-Herriot, 6 avenue Édouard Herriot, 38500 Voiron"]
S5 = "5. Établissements de formation de l'académie"
S5_TXT = ("Pour information, la section de BTS Tourisme est ouverte dans les établissements suivants (ils ne sont pas "
          "centres d'épreuves) :")
FORMATION = ["Lycée Ferdinand-Buisson, Voiron", "Lycée Savoie Léman, Thonon-les-Bains", "Lycée du Granier, La Ravoire"]
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,", "Baptiste Rochas"]

ANNEXE_TITRE = "Annexe 1 – Calendrier de la session 2028 du BTS Tourisme"
CAL_ENTETE = ["Date", "Épreuve ou opération", "Nature", "Horaire", "Lieu"]
CAL = [
    ("vendredi 14 avril 2028", "Dépôt des dossiers E4 et E6", "–", "au plus tard 17 h 00", "Lycée Les Eaux-Claires, Grenoble"),
    ("mardi 2 mai 2028", "Contrôle de conformité des dossiers E4 et E6", "–", "9 h 00", "Rectorat de Grenoble"),
    ("mardi 16 mai 2028", "E1 – Culture générale et expression", "écrite", "14 h 00 – 18 h 00", "centre d'écrit"),
    ("mercredi 17 mai 2028", "E7 – Tourisme et territoires", "écrite", "14 h 00 – 17 h 00", "centre d'écrit"),
    ("vendredi 19 mai 2028", "EF1 – Langue vivante C (facultative)", "orale", "9 h 00 – 12 h 00", "Lycée Les Eaux-Claires, Grenoble"),
    ("du lundi 22 au mercredi 24 mai 2028", "E21 – Langue vivante A", "orale", "selon convocation", "Lycée Les Eaux-Claires, Grenoble"),
    ("lundi 29 et mardi 30 mai 2028", "E22 – Langue vivante B", "orale", "selon convocation", "Lycée Les Eaux-Claires, Grenoble"),
    ("mardi 6 juin 2028", "Réunion d'harmonisation des examinateurs E4 et E6", "–", "8 h 30", "Lycée Charles-Baudelaire, Annecy"),
    ("du mardi 6 au vendredi 9 juin 2028", "E4 – Élaboration d'une prestation touristique", "orale", "selon convocation",
     "Lycée Charles-Baudelaire, Annecy ; Lycée Les Eaux-Claires, Grenoble"),
    ("du lundi 12 au mercredi 14 juin 2028", "E6 – Parcours de professionnalisation", "orale", "selon convocation",
     "Lycée Édouard-Herriot, Voiron"),
    ("lundi 26 juin 2028", "Jury de délibération", "–", "14 h 00", "Rectorat de Grenoble"),
    ("jeudi 29 juin 2028", "Publication des résultats", "–", "10 h 00", "site de l'académie"),
]
CAL_NOTE = "Les horaires sont ceux de la métropole. Les candidats sont convoqués 30 minutes avant le début de chaque épreuve."
PIED = "Rectorat de Grenoble – DEC 4 – BTS Tourisme 2028"
