"""Texte de la circulaire fictive : BTS Comptabilité et gestion, académie de Créteil, session 2027.
Contenu inventé ; les codes d'unités suivent le règlement d'examen du BTS CG."""

STEM = "circulaire_cg_2027_creteil"

ENTETE = ["ACADÉMIE DE CRÉTEIL", "Liberté – Égalité – Fraternité",
          "Division des examens et concours – DEC 4 – Bureau des BTS"]
PIED = "Rectorat de l'académie de Créteil – 4 rue Georges Enesco – 94010 Créteil Cedex – www.ac-creteil.fr"

# (gauche, droite) : mis en page avec une tabulation droite
BLOC_EXPEDITEUR = [
    ("Affaire suivie par : Mme Nadia Kerboul", "Créteil, le 28 janvier 2027"),
    ("Tél. : 01 57 02 61 14", ""),
    ("Mél : ce.dec4@ac-creteil.fr", ""),
    ("Réf. : DEC4/BTS/2027-011", ""),
]

DESTINATAIRES = ("La rectrice de l'académie de Créteil, chancelière des universités,\n"
                 "à\n"
                 "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat,\n"
                 "Mesdames et Messieurs les directeurs des centres de formation d'apprentis")

OBJET = "Objet : brevet de technicien supérieur « Comptabilité et gestion » (CG) – organisation de la session 2027"
REFERENCES = [
    "Arrêté du 9 avril 2015 portant définition et fixant les conditions de délivrance du BTS « comptabilité et gestion » ;",
    "Circulaire nationale d'organisation de la session 2027 du 12 janvier 2027.",
]

INTRO = ("La présente circulaire fixe, pour l'académie de Créteil, le calendrier et les lieux des épreuves du BTS "
         "Comptabilité et gestion. Je vous remercie d'en assurer la plus large diffusion auprès des équipes "
         "pédagogiques et des candidats. Les convocations seront disponibles dans Cyclades trois semaines avant "
         "la première épreuve.")

TITRE_1 = "1. ÉPREUVES ÉCRITES"
# Tableau : une ligne par épreuve ; None dans la colonne date = cellule fusionnée avec celle du dessus
CAL_ENTETE = ["Date", "Unité", "Épreuve", "Début", "Fin", "Durée"]
CAL_LIGNES = [
    ("Mardi 11 mai 2027", "U1", "E1 – Culture générale et expression", "14:00", "18:00", "4 h"),
    ("Mercredi 12 mai 2027", "U32", "E32 – Culture économique, juridique et managériale appliquée", "08:00", "12:00", "4 h"),
    (None, "U31", "E31 – Mathématiques appliquées", "14:00", "16:00", "2 h"),
    ("Jeudi 13 mai 2027", "U4", "E4 – Traitement et contrôle des opérations comptables, fiscales et sociales",
     "13:30", "18:00", "4 h 30"),
    ("Vendredi 14 mai 2027", "U5", "E5 – Situations de contrôle de gestion et d'analyse financière\n"
     "Note : calculatrice autorisée en mode examen", "08:00", "12:00", "4 h"),
]
CAL_TITRE = "Calendrier des épreuves écrites – horaires de métropole"

APRES_CAL = [
    "Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte). "
    "Pour mémoire, les vacances de printemps de la zone C s'étendent du samedi 17 avril au lundi 3 mai 2027.",
    "Les copies sont numérisées dans chaque centre à l'issue de l'épreuve ; l'opération doit être achevée au plus "
    "tard le mardi 18 mai 2027 à 12 h. La correction dématérialisée se déroulera du mercredi 19 mai au "
    "vendredi 4 juin 2027.",
]

TITRE_2 = "2. ÉPREUVES ORALES"
SOUS_2 = [
    ("2.1 Unité U2 – épreuve E2 : langue vivante étrangère 1 (anglais)", [
        "Pour les candidats des établissements habilités au contrôle en cours de formation, l'évaluation est "
        "conduite par l'équipe pédagogique. Les propositions de notes sont à saisir dans Cyclades au plus tard "
        "le vendredi 21 mai 2027.",
        "Les candidats relevant de la forme ponctuelle passeront l'oral du mardi 25 au jeudi 27 mai 2027 au "
        "lycée Paul Éluard de Saint-Denis.",
    ]),
    ("2.2 Unité facultative UF1 – épreuve EF1 : langue vivante étrangère 2", [
        "L'épreuve facultative se tiendra le vendredi 28 mai 2027 à partir de 8 h 30 au lycée Paul Éluard.",
    ]),
]
TITRE_23 = "2.3 Unité U6 – épreuve E6 : parcours de professionnalisation"
PUCES_E6 = [
    "le dossier du candidat (passeport professionnel, tableau synoptique, attestations de stage) est à transmettre "
    "au centre d'interrogation au plus tard le vendredi 2 avril 2027 à 12 h, le cachet de la poste ne faisant pas foi ;",
    "contrôle de conformité : mercredi 14 avril 2027 à 14 h, dans chaque centre d'oral, par la commission désignée ;",
    "réunion d'entente des examinateurs : jeudi 27 mai 2027 à 9 h 30, lycée Marcelin Berthelot (salle du conseil) ;",
    "interrogations : du lundi 31 mai au mercredi 2 juin, du lundi 7 au mercredi 9 juin et du lundi 14 au mardi "
    "15 juin 2027, aux lycées Paul Éluard (Saint-Denis) et Marcelin Berthelot (Saint-Maur-des-Fossés).",
]
APRES_E6 = ("Un dossier non conforme entraîne l'attribution de la mention « non valide » ; le candidat en est "
            "informé par le centre avant la date de son interrogation.")

TITRE_3 = "3. CENTRES D'ÉPREUVES"
CENTRES_ENTETE = ["Département", "Centre", "Adresse", "Code postal et ville", "Épreuves"]
CENTRES = [
    ("Seine-et-Marne (77)", "Lycée Léonard de Vinci", "2 bis rue Édouard Branly\nBP 57", "77011 MELUN CEDEX",
     "écrits"),
    (None, "Lycée Henri Moissan", "20 cours de Verdun", "77100 MEAUX", "écrits"),
    ("Seine-Saint-Denis (93)", "Lycée Paul Éluard", "15-17 avenue Jean Moulin", "93206 SAINT-DENIS CEDEX",
     "écrits, E2, EF1, E6"),
    (None, "Lycée Voillaume", "136 rue de Mitry\nBP 36", "93604 AULNAY-SOUS-BOIS CEDEX", "écrits"),
    ("Val-de-Marne (94)", "Lycée Marcelin Berthelot", "6 boulevard Maurice Berteaux", "94100 SAINT-MAUR-DES-FOSSÉS",
     "écrits, E6"),
]
TITRE_FORMATION = "Établissements de formation (pour information – ils ne sont pas centres d'épreuves)"
FORMATION = [
    "Lycée Jean Jaurès – Montreuil",
    "Lycée René Cassin – Noisy-le-Grand",
    "Institut Supcompta – Champs-sur-Marne",
    "CFA Compta 94 – Vitry-sur-Seine",
]
APRES_FORMATION = "Les candidats de ces établissements sont affectés dans les centres ci-dessus par leur convocation."

TITRE_4 = "4. DÉLIBÉRATION ET RÉSULTATS"
DELIB = [
    "Le jury de délibération se réunira le mardi 29 juin 2027 à 14 h au rectorat de Créteil, 4 rue Georges "
    "Enesco, 94010 Créteil Cedex.",
    "Les résultats seront publiés le vendredi 2 juillet 2027 à partir de 10 h sur le site de l'académie. Aucun "
    "résultat n'est communiqué par téléphone.",
]

SIGNATURE = ["Pour la rectrice et par délégation,", "La cheffe de la division des examens et concours,",
             "Sophie Marchand-Leroy"]

ANNEXE_TITRE = "ANNEXE – Récépissé de remise du dossier E6"
ANNEXE = [
    "Nom et prénom du candidat : ………………………………………………",
    "Numéro de candidat : ………………………",
    "Dossier reçu le …/…/20… à …… h ……",
    "Cachet et signature du chef de centre :",
]
