"""Texte de la circulaire fictive : BTS Gestion des transports et logistique associées (GTLA),
académie d'Aix-Marseille, session 2026."""

STEM = "circulaire_gtla_2026_aix-marseille"

ENTETE_GAUCHE = "Rectorat de l'académie d'Aix-Marseille – DIEC"
ENTETE_DROITE = "BTS GTLA – session 2026"
PIED = "Rectorat d'Aix-Marseille – Place Lucien Paye – 13621 Aix-en-Provence Cedex 1"

LETTERHEAD = [
    "**RÉGION ACADÉMIQUE PROVENCE-ALPES-CÔTE D'AZUR**",
    "ACADÉMIE D'AIX-MARSEILLE",
    "Division des examens et concours (DIEC)",
    "DIEC 3.02 – Brevets de technicien supérieur",
]
LIEU_DATE = "Aix-en-Provence, le 26 janvier 2026"

# Bloc sur deux colonnes (section Word à 2 colonnes)
COL_GAUCHE = [
    "**Affaire suivie par**",
    "Sylvie Ferracci",
    "Tél. : 04 42 91 72 15",
    "Mél : diec-bts@ac-aix-marseille.fr",
    "",
    "**Références**",
    "Arrêté du 13 juillet 2018 portant définition du BTS GTLA",
    "Circulaire nationale d'organisation du 2 décembre 2025",
]
COL_DROITE = [
    "**Destinataires**",
    "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat",
    "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation continue",
    "Mesdames et Messieurs les IA-IPR d'économie-gestion",
]
OBJET = ("**Objet :** circulaire d'organisation du BTS Gestion des transports et logistique associées (GTLA) – "
         "session 2026")
INTRO = ("J'ai l'honneur de vous communiquer les instructions relatives à l'organisation de la session 2026 du "
         "BTS GTLA dans l'académie d'Aix-Marseille. Elles complètent la circulaire nationale citée en référence.")

EPREUVES_TITRE = "ÉPREUVES ET UNITÉS"
T_EPREUVES_ENTETE = ["Épreuve", "Unité", "Intitulé", "Forme ponctuelle"]
T_EPREUVES = [
    ["E1", "U1", "Culture générale et expression", "écrite – 4 h"],
    ["E2", "—", "Communication en langues vivantes étrangères", ""],
    ["E21", "U21", "Langue vivante étrangère A : anglais", "écrite 2 h + orale"],
    ["E22", "U22", "Langue vivante étrangère B", "orale"],
    ["E3", "U3", "Culture économique, juridique et managériale", "écrite – 4 h"],
    ["E4", "U4", "Mise en œuvre d'opérations de transport et de prestations logistiques", "écrite – 4 h"],
    ["E5", "U5", "Conception d'opérations de transport et de prestations logistiques", "écrite – 4 h"],
    ["E6", "U6", "Analyse de la performance d'une activité de transport et de prestations logistiques", "orale"],
    ["E7", "U7", "Pérennisation et développement de l'activité de transport et de prestations logistiques", "orale"],
    ["EF1", "UF1", "Langue vivante étrangère C (facultative)", "orale"],
]

ECRITS_TITRE = "CALENDRIER DES ÉPREUVES ÉCRITES – SESSION 2026"
T_ECRITS_ENTETE = ["Date", "Épreuve", "Horaire", "Durée"]
T_ECRITS = [
    ["Lundi 11 mai", "E3 – Culture économique, juridique et managériale", "14 heures – 18 heures", "4 h"],
    ["Mardi 12 mai", "E1 – Culture générale et expression", "de 14 h à 18 h", "4 h"],
    ["Mercredi 13 mai", "E21 – Anglais (partie écrite)", "10 h 00 – 12 h 00", "2 h"],
    [None, "E4 – Mise en œuvre d'opérations de transport et de prestations logistiques",
     "13 h 30 à 17 h 30", "4 h"],
    ["Lundi 18 mai", "E5 – Conception d'opérations de transport et de prestations logistiques",
     "8 h 30 – 12 h 30", "4 h"],
]
T_ECRITS_NOTE = ("Jeudi 14 mai (Ascension) et vendredi 15 mai : aucune épreuve. "
                 "Les candidats doivent être présents 30 minutes avant le début de chaque épreuve.")

ORAUX_TITRE = "ÉPREUVES ORALES"
ORAUX = [
    "Langues vivantes – partie orale de l'E21 et sous-épreuve E 22 : du mardi 26 au vendredi 29 mai 2026, "
    "dans les centres d'épreuves.",
    "EF1 – Langue vivante étrangère C (facultative) : mercredi 27 mai 2026, 9 h, lycée Marseilleveyre.",
    "Épreuves E6 et E7 (candidats relevant de la forme ponctuelle) : les interrogations auront lieu du lundi 1er "
    "au mercredi 3 juin, du lundi 8 au jeudi 11 juin et du lundi 15 au mardi 16 juin 2026.",
    "Les candidats scolaires et apprentis des établissements habilités sont évalués en CCF pour l'E6 et ne "
    "reçoivent pas de convocation pour cette épreuve.",
]

DOSSIERS_TITRE = "DOSSIERS E6 ET CONTRÔLE DE CONFORMITÉ"
DOSSIERS = [
    "Dépôt des dossiers E6 au centre d'épreuves : **vendredi 10 avril 2026, 16 h dernier délai**. "
    "Aucun dossier ne sera accepté après cette date.",
    "Contrôle de conformité des dossiers E6 : mardi 14 avril 2026 à 9 h, lycée Marseilleveyre.",
    "Pour mémoire, les vacances de printemps (zone B) s'étendent du samedi 18 avril au dimanche 3 mai 2026.",
]

REUNIONS_TITRE = "CORRECTIONS ET RÉUNIONS"
REUNIONS = [
    "Réunion d'entente des correcteurs de l'E5 : jeudi 21 mai 2026 à 14 h 00, lycée Marseilleveyre. "
    "Les correcteurs de l'E3, de l'E1 et de l'E4 reçoivent leurs instructions par la plateforme de "
    "correction dématérialisée.",
]

CENTRES_TITRE = "CENTRES D'ÉPREUVES ET RÉPARTITION DES CANDIDATS"
T_CENTRES_ENTETE = ["Centre d'épreuves", "Ville", "Scolaires", "Apprentis", "Formation continue", "Individuels", "Total"]
T_CENTRES = [
    ["Lycée Marseilleveyre\n83 traverse Prat\nCS 20031\n13272 MARSEILLE CEDEX 08", "Marseille", "46", "21", "6", "9", "82"],
    ["Lycée Pierre Mendès France\nAvenue Yitzhak Rabin\nBP 20017\n13741 VITROLLES CEDEX", "Vitrolles", "31", "28", "4", "3", "66"],
    ["Lycée René Char\n2 rue Pierre Brossolette\n84000 AVIGNON", "Avignon", "24", "8", "0", "2", "34"],
    ["Lycée Les Iscles\n116 boulevard Régis Ryckebush\nBP 89\n04100 MANOSQUE", "Manosque", "17", "0", "0", "1", "18"],
]

ETAB_INTRO = ("Établissements de formation et centre d'épreuves de rattachement. Les établissements ci-dessous ne "
              "sont pas centres d'épreuves (sauf lorsqu'ils figurent aussi au tableau précédent).")
T_ETAB_ENTETE = ["Établissement de formation", "Ville", "Statut", "Centre de rattachement", "Effectif"]
T_ETAB = [
    ["Lycée Marseilleveyre", "Marseille", "public", "Lycée Marseilleveyre", "46"],
    ["Lycée Saint-Exupéry", "Marseille", "public", "Lycée Marseilleveyre", "0 (1re année)"],
    ["AFTRAL – CFA transport et logistique", "Marseille", "apprentissage", "Lycée Marseilleveyre", "21"],
    ["GRETA Marseille Méditerranée", "Marseille", "formation continue", "Lycée Marseilleveyre", "6"],
    ["Lycée Pierre Mendès France", "Vitrolles", "public", "Lycée Pierre Mendès France", "31"],
    ["Promotrans – CFA", "Vitrolles", "apprentissage", "Lycée Pierre Mendès France", "19"],
    ["CFA Epure Méditerranée", "Marseille", "apprentissage", "Lycée Pierre Mendès France", "9"],
    ["GRETA Provence", "Aix-en-Provence", "formation continue", "Lycée Pierre Mendès France", "4"],
    ["Lycée René Char", "Avignon", "public", "Lycée René Char", "24"],
    ["CFA régional d'Avignon", "Avignon", "apprentissage", "Lycée René Char", "8"],
    ["Lycée privé Saint-Jean-Baptiste de La Salle", "Avignon", "privé sous contrat", "Lycée René Char", "0 (1re année)"],
    ["Lycée Les Iscles", "Manosque", "public", "Lycée Les Iscles", "17"],
    ["Candidats individuels (inscription libre)", "—", "individuel", "selon domicile", "15"],
]

FIN_TITRE = "LIVRETS SCOLAIRES, JURY ET RÉSULTATS"
FIN = [
    "Les livrets scolaires et de formation sont à faire parvenir au lycée Marseilleveyre pour le 05-06-2026 "
    "au plus tard, accompagnés d'une liste nominative.",
    "Le jury de délibération se réunira le jeudi 2 juillet 2026 à 9 h 30 au rectorat, place Lucien Paye, "
    "Aix-en-Provence.",
    "Publication des résultats : vendredi 3 juillet 2026 à partir de 16 heures.",
]
SIGNATURE = [
    "Pour le recteur et par délégation,",
    "Le chef de la division des examens et concours",
    "",
    "Jean-Philippe Orsoni",
]
