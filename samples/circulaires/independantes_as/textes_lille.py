"""Circulaire BTS Comptabilité et gestion 2027, groupement Lille (pilote) + Amiens. Texte inventé."""
EN_TETE = ["Région académique Hauts-de-France", "Académie de Lille – académie pilote",
           "Division des examens et concours – Bureau DEC 5 BTS", "Affaire suivie par : Mme Solène Vandamme",
           "Tél. 03 20 15 61 47 – dec5-bts@ac-lille.fr"]
LIEU_DATE = "Lille, le 8 février 2027"
DESTINATAIRES = ("Le recteur de la région académique Hauts-de-France, recteur de l'académie de Lille, et le recteur "
                 "de l'académie d'Amiens à Mesdames et Messieurs les proviseurs des lycées publics et privés sous "
                 "contrat, directeurs des CFA et organismes de formation préparant le BTS Comptabilité et gestion")
OBJET = "Objet : BTS Comptabilité et gestion (CG) – session 2027 – organisation inter-académique Lille / Amiens"
REFS = ("Réf. : arrêté du 17 janvier 2019 portant définition et fixant les conditions de délivrance du BTS "
        "Comptabilité et gestion ; convention de mutualisation Lille–Amiens du 3 octobre 2025.")
INTRO = [
    "Dans le cadre de la mutualisation des examens au sein de la région académique, l'académie de Lille assure "
    "le pilotage de la session 2027 du BTS Comptabilité et gestion pour les candidats des académies de Lille "
    "et d'Amiens. Les épreuves écrites se déroulent aux mêmes dates et heures dans les deux académies ; "
    "l'organisation des épreuves orales, les centres et certaines échéances relèvent de chaque académie "
    "et figurent dans les deux colonnes de la partie 2.",
    "Je vous remercie de bien vouloir porter cette note à la connaissance des équipes pédagogiques et des candidats.",
]
T1 = "1. Épreuves écrites communes aux deux académies"
ECRITS_ENTETE = ["Date", "Horaire", "Épreuve", "Durée"]
ECRITS = [
    ["Lundi 10 mai 2027", "14 h – 18 h", "E1 – Culture générale et expression", "4 h"],
    ["Mardi 11 mai 2027", "10 h – 12 h", "E2 – Langue vivante étrangère : anglais", "2 h"],
    ["Mardi 11 mai 2027", "14 h – 16 h", "E3 – Mathématiques appliquées", "2 h"],
    ["Mercredi 12 mai 2027", "14 h – 18 h", "E4 – Culture économique, juridique et managériale", "4 h"],
    ["Vendredi 14 mai 2027", "9 h – 13 h", "E5 – Traitement et contrôle des opérations comptables, fiscales et sociales", "4 h"],
]
ECRITS_NOTE = ("Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés : "
               "aucune épreuve n'est organisée ces jours-là.")
T2 = "2. Dispositions propres à chaque académie"
COLONNES = [
    ("Académie de Lille", [
        ("h", "Dossier E6 – Situations de contrôle de gestion et d'analyse financière"),
        ("p", "Dépôt des dossiers au centre d'épreuve : au plus tard le vendredi 16 avril 2027 à 17 h."),
        ("p", "Contrôle de conformité : jeudi 22 avril 2027, par la commission du centre."),
        ("h", "Épreuve orale E6"),
        ("p", "Interrogations du lundi 31 mai au vendredi 4 juin 2027, selon les convocations."),
        ("h", "Épreuve facultative EF1 (langue vivante 2)"),
        ("p", "Mardi 1er juin 2027, matin."),
        ("h", "Centres d'épreuves"),
        ("c", "Lycée Gaston-Berger\nAvenue Gaston-Berger\n59000 Lille"),
        ("c", "Lycée Angellier\n12 boulevard Sainte-Barbe\n59140 Dunkerque"),
        ("c", "Lycée Watteau\n20 boulevard Pater\n59300 Valenciennes"),
    ]),
    ("Académie d'Amiens", [
        ("h", "Dossier E6 – Situations de contrôle de gestion et d'analyse financière"),
        ("p", "Dépôt des dossiers : au plus tard le mercredi 21 avril 2027 à 12 h, au centre d'épreuve."),
        ("p", "Contrôle de conformité : mardi 27 avril 2027."),
        ("h", "Épreuve orale E6"),
        ("p", "Interrogations du mardi 1er juin au jeudi 3 juin 2027."),
        ("h", "Épreuve facultative EF1 (langue vivante 2)"),
        ("p", "Vendredi 4 juin 2027, après-midi."),
        ("h", "Centres d'épreuves"),
        ("c", "Lycée Louis-Thuillier\n70 boulevard de Saint-Quentin\n80000 Amiens"),
        ("c", "Lycée Pierre-d'Ailly\n136 boulevard des États-Unis\n60200 Compiègne"),
        ("c", "Lycée Condorcet\nRond-point Joliot-Curie\n02100 Saint-Quentin"),
        ("p", "Les étudiants du lycée Madeleine-Michelis (Amiens), établissement de formation, composent au "
              "lycée Louis-Thuillier."),
    ]),
]
T3 = "3. Dispositions communes de fin de session"
FIN = [
    "Le jury inter-académique se réunira le lundi 28 juin 2027 à 9 h au rectorat de Lille "
    "(144 rue de Bavay, Lille).",
    "Les résultats seront publiés le mercredi 30 juin 2027 à 10 h sur le site de publication des résultats.",
    "Les candidats en situation de handicap bénéficiant d'aménagements sont signalés à la division des examens "
    "de leur académie au moins trois semaines avant la première épreuve.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours,", "Thibault Mercier-Lenoir"]
