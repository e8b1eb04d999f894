"""Note de service (ODT) du rectorat de la Guadeloupe : BTS Commerce international, session 2026,
calendrier exprimé en heure locale. Tableau dont les lignes sont des jours et dont une cellule peut
lister plusieurs épreuves avec leurs horaires ; heures de Paris en observation ; modèle de convocation."""

ENTETE = ["RÉGION ACADÉMIQUE GUADELOUPE", "Liberté – Égalité – Fraternité", "Rectorat",
          "Division des examens et concours (DEC)",
          "Parc d'activités La Providence – ZAC de Dothémare – BP 480 – 97183 Les Abymes CEDEX"]
LIEU_DATE = "Les Abymes, le 9 mars 2026"
NUMERO = "Note de service n° 2026-041 / DEC"
DEST = "Le recteur de la région académique Guadeloupe à Mesdames et Messieurs les chefs d'établissement et directeurs de CFA"
OBJET = "Objet : BTS Commerce international – session 2026 – calendrier des épreuves en heure locale"
REF = "Référence : note nationale d'organisation du 15 janvier 2026."
AVERT = ("IMPORTANT – Toutes les heures de la présente note sont exprimées en heure locale de la Guadeloupe "
         "(UTC−4). Pendant la période des épreuves, l'heure de Paris est en avance de six heures ; les "
         "horaires de Paris figurent uniquement à titre indicatif dans la colonne « Observations ».")

T_EPR = "I – Épreuves de l'examen"
EPREUVES = [
    "E1 – Culture générale et expression (écrite)",
    "E2 – Communication en langues vivantes étrangères : E21 langue A (écrite), E22 langue B (orale)",
    "E3 – Culture économique, juridique et managériale (écrite)",
    "E4 – Études et veille des marchés étrangers (orale, sur dossier)",
    "E5 – Vente et négociation à l'international : E5-1 en langue française, E5-2 en langue étrangère (orales)",
    "E6 – Mise en œuvre des opérations internationales (écrite)",
    "EF1 – Langue vivante C facultative (orale)",
]

T_CAL = "II – Calendrier des épreuves écrites (heure locale)"
CAL_ENTETE = ["Jour", "Épreuves et horaires (heure locale)", "Observations"]
CAL = [
    ("Lundi 11 mai 2026", ["E3 – CEJM : 8 h – 12 h"], "Paris : 14 h – 18 h"),
    ("Mardi 12 mai 2026", ["E1 – Culture générale et expression : 8 h – 12 h",
                           "E21 – Langue A (écrit) : 13 h 30 – 15 h 30"], "E21 : sujet spécifique Antilles-Guyane"),
    ("Mercredi 13 mai 2026", ["E6 – Opérations internationales : 8 h – 11 h"], "Paris : 14 h – 17 h"),
    ("Jeudi 14 mai 2026", ["Ascension – jour férié"], "aucune épreuve"),
]

T_ORAUX = "III – Épreuves orales"
ORAUX = [
    "E22 – Langue B : vendredi 29 mai 2026 (convocations individuelles).",
    "E4 – Études et veille des marchés étrangers : du lundi 1er au jeudi 4 juin 2026.",
    "EF1 – Langue vivante C : mardi 2 juin 2026.",
    "E5 (E5-1 et E5-2) : du lundi 8 au mercredi 10 juin 2026 et du lundi 15 au mardi 16 juin 2026.",
    "Le mercredi 27 mai 2026 (commémoration de l'abolition de l'esclavage) est férié en Guadeloupe.",
]

T_DOS = "IV – Dossiers, contrôle de conformité et réunion d'entente"
DOSSIERS = [
    "Le dossier E4 est à transmettre au centre d'épreuve au plus tard le vendredi 3 avril 2026 à 12 h.",
    "Dépôt des fiches descriptives E5 : vendredi 17 avril 2026 avant 16 h, au secrétariat du centre.",
    "Contrôle de conformité des dossiers E4 et E5 : mardi 21 avril 2026 à 14 h, au rectorat (Les Abymes).",
    "Réunion d'entente des examinateurs E4 et E5 : jeudi 28 mai 2026 à 14 h, au Lycée des Flamboyants.",
]

T_CEN = "V – Centres d'épreuves"
CENTRES = [
    ("Lycée des Flamboyants", "Boulevard des Héros – BP 410", "97139 Les Abymes CEDEX", "écrits, E4, E5, E22, EF1"),
    ("Lycée Ferdinand-Clairon", "14 rue de la Darse", "97100 Basse-Terre", "écrits"),
]
FORMATION = ("Établissements de formation concernés (non centres d'épreuves) : CFA de la CCI des îles de "
             "Guadeloupe (Jarry, Baie-Mahault) ; Lycée privé Notre-Dame (Pointe-à-Pitre).")

T_FIN = "VI – Jury et résultats"
FIN = [
    "Le jury se réunira le mercredi 24 juin 2026 à 8 h 30 au rectorat.",
    "Les résultats seront affichés le vendredi 3 juillet 2026 à 8 h (heure locale), soit 14 h à Paris.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours",
             "Jean-Marc Bellance"]
T_CONV = "Annexe – modèle de convocation (à compléter par le centre)"
CONV = ["Nom et prénom du candidat : ……………………………………", "Épreuve : ………… Date : …/…/20…  Heure : … h …",
        "Centre : ……………………………………………", "Se munir d'une pièce d'identité et de la présente convocation."]
