"""Note nationale d'organisation (fictive) : BTS Conception et industrialisation en microtechniques,
session 2028. Groupements inter-académiques, tableau de calendrier réparti sur deux pages avec en-tête
répété, dates au format « lun. 15-05-2028 », heures « 13:00 », encart sur une autre spécialité."""

ENTETE = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "Liberté – Égalité – Fraternité",
          "Direction générale de l'enseignement scolaire",
          "Bureau des examens de l'enseignement supérieur – section BTS industriels"]
LIEU_DATE = "Paris, le 1er février 2028"
TITRE = "NOTE NATIONALE D'ORGANISATION"
SOUS_TITRE = "BTS Conception et industrialisation en microtechniques (CIM) – Session 2028"
DEST = ("à Mesdames et Messieurs les recteurs et rectrices d'académie – Divisions des examens et concours ; "
        "Monsieur le vice-recteur de la Polynésie française (pour information)")
REF = ("Référence : arrêté du 3 mars 2021 portant définition et fixant les conditions de délivrance du BTS "
       "CIM ; note de service du 14 octobre 2027 relative au calendrier général des BTS.")
INTRO = ("La présente note fixe, pour l'ensemble du territoire, le calendrier des épreuves ponctuelles du BTS "
         "CIM. Les heures sont données en heure de Paris ; les services académiques ultramarins communiquent "
         "les horaires locaux à leurs centres.")

T_GRP = "1. Groupements inter-académiques"
GRP_TXT = ("Les épreuves orales E5 – B et E6.2 sont organisées par groupement. L'académie pilote de chaque "
           "groupement désigne le centre d'interrogation et reçoit les dossiers.")
GRP_ENTETE = ["Groupement", "Académie pilote", "Académies rattachées", "Centre des oraux"]
GRP = [
    ("Est", "Besançon", "Dijon, Nancy-Metz, Reims, Strasbourg",
     "Lycée des Horlogers\n2 rue du Balancier\n25000 Besançon"),
    ("Ouest", "Nantes", "Rennes, Normandie, Orléans-Tours, Poitiers",
     "Lycée Le Cadran\n4 allée des Micromécanismes\nBP 70221\n49002 Angers CEDEX 01"),
    ("Sud-Est", "Grenoble", "Lyon, Clermont-Ferrand, Aix-Marseille, Nice, Montpellier",
     "Lycée du Mont-Aiguille\n9 chemin des Alpins\n38000 Grenoble"),
]

T_EPR = "2. Liste des épreuves"
EPREUVES = [
    "E1 – Culture générale et expression",
    "E2 – Langue vivante étrangère : anglais",
    "E3 – Mathématiques et physique-chimie : E31 Mathématiques, E32 Physique-chimie",
    "E4 – Conception préliminaire d'un système microtechnique",
    "E5 – Conception détaillée et industrialisation : E5 A Conception détaillée (écrite), "
    "E5 – B Industrialisation (orale)",
    "E6 – Réalisation et projet : E6.1 (1ère partie) Réalisation et suivi de production, en CCF ; "
    "E6.2 (2e partie) Projet industriel, orale",
    "EF1 – Langue vivante étrangère facultative",
]

T_CAL = "3. Calendrier"
CAL_ENTETE = ["Date", "Épreuve", "Intitulé", "Début", "Fin", "Durée"]
CAL = [
    ("lun. 15-05-2028", "E4", "Conception préliminaire d'un système microtechnique", "13:00", "17:00", "4 h"),
    ("mar. 16-05-2028", "E1", "Culture générale et expression", "14:00", "18:00", "4 h"),
    ("mer. 17-05-2028", "E2", "Langue vivante étrangère : anglais", "10:00", "12:00", "2 h"),
    ("mer. 17-05-2028", "E31", "Mathématiques", "14:00", "16:00", "2 h"),
    ("jeu. 18-05-2028", "E32", "Physique-chimie", "14:00", "16:00", "2 h"),
    ("ven. 19-05-2028", "E5 A", "Conception détaillée", "08:00", "12:00", "4 h"),
    ("du 29-05-2028\nau 02-06-2028", "E5 – B", "Industrialisation (orale), dans le centre du groupement",
     "convocation", "", "1 h"),
    ("du 06-06-2028\nau 09-06-2028\net du 12-06-2028\nau 14-06-2028", "E6.2",
     "Projet industriel (orale), 2e partie de E6", "convocation", "", "1 h"),
    ("–", "E6.1", "1ère partie de E6 : réalisation et suivi de production", "CCF", "", "–"),
    ("–", "EF1", "Langue vivante facultative : organisée par chaque académie", "", "", "20 min"),
]
CAL_NOTE = "Jours fériés : jeudi 25 mai 2028 (Ascension) et lundi 5 juin 2028 (lundi de Pentecôte)."

T_DOS = "4. Dossiers et contrôle de conformité"
DOSSIERS = [
    "Les rapports de projet E6.2 sont transmis à l'académie pilote du groupement au plus tard le ven. "
    "28-04-2028 à 12:00.",
    "Le contrôle de conformité des rapports E6.2 a lieu le jeu. 11-05-2028 à 14:00 dans chaque académie pilote.",
]
T_APRES = "5. Harmonisation, notes, jurys et résultats"
APRES = [
    "Réunion nationale d'harmonisation des correcteurs E4 et E5 A : lun. 22-05-2028 à 10:00 (visioconférence).",
    "Saisie et transmission des notes dans l'application nationale : au plus tard le ven. 16-06-2028.",
    "Les jurys se réunissent dans chaque académie pilote entre le jeu. 22-06-2028 et le mar. 27-06-2028.",
    "Publication des résultats : ven. 30-06-2028 à partir de 10:00.",
]
T_INFO = "6. Pour information – BTS Conception des processus de réalisation de produits (CPRP)"
INFO = ("Les épreuves E31 et E32 sont communes au BTS CPRP et se déroulent aux mêmes dates et heures. Les oraux "
        "propres au BTS CPRP, qui font l'objet d'une note distincte, auront lieu du 12-06-2028 au 16-06-2028 ; "
        "ils ne concernent pas les candidats au BTS CIM.")
SIGNATURE = ["Pour le ministre et par délégation,", "Le chef du bureau des examens de l'enseignement supérieur",
             "Thierry Vauchez"]
ANNEXE = "Annexe – bordereau d'envoi des rapports E6.2 : académie d'origine ………… date d'envoi : …/…/20… nombre de rapports : ……"
