"""Texte de la circulaire fictive BTS Comptabilité et gestion, académie de Rennes, session 2027."""

EN_TETE = ["Académie de Rennes", "Rectorat – Division des examens et concours (DEC 3)",
           "Bureau des examens de l'enseignement supérieur", "Affaire suivie par : Mme Gwenaëlle Le Bihan",
           "Tél. : 02 23 21 74 00 – dec3-bts@ac-rennes.fr"]

LIEU_DATE = "Rennes, le 18 janvier 2027"

DESTINATAIRES = ("Le recteur de la région académique Bretagne, recteur de l'académie de Rennes\n"
                 "à\n"
                 "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat\n"
                 "Mesdames et Messieurs les directeurs des centres de formation préparant au BTS CG")

OBJET = "Objet : organisation du BTS Comptabilité et gestion (CG) – session 2027"

REFERENCES = [
    "Réf. : décret n° 2013-756 du 19 août 2013 portant règlement général du brevet de technicien supérieur ;",
    "circulaire nationale d'organisation de la session 2027 du BTS Comptabilité et gestion du 7 décembre 2026.",
]

INTRO = ("La présente circulaire précise le calendrier et les lieux des épreuves du BTS Comptabilité et gestion pour "
         "l'académie de Rennes. Les candidats scolarisés dans les établissements listés en annexe 3 sont convoqués "
         "par l'intermédiaire de leur établissement ; les candidats individuels reçoivent leur convocation par courriel.")

H_ECRITS = "1. Épreuves écrites"
ECRITS_AVANT = ("Les épreuves écrites ont lieu dans les centres désignés au point 3. Les candidats doivent être "
                "présents trente minutes avant le début de chaque épreuve.")
# Jour | Dates 2027 | (vide) | Code | Épreuve | (vide) | Horaires
ECRITS_ENTETE = ["Jour", "Dates 2027", "", "Code", "Épreuve", "", "Horaires"]
ECRITS = [
    ["lundi", "10 mai", "", "E1", "Culture générale et expression", "", "8h30-12h30"],
    ["lundi", "10 mai", "", "E2", "Langue vivante étrangère : anglais\n(partie écrite)", "", "14h-16h"],
    ["mardi", "11 mai", "", "E3", "Culture économique, juridique\net managériale", "", "14h-18h"],
    ["mercredi", "12 mai", "", "E4", "Traitement et contrôle des opérations\ncomptables, fiscales et sociales", "", "8h30-13h00"],
]
ECRITS_APRES = ("Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés : aucune "
                "épreuve n'est organisée ces jours-là.")
ENTENTE = ("Réunion d'entente et remise des copies de l'épreuve E4 aux correcteurs : jeudi 13 mai 2027 à 9h30, "
           "au lycée Théophile-Briant de Rennes (salle B 214).")

H_ORAUX = "2. Épreuves pratiques et orales"
ORAUX_AVANT = ("Les interrogations se déroulent selon le tableau ci-dessous ; l'ordre de passage est affiché dans "
               "chaque centre la semaine précédente.")
# Épreuve | (vide) | Du | | Au | | Centre(s)
ORAUX_ENTETE = ["Épreuve", "", "Du", "", "Au", "", "Centre(s)"]
ORAUX = [
    ["E5 – Situations de contrôle de la\nproduction de l'information financière\n(épreuve pratique sur poste)", "",
     "lundi", "31 mai", "vendredi", "4 juin", "Lycée Théophile-Briant, Rennes\nLycée Anne-Quéméner, Brest"],
    ["EF1 – Langue vivante facultative\n(oral)", "", "mardi", "1er juin", "", "", "Lycée Théophile-Briant, Rennes"],
    ["E6 – Parcours de professionnalisation\n(oral)", "", "lundi", "7 juin", "jeudi", "10 juin",
     "Lycée Anne-Quéméner, Brest\nLycée Jules-Lequier, Saint-Brieuc"],
]

H_DOSSIERS = "Dossiers de l'épreuve E6"
DOSSIERS = [
    "Le dossier du candidat (tableau de synthèse et fiches descriptives) est déposé en deux exemplaires au centre "
    "d'interrogation au plus tard le vendredi 9 avril 2027 à 17h00. Aucun envoi par courrier électronique n'est accepté.",
    "Le contrôle de conformité des dossiers E6 a lieu le mardi 20 avril 2027, de 9h à 12h, dans chaque centre "
    "d'interrogation. Les établissements sont informés des non-conformités dans la journée.",
]

H_CENTRES = "3. Centres d'épreuves"
CENTRES = [
    ("Lycée Théophile-Briant", "12 avenue Charles-Tillon", "35000 Rennes", "écrits, E5, EF1"),
    ("Lycée Anne-Quéméner", "4 rue de Kerichen", "29200 Brest", "écrits, E5, E6"),
    ("Lycée Jules-Lequier", "21 boulevard Hérault", "22000 Saint-Brieuc", "écrits, E6"),
]

H_FIN = "4. Délibération et résultats"
FIN = [
    "Le jury de délibération se réunit le mardi 29 juin 2027 à 14h00 au lycée Joliot-Curie, 144 boulevard de "
    "Vitré, 35700 Rennes.",
    "Les résultats sont publiés le vendredi 2 juillet 2027 à partir de 10h00 sur le site de l'académie. Les relevés de "
    "notes sont envoyés aux candidats par le rectorat de Rennes au cours de la semaine suivante.",
]

H_ETAB = "Annexe 3 – Établissements de formation (pour information, ne sont pas centres d'épreuves)"
ETAB = ["Lycée Saint-Vincent-Providence – Rennes", "Lycée Kerneuzec – Quimperlé", "Lycée La Croix-Rouge – Brest",
        "CFA de la CCI – Vannes"]

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,",
             "Soizic Tanguy-Morvan"]
