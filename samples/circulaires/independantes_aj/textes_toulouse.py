# -*- coding: utf-8 -*-
"""BTS Tourisme, académie de Toulouse, session 2028 (fictive). Table: rows = candidate categories, columns = steps."""

EMETTEUR = ["Académie de Toulouse", "Rectorat – Division des examens et concours",
            "Pôle BTS – bureau DEC 2", "CS 87703 – 31077 Toulouse Cedex 4"]
SUIVI = "Dossier suivi par : Cédric Marty – 05 36 25 71 18 – ce.dec2-bts@ac-toulouse.fr"
LIEU_DATE = "Toulouse, le 7 février 2028"
DESTINATAIRES = ["à", "Mesdames et Messieurs les chefs d'établissement,", "directeurs de CFA et de GRETA",
                 "Madame la directrice du CNED"]
OBJET = "Objet : BTS Tourisme – session 2028 – calendrier des épreuves et obligations par catégorie de candidats"
REFS = "Réf. : note de service nationale du 15 décembre 2027 relative à l'organisation des BTS tertiaires."

T1 = "1. Épreuves écrites (tous les candidats)"
ECRITS_ENTETE = ["Date", "Horaire", "Épreuve"]
ECRITS = [
    ("mardi 16 mai 2028", "14 h – 18 h", "E1 – Culture générale et expression"),
    ("mercredi 17 mai 2028", "10 h – 12 h", "E21 – Langue vivante étrangère A : anglais"),
    ("mercredi 17 mai 2028", "14 h – 16 h", "E22 – Langue vivante étrangère B"),
    ("jeudi 18 mai 2028", "9 h – 12 h", "E3 – Tourisme et territoires"),
    ("vendredi 19 mai 2028", "13 h – 17 h", "E5 – Élaboration d'une prestation touristique"),
]
ECRITS_NOTE = ("L'épreuve E2 « Communication en langues vivantes étrangères » comprend les sous-épreuves E21 et E22. "
               "Les lundis 1er et 8 mai 2028 et le jeudi 25 mai 2028 (Ascension) sont fériés.")
CENTRES_TITRE = "Centres d'épreuves"
CENTRES = [
    ("Lycée Ozenne", "9 rue Merly, 31000 Toulouse", "écrits (Haute-Garonne, Ariège, Gers) et oral E4"),
    ("Lycée Jean-Jaurès", "route de Blaye, 81000 Albi", "écrits (Tarn, Aveyron, Lot)"),
    ("Lycée Bourdelle", "3 boulevard Édouard-Herriot, 82000 Montauban", "écrits (Tarn-et-Garonne) et épreuve E6"),
]

T2 = "2. Ce que chaque catégorie de candidats doit faire, et quand"
T2_INTRO = ("Chaque ligne du tableau correspond à une catégorie de candidats ; chaque colonne à une étape. "
            "Une case « CCF » signifie que l'épreuve est évaluée en cours de formation par l'établissement.")
TAB_ENTETE = ["Catégorie de candidats", "Dépôt du dossier E4", "Contrôle de conformité E4",
              "E4 – Gestion de la relation clientèle touristique (oral)", "E6 – Gestion de l'information touristique",
              "Remontée des notes de CCF (E4, E6)"]
TAB = [
    ("1. Scolaires (lycées publics et privés sous contrat)", "sans objet", "sans objet", "CCF", "CCF",
     "26/05/2028"),
    ("2. Apprentis (CFA habilités au CCF)", "sans objet", "sans objet", "CCF", "CCF", "31/05/2028"),
    ("3. Formation continue et candidats individuels", "14/04/2028 – 12\u00a0h, au lycée Ozenne",
     "02/05/2028 – 14\u00a0h", "du 29/05/2028 au 01/06/2028, lycée Ozenne (Toulouse)",
     "du 06/06/2028 au 08/06/2028, lycée Bourdelle (Montauban)", "—"),
    ("4. CNED", "07/04/2028, envoi au rectorat (cachet de la poste)", "idem ligne 3", "idem ligne 3",
     "09/06/2028, lycée Bourdelle (Montauban)", "—"),
]
T2_NOTE = ("Les apprentis des CFA non habilités relèvent de la ligne 3. Le contrôle de conformité a lieu au "
           "rectorat ; un dossier non conforme ne peut donner lieu à interrogation.")

T3 = "3. Jury et résultats"
JURY = ("Le jury se réunira le mercredi 28 juin 2028 à 9 h au rectorat de Toulouse ; les résultats seront "
        "affichés et mis en ligne le vendredi 30 juin 2028 à 14 h.")
T4 = "4. Session de remplacement"
REMPLACEMENT = ("Les candidats empêchés lors de l'écrit E5 pour une raison de force majeure pourront être convoqués "
                "à la session de remplacement : épreuve E5 le mardi 12 septembre 2028, sous réserve de "
                "confirmation par la note nationale.")
T5 = "5. Établissements de formation"
FORMATION = ("Lycée Saint-Exupéry (Blagnac), lycée Champollion (Figeac), CFA du tourisme d'Occitanie (Toulouse) : "
             "ces établissements transmettent les notes de CCF mais ne sont pas centres d'épreuves.")
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la DEC,", "Nadia Escudié"]
PIED = "Rectorat de Toulouse – Division des examens et concours – BTS Tourisme session 2028"
