"""Textes de la circulaire BTS GTLA, académie de Bordeaux, session 2026 (fictive)."""

EN_TETE = ["ACADÉMIE DE BORDEAUX", "Rectorat – Division des examens et concours", "Bureau DEC 3 – Brevets de technicien supérieur"]
PIED = "DEC 3 – 5 rue Joseph de Carayon-Latour – CS 81499 – 33060 Bordeaux Cedex"
LIEU_DATE = "Bordeaux, le 19 janvier 2026"
DESTINATAIRES = ("Le recteur de la région académique Nouvelle-Aquitaine, recteur de l'académie de Bordeaux\n"
                 "à\nMesdames et Messieurs les proviseurs des lycées et directeurs des CFA\n"
                 "s/c de Mesdames et Messieurs les IA-IPR et IEN-ET d'économie-gestion")
OBJET = ("Objet : organisation du BTS Gestion des transports et logistique associée (GTLA) – session 2026")
REFERENCES = [
    "Code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "Arrêté du 23 mars 2018 portant définition et fixant les conditions de délivrance du BTS GTLA ;",
    "Note de service relative au calendrier national des épreuves écrites des BTS, session 2026.",
]
INTRO = ("La présente circulaire précise, sous forme de fiches, les conditions de déroulement de chaque épreuve "
         "de l'examen cité en objet. Je vous remercie d'en assurer la diffusion auprès des équipes pédagogiques, "
         "des candidats et des personnels chargés de l'organisation.")
AVERTISSEMENT = [
    "Aucune épreuve ne se déroulera le jeudi 14 mai 2026 (Ascension) ni le vendredi 15 mai 2026 (pont).",
    "Les vacances de printemps de la zone A s'étendent du samedi 4 avril au lundi 20 avril 2026.",
    "Les convocations seront mises en ligne à partir du mardi 21 avril 2026 sur l'application Cyclades.",
]
ADR_EIFFEL = ["Lycée Gustave Eiffel", "143 cours de la Marne", "CS 71020", "33074 BORDEAUX CEDEX"]
ADR_DUPERIER = ["Lycée Jean Dupérier", "12 avenue du Loup – BP 9018", "64050 PAU CEDEX 9"]

# Une fiche par épreuve : (titre, [(rubrique, valeur)])  valeur : str ou liste de lignes
FICHES = [
    ("E1 – Culture générale et expression (U1)", [
        ("Forme", "Écrite – ponctuelle"),
        ("Date", "Lundi 11 mai 2026"),
        ("Horaire", "14 h 00 – 18 h 00 (durée 4 h)"),
        ("Lieu", ["Candidats de Gironde, Dordogne et Lot-et-Garonne :"] + ADR_EIFFEL +
                 ["Candidats des Landes et des Pyrénées-Atlantiques :"] + ADR_DUPERIER),
        ("Documents à rendre", "Néant"),
    ]),
    ("E21 – Langue vivante étrangère A : anglais (U21)", [
        ("Forme", "Écrite – ponctuelle"),
        ("Date", "Mardi 12 mai 2026"),
        ("Horaire", "10 h 00 – 12 h 00 (durée 2 h)"),
        ("Lieu", "Mêmes centres que l'épreuve E1"),
        ("Documents à rendre", "Néant"),
    ]),
    ("E22 – Langue vivante étrangère B (U22)", [
        ("Forme", "Contrôle en cours de formation uniquement"),
        ("Date", "Sans objet – évaluation organisée par l'établissement de formation"),
        ("Horaire", "—"),
        ("Lieu", "Établissement de formation"),
        ("Documents à rendre", "Grilles d'évaluation à saisir dans Cyclades par l'établissement"),
    ]),
    ("E3 – Culture économique, juridique et managériale (U3)", [
        ("Forme", "Écrite – ponctuelle"),
        ("Date", "Mardi 12 mai 2026"),
        ("Horaire", "14 h 00 – 18 h 00 (durée 4 h)"),
        ("Lieu", "Mêmes centres que l'épreuve E1"),
        ("Documents à rendre", "Néant"),
    ]),
    ("E4 – Mise en œuvre d'opérations de transport et de prestations logistiques (U4)", [
        ("Forme", "Écrite – ponctuelle"),
        ("Date", "Mercredi 13 mai 2026"),
        ("Horaire", "de 8 h à 12 h (durée 4 h)"),
        ("Lieu", "Mêmes centres que l'épreuve E1"),
        ("Documents à rendre", "Néant – calculatrice autorisée en mode examen"),
    ]),
    ("E5 – Conception d'opérations de transport et de prestations logistiques (U5)", [
        ("Forme", "Écrite – ponctuelle"),
        ("Date", "Lundi 18 mai 2026"),
        ("Horaire", "13 h 30 – 17 h 30 (durée 4 h)"),
        ("Lieu", "Mêmes centres que l'épreuve E1"),
        ("Documents à rendre", "Néant"),
    ]),
    ("E6 – Pérennisation et développement de l'activité de l'entreprise de transport et de prestations logistiques (U6)", [
        ("Forme", "Orale – ponctuelle (candidats de toutes catégories)"),
        ("Date", "Du lundi 1er au vendredi 5 juin 2026"),
        ("Horaire", "Selon convocation individuelle ; passages de 8 h 30 à 18 h"),
        ("Lieu", ADR_EIFFEL),
        ("Documents à rendre", "Dossier professionnel en deux exemplaires, à transmettre au centre "
                               "au plus tard le vendredi 27 mars 2026 à 12 h (voir partie III)"),
    ]),
    ("EF1 – Langue vivante étrangère C (épreuve facultative)", [
        ("Forme", "Orale – ponctuelle"),
        ("Date", "Du lundi 8 au mardi 9 juin 2026"),
        ("Horaire", "Selon convocation"),
        ("Lieu", ADR_EIFFEL),
        ("Documents à rendre", "Néant"),
    ]),
]

DOSSIERS = [
    "Les dossiers professionnels de l'épreuve E6 sont à transmettre au centre d'examen (lycée Gustave Eiffel) "
    "au plus tard le vendredi 27 mars 2026 à 12 h. Tout dossier parvenu après cette échéance sera déclaré non conforme.",
    "Le contrôle de conformité des dossiers E6 aura lieu le mercredi 22 avril 2026 à 14 h au rectorat de Bordeaux "
    "(DEC 3, salle 204). Les candidats dont le dossier est déclaré non conforme en seront informés par courrier.",
    "Une réunion d'entente des examinateurs de l'épreuve E6 se tiendra le lundi 1er juin 2026 à 8 h 30 au lycée "
    "Gustave Eiffel, avant le début des interrogations.",
]
JURY = [
    "Le jury de délibération se réunira le jeudi 2 juillet 2026 à 9 h 00 au rectorat de Bordeaux.",
    "Les résultats seront publiés le mardi 7 juillet 2026 à 14 h sur le site internet de l'académie.",
]
FORMATION = [
    "Lycée Gustave Eiffel – Bordeaux (sections STS sous statut scolaire)",
    "Lycée Jean Dupérier – Pau",
    "CFA Transport Logistique AFTRAL – Mérignac",
    "Promotrans – Bruges",
    "Institut Sainte-Hélène (établissement privé hors contrat) – Bordeaux",
]
ATTESTATION = ("Je soussigné(e) ………………………………, chef d'établissement, atteste avoir pris connaissance de la présente "
               "circulaire.  Fait à ……………………, le …/…/20…   Signature :")
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,", "Sophie LARRIEU-DAMBLAT"]
