"""Textes de la circulaire fictive : BTS Support à l'action managériale (SAM), académie de Paris, session 2027."""

STEM = "circulaire_sam_2027_paris"

EN_TETE = ["ACADÉMIE DE PARIS", "Liberté", "Égalité", "Fraternité"]
PIED = "Rectorat de Paris – Division des examens et concours – 12 boulevard d'Indochine – 75019 Paris"

EXPEDITEUR = [
    "Division des examens et concours",
    "Bureau DEC 5 – Brevets de technicien supérieur",
    "Affaire suivie par : Mme Hélène Marchais",
    "Tél. : 01 44 62 41 87",
    "Mél : ce.dec5@ac-paris.fr",
]
LIEU_DATE = "Paris, le 18 janvier 2027"

SIGNATAIRE = [
    "Le recteur de la région académique Île-de-France,",
    "recteur de l'académie de Paris,",
    "chancelier des universités de Paris",
]
DESTINATAIRES = [
    "à",
    "Mesdames et Messieurs les chefs d'établissement",
    "publics et privés sous contrat préparant au BTS SAM",
    "Mesdames et Messieurs les directeurs de CFA",
]

OBJET = ("Brevet de technicien supérieur Support à l'action managériale (SAM) – "
         "session 2027 – organisation des épreuves")
REFERENCES = [
    "arrêté du 21 avril 2018 portant définition et fixant les conditions de délivrance du BTS « Support à "
    "l'action managériale » ;",
    "note de service nationale d'organisation de la session 2027 du 7 décembre 2026.",
]
PJ = "Annexe 1 – Calendrier des épreuves écrites ; Annexe 2 – Accusé de réception."

INTRO = ("J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2027 du brevet de "
         "technicien supérieur Support à l'action managériale pour les candidats inscrits dans l'académie de "
         "Paris. Je vous remercie d'en assurer la plus large diffusion auprès des équipes pédagogiques et des "
         "candidats.")

T1 = "I. CONVOCATIONS ET CENTRES D'ÉPREUVES"
P1 = ("Les convocations seront mises à disposition des établissements dans l'application Cyclades. Les candidats "
      "sont répartis dans les centres suivants :")
CENTRES_ENTETE = ["Centre d'épreuves", "Épreuves organisées", "Candidats affectés"]
CENTRES = [
    (["Lycée Élisa Lemonnier", "20 avenue Armand Rousseau", "75012 Paris"],
     "Écrits : E1, E21, E3, E6\nOraux : E22", "Établissements des 11e, 12e, 13e et 20e arrondissements"),
    (["Lycée Jules Siegfried", "12 rue d'Abbeville", "75010 Paris"],
     "Écrits : E1, E21, E3, E6\nOraux : E5", "Établissements des 9e, 10e, 17e, 18e et 19e arrondissements"),
    (["Lycée Carcado-Saisseval", "121 boulevard Raspail", "75006 Paris"],
     "Écrits : E1, E21, E3, E6", "Autres établissements, candidats individuels et CNED"),
    (["Maison des examens (SIEC)", "7 rue Ernest Renan", "94110 Arcueil"],
     "Oral facultatif : EF1", "Tous les candidats inscrits à l'épreuve facultative EF1"),
]

T2 = "II. ÉPREUVES ÉCRITES"
P2 = ("Les épreuves écrites se déroulent aux dates et heures indiquées dans l'Annexe 1 – Calendrier. Aucune sortie "
      "n'est autorisée avant la fin de la première heure de composition. Les candidats arrivés en retard ne "
      "bénéficient d'aucun temps supplémentaire.")

T3 = "III. ÉPREUVES ORALES ET DOSSIERS"
T3A = "A. Épreuve E22 – Langue vivante B (oral)"
P3A = ("Les interrogations se dérouleront du mardi 18 mai au vendredi 21 mai 2027 au lycée Élisa Lemonnier, "
       "le lundi 17 mai 2027 (lundi de Pentecôte) étant férié.")
T3B = "B. Épreuve E4 – Optimisation des processus administratifs"
P3B = ("Cette épreuve est évaluée exclusivement en contrôle en cours de formation dans les établissements "
       "habilités. Aucune convocation n'est émise par le rectorat.")
T3C = "C. Épreuve E5 – Gestion de projet"
P3C_AVANT = ("Les dossiers des candidats seront déposés au centre d'interrogation, le lycée Jules Siegfried, dans "
             "les conditions précisées en note de bas de page")
NOTE_E5 = ("Date limite impérative : vendredi 2 avril 2027 à 12 h, au secrétariat de la DDFPT du lycée Jules "
           "Siegfried. Aucun dossier ne sera accepté au-delà.")
P3C_APRES = "."
P3C2 = ("Le contrôle de conformité des dossiers sera effectué le jeudi 8 avril 2027 à 14 h par la commission "
        "désignée par le recteur. Les établissements seront informés des éventuelles non-conformités.")
P3C3 = ("Une réunion d'entente des examinateurs se tiendra le lundi 31 mai 2027 à 8 h 30 au lycée Jules "
        "Siegfried. Les interrogations se dérouleront du lundi 31 mai au vendredi 4 juin 2027.")
T3D = "D. Épreuves facultatives"
PUCES_FACULTATIVES = [
    "EF1 – Langue vivante C : oral le mercredi 26 mai 2027 à la Maison des examens d'Arcueil ; l'horaire est "
    "précisé sur la convocation individuelle.",
    "EF2 – Engagement étudiant : l'évaluation est conduite dans l'établissement de formation ; aucune date n'est "
    "fixée par le rectorat.",
]

T4 = "IV. LIVRETS SCOLAIRES"
P4 = ("Les livrets scolaires, complétés et signés, seront transmis au centre d'interrogation au plus tard le "
      "vendredi 21 mai 2027.")

T5 = "V. DÉLIBÉRATIONS ET RÉSULTATS"
P5 = ("Le jury de délibération se réunira le jeudi 1er juillet 2027 à 9 h à la Maison des examens. Les résultats "
      "seront publiés le vendredi 2 juillet 2027 à partir de 14 h sur le site de l'académie.")

P6 = ("Je vous rappelle que les vacances de printemps (zone C) s'étendent du samedi 17 avril au lundi 3 mai 2027 : "
      "aucune convocation n'est émise pendant cette période. Je vous remercie de me retourner l'accusé de "
      "réception figurant en annexe 2.")

SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours", "",
             "Claire Vautrin"]

ANNEXE1_TITRE = "Annexe 1 – Calendrier"
ANNEXE1_SOUS_TITRE = "Épreuves écrites du BTS Support à l'action managériale – session 2027 (heure de Paris)"
CAL_ENTETE_1 = ["Épreuve", "Intitulé", "Date", "Horaires", None, "Durée", "Observations"]
CAL_ENTETE_2 = [None, None, None, "Début", "Fin", None, None]
CALENDRIER = [
    ("E3", "Culture économique, juridique et managériale", "lundi 10 mai 2027", "14 h 00", "18 h 00", "4 h",
     "Sortie autorisée après 1 h"),
    ("E1", "Culture générale et expression", "mardi 11 mai 2027", "14 h 00", "18 h 00", "4 h",
     "Dictionnaire interdit"),
    ("E21", "Langue vivante A – épreuve écrite", "mercredi 12 mai 2027", "10 h 00", "12 h 00", "2 h",
     "Anglais, allemand, espagnol"),
    ("E6", "Collaboration à la gestion des ressources humaines", "mercredi 12 mai 2027", "14 h 00", "18 h 00",
     "4 h", "Calculatrice autorisée\n(mode examen)"),
    ("E4", "Optimisation des processus administratifs", "CCF", "—", "—", "—",
     "Évaluation en établissement – pas de convocation"),
]
ANNEXE1_NOTE = "Les épreuves orales (E22, E5, EF1) sont présentées au III de la présente circulaire."

ANNEXE2_TITRE = "Annexe 2 – Accusé de réception"
ANNEXE2 = [
    "Établissement : ..................................................................",
    "reconnaît avoir reçu la circulaire d'organisation du BTS SAM – session 2027.",
    "Fait à ............................................, le …/…/20…",
    "Signature et cachet du chef d'établissement :",
]
