"""Texte de la circulaire fictive : BTS Management commercial opérationnel (MCO), académie de Mayotte,
session 2028. Horaires en heure de Mayotte. PDF dessiné directement avec reportlab."""

STEM = "circulaire_mco_2028_mayotte"

LETTERHEAD = [
    "RECTORAT DE MAYOTTE",
    "Division des examens et concours",
    "Bureau des examens de l'enseignement supérieur",
    "BP 76 – 97600 Mamoudzou",
    "Tél. : 02 69 61 88 40",
]
LIEU_DATE = "Mamoudzou, le 8 février 2028"
DESTINATAIRES = ("Le recteur de l'académie de Mayotte à Mesdames et Messieurs les proviseurs des lycées "
                 "et les directeurs des CFA préparant au BTS MCO")
OBJET = "Objet : BTS Management commercial opérationnel (MCO) – organisation de la session 2028"
REFERENCES = ("Réf. : arrêté du 21 avril 2018 portant définition du BTS MCO ; note nationale d'organisation "
              "du 15 décembre 2027.")

AVERTISSEMENT = ("IMPORTANT – Tous les horaires de la présente circulaire sont exprimés en heure de Mayotte "
                 "(UTC+3). Pendant la session, heure de Mayotte = heure de Paris + 1 h. La colonne « heure de "
                 "Paris » n'est donnée que pour mémoire.")

ECRITS_TITRE = "1. ÉPREUVES ÉCRITES – SESSION 2028"
T_ECRITS_ENTETE = ["Date", "Épreuve", "Heure de Mayotte", "Pour mémoire :\nheure de Paris", "Durée"]
T_ECRITS = [
    ["mar. 16/05/28", "E1 – Culture générale et expression", "15h00 – 19h00", "14h-18h", "4 h"],
    ["mer. 17/05/28", "E3 – Culture économique, juridique et managériale", "15h00 – 19h00", "14h-18h", "4 h"],
    ["jeu. 18/05/28", "E2 – Communication en langue vivante étrangère (écrit)", "10H00 – 12H00", "9h-11h", "2 h"],
    ["jeu. 18/05/28", "E5 – Gestion opérationnelle", "15h00 – 18h00", "14h-17h", "3 h"],
    ["ven. 19/05/28", "E6 – Management de l'équipe commerciale", "11h00 – 13h30", "10h-12h30", "2 h 30"],
]
APRES_ECRITS = [
    "Numérisation des copies : par chaque centre d'épreuves, au plus tard le lundi 22 mai 2028.",
    "Le jeudi 25 mai 2028 (Ascension) est férié ; aucune épreuve n'est organisée ce jour-là.",
]

ORAUX_TITRE = "2. ÉPREUVES ORALES"
ORAUX = [
    "E2 – partie orale (candidats hors CCF) : du mardi 23 au mercredi 24 mai 2028.",
    "E41 – Développement de la relation client et vente conseil : du lundi 29 mai au vendredi 2 juin 2028.",
    "E42 – Animation et dynamisation de l'offre commerciale : du mardi 6 au vendredi 9 juin 2028 "
    "(le lundi 5 juin 2028, lundi de Pentecôte, est férié).",
    "EF1 – Langue vivante étrangère (facultative) : mercredi 31 mai 2028 à 8 h 30, lycée Younoussa Bamana.",
    "EF2 – Parcours de professionnalisation à l'étranger : les modalités seront communiquées aux "
    "établissements concernés.",
]

DOSSIERS_TITRE = "3. DOSSIERS DE L'ÉPREUVE E4"
DOSSIERS = [
    "Dépôt des dossiers E41 et E42 (fiches de compte rendu et attestations) au rectorat, bureau DEC : "
    "mercredi 12 avril 2028, 12 h (heure de Mayotte).",
    "Contrôle de conformité des dossiers E41 et E42 : lundi 24 avril 2028 à 8 h, au rectorat.",
    "Réunion d'entente des commissions d'interrogation E41 et E42 : mercredi 24 mai 2028 à 13 h 30, "
    "lycée des Lumières.",
    "Rappel : vacances scolaires du samedi 1er avril au dimanche 16 avril 2028 ; le jeudi 27 avril 2028 "
    "(commémoration de l'abolition de l'esclavage) est férié à Mayotte.",
]

CENTRES_TITRE = "4. CENTRES D'ÉPREUVES ET RÉPARTITION DES CANDIDATS"
T_CENTRES_ENTETE = ["Centre d'épreuves", "Adresse", "Ville", "Scolaires", "Apprentis", "Autres", "Total"]
T_CENTRES = [
    ["Lycée Younoussa Bamana", "Route nationale 1\nBP 58", "Mamoudzou", "52", "6", "4", "62"],
    ["Lycée des Lumières", "Rue de la Mairie, Kawéni\nBP 351", "Mamoudzou", "38", "11", "2", "51"],
    ["Lycée polyvalent de Kahani", "Route de Kahani", "Ouangani", "27", "0", "1", "28"],
    ["Lycée de Petite-Terre", "Boulevard des Crabes\nBP 105", "Pamandzi", "21", "0", "3", "24"],
]

FIN_TITRE = "5. JURY ET RÉSULTATS"
FIN = [
    "Le jury de délibération se réunira le vendredi 30 juin 2028 à 9 h (heure de Mayotte), au rectorat de "
    "Mayotte, Mamoudzou.",
    "Publication des résultats : lundi 3 juillet 2028, 14 h.",
]
SIGNATURE = [
    "Pour le recteur et par délégation,",
    "La cheffe de la division des examens et concours,",
    "",
    "Zaïnaba Abdallah",
]
