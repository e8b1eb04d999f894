"""Académie de Normandie (sites de Caen et de Rouen) - BTS Électrotechnique, session 2028. All invented."""

EN_TETE = [
    "RÉGION ACADÉMIQUE NORMANDIE",
    "Liberté — Égalité — Fraternité",
    "Direction des examens et concours",
    "DEC 3 — Examens de l'enseignement supérieur — site de Rouen",
]
PIED = ("Rectorat — site de Rouen : 25 rue de Fontenelle, 76037 Rouen cedex 1 — "
        "site de Caen : 168 rue Caponière, 14061 Caen cedex")

BLOCS = [
    ("right", "Rouen, le lundi 31 janvier 2028"),
    ("p", "Affaire suivie par : Gaëlle Hautecœur (site de Rouen) — 02 32 08 91 46\n"
          "et Thibault Lemonnier (site de Caen) — 02 31 30 17 52"),
    ("indent", "La rectrice de la région académique Normandie,\nrectrice de l'académie de Normandie,\nchancelière des universités\n\nà\n\n"
               "Mesdames et Messieurs les proviseurs des lycées\nproposant la préparation au BTS Électrotechnique"),
    ("bold", "Objet : BTS Électrotechnique — session 2028 — calendrier et organisation"),
    ("p", "Référence : arrêté du 17 mars 2020 portant définition et fixant les conditions de délivrance du BTS Électrotechnique."),
    ("p", "Depuis la fusion des anciennes académies de Caen et de Rouen au 1er janvier 2020, les examens du BTS Électrotechnique "
          "sont gérés par un pôle unique implanté sur le site de Rouen ; le site de Caen reste l'interlocuteur des établissements "
          "du Calvados, de la Manche et de l'Orne pour les questions d'inscription. Le calendrier ci-dessous vaut pour l'ensemble "
          "des candidats de l'académie."),
    ("h", "I. Projet (épreuve E5) : sujets, dépôt et conformité"),
    ("p", "Les établissements adressent au pôle de Rouen la liste des sujets de projet validés avant le vendredi 10 mars 2028."),
    ("p", "Les rapports de projet de l'épreuve E5 sont déposés au centre d'épreuve au plus tard le vendredi 21 avril 2028 à 17 h. "
          "La commission de contrôle de conformité des dossiers E5 se réunira le mercredi 3 mai 2028 à 14 h 00."),
    ("p", "Les vacances de printemps (zone B) ont lieu du samedi 8 avril au lundi 24 avril 2028 : les établissements veilleront à "
          "recueillir les rapports avant leur fermeture. Les convocations seront disponibles à partir du vendredi 28 avril 2028."),
    ("h", "II. Épreuves écrites"),
    ("table", [
        ["Date", "Épreuve", "Horaire"],
        ["lundi 15 mai 2028", "E41 — Étude électrotechnique d'un système", "8 h – 12 h"],
        ["mardi 16 mai 2028", "E1 — Culture générale et expression", "14h00 – 18h00"],
        ["mercredi 17 mai 2028", "E3 — Mathématiques (candidats hors CCF)", "14h00 – 16h00"],
        ["jeudi 18 mai 2028", "E42 — Étude de la construction d'un système", "8 h – 12 h"],
    ], [4.2, 8.5, 4.0]),
    ("p", "L'épreuve E4 « Étude d'un projet » regroupe les sous-épreuves E41 et E42. Le jeudi 25 mai 2028 (Ascension) et le lundi "
          "5 juin 2028 (lundi de Pentecôte) sont fériés."),
    ("p", "Centres d'écrit : lycée Jules Dumont d'Urville, 73 rue de Lébisey, Caen ; lycée Marcel Sembat, 128 rue Léon Salva, "
          "Sotteville-lès-Rouen ; lycée de la Porte Océane, 44 rue Émile Zola, Le Havre ; lycée Alexis de Tocqueville, "
          "34 avenue Paul Doumer, Cherbourg-en-Cotentin."),
    ("h", "III. Épreuves orales et pratiques"),
    ("p", "E2 — Langue vivante anglais (oral, candidats hors CCF) : du lundi 22 mai au mercredi 24 mai 2028, aux lycées Marcel Sembat "
          "et Jules Dumont d'Urville.\n"
          "Réunion d'harmonisation des commissions E5 : lundi 29 mai 2028 à 9 h 30, lycée Marcel Sembat, Sotteville-lès-Rouen.\n"
          "E5 — Projet (soutenances) : du mardi 6 juin au vendredi 16 juin 2028, aux lycées Marcel Sembat et Jules Dumont d'Urville."),
    ("p", "L'épreuve E6 « Étude de la performance d'une installation » est évaluée en CCF ; les notes sont saisies avant le "
          "vendredi 9 juin 2028."),
    ("h", "IV. Jury et résultats"),
    ("p", "Le jury se réunira le jeudi 29 juin 2028 à 9 h 00 au rectorat, site de Caen. Les résultats seront publiés le "
          "vendredi 30 juin 2028 à 16 h 00."),
    ("sig", "Pour la rectrice et par délégation,\nle directeur des examens et concours,\n\nOlivier Quesnel-Dubosc"),
]

PIEGES = ["2028-01-31", "2020-03-17", "2020-01-01", "2028-04-08", "2028-04-24", "2028-05-25", "2028-06-05"]
