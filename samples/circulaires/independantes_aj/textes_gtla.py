# -*- coding: utf-8 -*-
"""National note, BTS Gestion des transports et logistique associée, session 2025 (fictive).
Table with one column per candidate category; cells 'CCF', 'sans objet', 'cf. colonne 4', compact ranges."""

EMETTEUR = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
            "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
            "Service de la stratégie des formations – bureau des diplômes de BTS"]
LIEU_DATE = "Paris, le 20 novembre 2024"
DESTINATAIRES = ("à Mesdames et Messieurs les recteurs et rectrices d'académie – Divisions des examens et concours "
                 "(pour attribution) ; à Monsieur le directeur général du CNED (pour information)")
OBJET = ("Objet : BTS Gestion des transports et logistique associée (GTLA) – session 2025 – calendrier national "
         "et dates limites par catégorie de candidats")
REFS = ("Références : arrêté du 16 avril 2018 portant définition du BTS GTLA ; note de service du 10 octobre 2024 "
        "relative au calendrier des BTS.")
INTRO = ("La présente note fixe le calendrier national de la session 2025. Les sujets des épreuves écrites sont "
         "élaborés par l'académie de Rouen, académie pilote ; chaque académie désigne ses centres d'épreuves et en "
         "informe les candidats par la convocation. Les horaires sont exprimés en heure de Paris ; les académies "
         "d'outre-mer publient leurs horaires locaux.")

T_ECRITS = "1. Épreuves écrites nationales (toutes catégories de candidats)"
ECRITS_ENTETE = ["Date", "Horaire (heure de Paris)", "Épreuve"]
ECRITS = [
    ("lundi 12 mai 2025", "14 h – 18 h", "E1 – Culture générale et expression"),
    ("mardi 13 mai 2025", "10 h – 12 h", "E2 – Langue vivante étrangère A : anglais (écrit)"),
    ("mardi 13 mai 2025", "14 h – 18 h", "E4 – Culture économique, juridique et managériale"),
    ("mercredi 14 mai 2025", "9 h – 13 h",
     "E5 – Mise en œuvre d'opérations de transport et de prestations logistiques"),
    ("jeudi 15 mai 2025", "13 h – 17 h",
     "E6 – Conception d'opérations de transport et de prestations logistiques"),
]
ECRITS_NOTE = ("Pour mémoire : jeudi 29 mai 2025 (Ascension) et lundi 9 juin 2025 (lundi de Pentecôte) sont "
               "fériés.")

T_CAT = "2. Épreuves E3 et E7 : dates limites selon la catégorie de candidats"
CAT_INTRO = ("Les colonnes correspondent aux catégories de candidats telles qu'elles figurent sur la confirmation "
             "d'inscription. « cf. colonne 4 » : le candidat suit les dates de la colonne 4. Les académies "
             "peuvent avancer ces dates, jamais les reporter.")
CAT_ENTETE = ["Étape", "1. Scolaires", "2. Apprentis (CFA habilités)",
              "3. Formation continue (établissements habilités)",
              "4. Formation continue (non habilités) et candidats individuels", "5. CNED"]
CAT = [
    ("E3 – Langue vivante étrangère B (oral)", "CCF", "CCF", "CCF", "ponctuel : du 19 au 23/05/2025",
     "cf. colonne 4"),
    ("E7 – Pérennisation et développement de l'activité : dépôt du dossier", "sans objet", "sans objet",
     "sans objet", "au plus tard le 04/04/2025", "au plus tard le 28/03/2025 (envoi à l'académie de rattachement)"),
    ("E7 – oral", "CCF", "CCF", "CCF", "ponctuel : du 02 au 06/06/2025", "cf. colonne 4"),
    ("Transmission à l'académie des notes de CCF (E3, E7)", "23/05/2025", "23/05/2025", "28/05/2025",
     "sans objet", "sans objet"),
]

T_JALONS = "3. Délibérations et résultats"
JALONS = ("Les jurys se réunissent au plus tard le vendredi 4 juillet 2025 ; les résultats sont publiés à partir "
          "du lundi 7 juillet 2025.")
T_REMPL = "4. Session de remplacement"
REMPL = ("Les candidats autorisés par le recteur à se présenter à la session de remplacement composent du mardi 9 "
         "au vendredi 12 septembre 2025 ; l'académie pilote diffusera les horaires en juillet.")
SIGNATURE = ["Pour la ministre et par délégation,", "la sous-directrice des formations,", "Hélène Castagnier"]
