# -*- coding: utf-8 -*-
"""BTS Management en hôtellerie-restauration, académie de Grenoble, session 2029 (fictive).
HTML page: one accordion (<details open>) per option A/B/C, a table with one column per option,
deposit deadlines by candidate category."""

TITRE = "BTS Management en hôtellerie-restauration (MHR) – session 2029"
EMETTEUR = "Académie de Grenoble – Rectorat – Division des examens et concours (DEC 5)"
LIEU_DATE = "Grenoble, le 15 janvier 2029"
DESTINATAIRES = ("Mesdames et Messieurs les proviseurs des lycées hôteliers, directeurs de CFA et responsables "
                 "d'organismes de formation continue")
REFS = "Référence : note de service nationale du 4 décembre 2028."
INTRO = ("Le BTS MHR comporte trois options : A – management d'unité de restauration, B – management d'unité de "
         "production culinaire, C – management d'unité d'hébergement. Les épreuves écrites sont communes ; "
         "l'épreuve pratique E6 est organisée par option, dans un centre et à des dates propres à chaque option.")

T_ECRITS = "1. Épreuves écrites communes aux trois options"
ECRITS = [
    ("2029-05-15", "mardi 15 mai 2029", "14 h – 18 h", "E1 – Culture générale et expression"),
    ("2029-05-16", "mercredi 16 mai 2029", "10 h – 12 h", "E2 – Langue vivante étrangère A (anglais)"),
    ("2029-05-16", "mercredi 16 mai 2029", "14 h – 18 h",
     "E4 – Management de l'entreprise hôtelière et mercatique des services"),
    ("2029-05-17", "jeudi 17 mai 2029", "9 h – 13 h",
     "E5 – Conception et production de services en hôtellerie-restauration (partie écrite)"),
]
ECRITS_NOTE = ("Jeudi 10 mai 2029 (Ascension) et lundi 21 mai 2029 (Pentecôte) : jours fériés, pas d'épreuve. "
               "Les écrits ont lieu dans les trois centres ci-dessous, selon l'affectation figurant sur la convocation.")
T_E3 = "2. Épreuve E3 – Langue vivante étrangère B (oral)"
E3 = ("Candidats scolaires et apprentis des établissements habilités : contrôle en cours de formation. "
      "Autres candidats : interrogation ponctuelle du mardi 22 au jeudi 24 mai 2029 au lycée Lesdiguières.")

T_DEPOT = "3. Dossier de l'épreuve E6 : date limite selon la catégorie"
DEPOT_ENTETE = ["Catégorie", "Date limite", "Lieu de dépôt"]
DEPOT = [
    ("Scolaires et apprentis", "vendredi 27 avril 2029 à 12 h", "centre d'épreuve E6 de l'option"),
    ("Formation continue et candidats libres", "vendredi 20 avril 2029, cachet de la poste faisant foi",
     "rectorat de Grenoble, DEC 5, 7 place Bir-Hakeim, 38000 Grenoble"),
]

T_OPTIONS = "4. Épreuve pratique E6 par option"
OPTIONS = [
    ("A", "Option A – Management d'unité de restauration", "du lundi 28 au mercredi 30 mai 2029",
     ("Lycée hôtelier Lesdiguières", "15 avenue Beaumarchais, 38100 Grenoble"),
     "Service en salle et commercialisation : convocation à 7 h 30 en tenue professionnelle."),
    ("B", "Option B – Management d'unité de production culinaire", "du mardi 29 mai au vendredi 1er juin 2029",
     ("Lycée hôtelier Savoie-Léman", "40 boulevard Carnot, 74200 Thonon-les-Bains"),
     "Production culinaire : les candidats apportent leur mallette de couteaux."),
    ("C", "Option C – Management d'unité d'hébergement", "jeudi 31 mai et vendredi 1er juin 2029",
     ("Lycée hôtelier Le Renouveau", "12 rue du Larith, 73000 Chambéry"),
     "Hébergement : étude de cas sur poste informatique puis entretien."),
]
ENTENTE_TITRE = "Réunions d'entente des examinateurs E6"
ENTENTE_ENTETE = ["", "Option A", "Option B", "Option C"]
ENTENTE = [
    ("Date", "mercredi 23 mai 2029", "mercredi 23 mai 2029", "jeudi 24 mai 2029"),
    ("Heure", "14 h", "14 h", "9 h"),
    ("Lieu", "lycée Lesdiguières", "lycée Savoie-Léman", "lycée Le Renouveau"),
]

T_JURY = "5. Jury et résultats"
JURY = ("Jury de délibération : mardi 26 juin 2029 à 14 h, au rectorat de Grenoble. Publication des résultats : "
        "jeudi 5 juillet 2029 à 10 h.")
T_REMPL = "6. Session de remplacement"
REMPL = ("Les candidats empêchés de se présenter à l'épreuve E6 pour une cause de force majeure pourront la passer "
         "lors de la session de remplacement de septembre : épreuves pratiques du lundi 10 au mercredi 12 "
         "septembre 2029, au lycée Lesdiguières pour les trois options.")
T_FORM = "7. Établissements de formation de l'académie"
FORMATION = ("Lycée hôtelier François-Bise (Bonneville), lycée de l'Hôtellerie et du Tourisme (Valence), CFA de "
             "l'hôtellerie (Échirolles) : établissements de formation, non centres d'épreuves.")
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,",
             "Laurent Fournier-Bouvier"]
