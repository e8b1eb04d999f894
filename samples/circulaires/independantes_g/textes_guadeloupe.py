"""Texte de la circulaire fictive : BTS NDRC, académie de la Guadeloupe, session 2028.
Horaires applicables : heure de Guadeloupe (UTC-4) ; l'heure de Paris est donnée pour information."""

STEM = "circulaire_ndrc_2028_guadeloupe"

ENTETE = ["ACADÉMIE DE LA GUADELOUPE", "Division des examens et concours (DEC) – Pôle BTS"]
PIED = "Rectorat de la Guadeloupe – Parc d'activités La Providence – ZAC de Dothémare – 97139 Les Abymes"

LIEU_DATE = "Les Abymes, le 18 janvier 2028"
EXPEDITEUR = ["Le recteur de la région académique Guadeloupe,", "chancelier des universités,"]
DESTINATAIRES = ["à", "Mesdames et Messieurs les proviseurs,", "Mesdames et Messieurs les directeurs de CFA,",
                 "Mesdames et Messieurs les chefs de centre d'examen"]
OBJET = ("Objet : BTS Négociation et digitalisation de la relation client (NDRC) – session 2028 – "
         "organisation des épreuves")
REFS = ["Arrêté du 17 avril 2018 portant définition et fixant les conditions de délivrance du BTS NDRC",
        "Circulaire nationale d'organisation du 8 décembre 2027"]

INTRO = [
    "La présente circulaire précise, pour l'académie de la Guadeloupe, les modalités d'organisation de la session "
    "2028. Les horaires de la colonne « Heure de Guadeloupe » sont seuls applicables dans les centres de "
    "l'académie ; la colonne « Heure de Paris » n'est donnée qu'à titre d'information.",
    "L'épreuve E5 – Relation client à distance et digitalisation comporte deux parties : une partie écrite "
    "(E5-A) et une partie pratique (E5 B).",
]

TITRE_1 = "1. ÉPREUVES ÉCRITES"
# en-tête sur deux lignes (cellules fusionnées)
CAL_ENTETE_1 = ["Date", "Épreuve", "Intitulé", "Durée", "Heure de Paris", None, "Heure de Guadeloupe", None]
CAL_ENTETE_2 = [None, None, None, None, "début", "fin", "début", "fin"]
CAL_LIGNES = [
    ("lundi 15 mai 2028", "E1", "Culture générale et expression", "4 h", "14:00", "18:00", "08:00", "12:00"),
    ("mardi 16 mai 2028", "E3", "Culture économique, juridique et managériale", "4 h", "14:00", "18:00",
     "08:00", "12:00"),
    ("mercredi 17 mai 2028", "E5 – A", "Relation client à distance et digitalisation – partie écrite\n"
     "(sujet spécifique Antilles-Guyane, voir note 1)", "3 h", "09:00", "12:00", "13:30 (1)", "16:30"),
    ("voir § 2", "E5 B", "Relation client à distance et digitalisation – partie pratique", "40 min",
     "—", "—", "—", "—"),
]
NOTES_CAL = [
    "(1) Sujet spécifique Antilles-Guyane : la partie écrite de l'épreuve E5 se déroule l'après-midi, à l'heure "
    "locale, et non simultanément avec la métropole.",
    "(2) Jours fériés : jeudi 25 mai 2028 (Ascension), samedi 27 mai 2028 (commémoration de l'abolition de "
    "l'esclavage), lundi 5 juin 2028 (lundi de Pentecôte).",
]

TITRE_2 = "2. ÉPREUVES ORALES ET PRATIQUES"
PARAS_2 = [
    ("E5 B – partie pratique", "du lundi 29 mai au jeudi 1er juin 2028, au lycée de Baimbridge et au lycée "
     "Gerville-Réache ; chaque candidat reçoit une convocation individuelle."),
    ("E4 – Relation client et négociation-vente et E6 – Relation client et animation de réseaux",
     "pour les candidats relevant de la forme ponctuelle, interrogations du mardi 6 au vendredi 9 juin 2028. "
     "Les fiches et dossiers support de ces deux épreuves doivent parvenir au centre d'interrogation au plus "
     "tard le vendredi 31 mars 2028 à 12 h (heure de Guadeloupe). La commission de contrôle de conformité se "
     "réunira le mercredi 5 avril 2028 à 8 h 30 au lycée de Baimbridge. Réunion d'entente des examinateurs E4 "
     "et E6 : lundi 29 mai 2028 de 14 h à 16 h 30, lycée de Baimbridge."),
    ("E2 – Communication en langue vivante étrangère",
     "épreuve évaluée uniquement en contrôle en cours de formation ; les notes sont à saisir au plus tard le "
     "vendredi 26 mai 2028."),
    ("EF1 – Langue vivante facultative", "lundi 12 juin 2028 à partir de 8 h, lycée Gerville-Réache."),
]
RAPPEL_VACANCES = ("Pour mémoire, vacances de Carnaval du samedi 26 février au mercredi 1er mars 2028 et vacances "
                   "de Pâques du samedi 8 au dimanche 23 avril 2028.")

TITRE_3 = "3. CENTRES D'ÉPREUVES"
CENTRES_ENTETE = ["Centre", "Adresse", "Ville", "Épreuves"]
CENTRES = [
    ("Lycée polyvalent de Baimbridge", "Boulevard des Héros\nBP 417", "97139 LES ABYMES",
     "écrits, E5 B, E4, E6"),
    ("Lycée Gerville-Réache", "1 rue Amédée Fengarol", "97100 BASSE-TERRE", "écrits, E5 B, E4, E6, EF1"),
    ("Lycée polyvalent Charles Coeffin", "Trioncelle\nBP 89", "97122 BAIE-MAHAULT", "écrits"),
    ("Lycée Hyacinthe Bastaraud", "Route de Capesterre\n(Marie-Galante)", "97112 GRAND-BOURG", "écrits"),
]
FORMATION = ("Établissements de formation (ne sont pas centres d'épreuves) : lycée Faustin Fléret (Morne-à-l'Eau), "
             "lycée Louis Delgrès (Le Moule), CFA de la CCI Îles de Guadeloupe (Pointe-à-Pitre).")

TITRE_4 = "4. JURY ET RÉSULTATS"
PARAS_4 = [
    "Le jury de délibération se réunira le vendredi 30 juin 2028 à 8 h 30 au rectorat, Parc d'activités "
    "La Providence, ZAC de Dothémare, 97139 Les Abymes.",
    "Les résultats seront publiés le lundi 3 juillet 2028 à 15 h (heure de Guadeloupe), soit 21 h à Paris.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,",
             "Marie-Line Zénon"]
ANNEXE = ["ACCUSÉ DE RÉCEPTION DES DOSSIERS E4 / E6",
          "Établissement : ………………………………  Nombre de dossiers : ……",
          "Reçu le …/…/20… à …… h ……, par : ………………………"]
